/**
 * Test helpers: effective contracts from text in memory, and the examples' contracts from disk
 * (imports followed).
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import type { EffectiveContract, Model } from '@tandem/language';
import { buildEffectiveContract, createTandemServices, isContract } from '@tandem/language';
import { checkFiles } from '@tandem/language/node';

export const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../examples');

/** The contracts of an in-memory file, after a full build (no errors expected). */
export async function contractsFromText(text: string): Promise<EffectiveContract[]> {
    const { shared } = createTandemServices();
    const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file('/ws/test.tandem'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const errors = (document.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.code}: ${d.message}`);
    if (errors.length > 0) {
        throw new Error(errors.join('\n'));
    }
    return document.parseResult.value.declarations.filter(isContract).map(buildEffectiveContract);
}

/** Every contract of every example file, by file. */
export async function exampleContracts(): Promise<Array<{ file: string; contract: EffectiveContract }>> {
    const files = readdirSync(EXAMPLES).filter(name => name.endsWith('.tandem')).sort();
    const { checked } = await checkFiles(files.map(name => ({ path: name, absolutePath: path.join(EXAMPLES, name) })));
    return checked.flatMap(file => file.document.parseResult.value.declarations.filter(isContract)
        .map(contract => ({ file: file.path, contract: buildEffectiveContract(contract) })));
}
