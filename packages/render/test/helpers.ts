/**
 * Test helpers: effective contracts from Tandem text (in memory) or from the examples on disk.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import type { EffectiveContract, Model } from '@tandem/language';
import { buildEffectiveContract, createTandemServices, isContract } from '@tandem/language';
import { checkFiles } from '@tandem/language/node';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXAMPLES = path.join(REPO, 'examples');

/** The effective contracts of an in-memory file, after a full build. */
export async function contractsFromText(text: string, file = '/ws/test.tandem'): Promise<EffectiveContract[]> {
    const { shared } = createTandemServices();
    const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    return document.parseResult.value.declarations.filter(isContract).map(buildEffectiveContract);
}

export async function contractFromText(text: string): Promise<EffectiveContract> {
    return (await contractsFromText(text))[0];
}

/** The first contract of an example file, with its imports loaded. */
export async function exampleContract(name: string): Promise<EffectiveContract> {
    const absolutePath = path.join(EXAMPLES, name);
    const { checked } = await checkFiles([{ path: absolutePath, absolutePath }]);
    const contract = checked[0].document.parseResult.value.declarations.find(isContract);
    if (!contract) {
        throw new Error(`no contract in ${name}`);
    }
    return buildEffectiveContract(contract);
}
