/**
 * `tandem new <file> [--template NAME --from FILE]`
 *
 * Writes a new contract: a minimal valid agreement, or one `from` the named template with a
 * binding line for every parameter and the import added. Never overwrites an existing file.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Template } from '@tandem/language';
import { AgreementNotFoundError, contractNameFromFile, newContractFromTemplateText, newContractText } from '@tandem/language';
import { AgreementReadError, createFileAtomic, describeFsError, openAgreement } from '@tandem/language/node';
import { CliError, ExitStatus } from '../cli-error.js';
import { terminalText } from '../terminal.js';

export interface NewOptions {
    readonly template?: string;
    readonly from?: string;
}

export async function runNew(file: string, options: NewOptions): Promise<ExitStatus> {
    if ((options.template === undefined) !== (options.from === undefined)) {
        throw new CliError('--template and --from go together: name the template and the file it is in, e.g. `--template HousingSupport --from lib/housing.tandem`.');
    }
    const target = file.endsWith('.tandem') ? file : `${file}.tandem`;
    const name = contractNameFromFile(target);
    let text: string;
    if (options.template !== undefined && options.from !== undefined) {
        const template = await loadTemplate(options.from, options.template);
        // Import paths are relative to the importing file, with forward slashes.
        const importPath = path.relative(path.dirname(path.resolve(target)), path.resolve(options.from)).split(path.sep).join('/');
        text = newContractFromTemplateText({ name, template, importPath });
    } else {
        text = newContractText({ name });
    }
    try {
        await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
        await createFileAtomic(target, text);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
            throw new CliError(`${target} already exists; tandem new never overwrites a file. Choose another name.`);
        }
        throw new CliError(describeFsError(error, target, 'write'));
    }
    process.stdout.write(terminalText(`Wrote ${target} (contract ${name}${options.template ? ` from ${options.template}` : ''}). Replace the values marked TODO, then run: tandem validate ${target}`) + '\n');
    return ExitStatus.Ok;
}

async function loadTemplate(from: string, name: string): Promise<Template> {
    try {
        return (await openAgreement(from, { kind: 'template', name })).template;
    } catch (error) {
        if (error instanceof AgreementReadError || error instanceof AgreementNotFoundError) {
            throw new CliError(`${error.message}.`);
        }
        throw error;
    }
}
