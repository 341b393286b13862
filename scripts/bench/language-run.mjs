// One benchmark process for the language core: times parsing alone and the full validation
// (parse + link + validate) over a generated workspace, alternating the two so that both see
// the same machine. Prints one JSON line.
//   node --expose-gc language-run.mjs <workspace-dir> <both|full> <iterations>
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { createTandemServices } from '../../packages/language/dist/index.js';
import { NodeFileSystem } from 'langium/node';

const [dir, mode, iterationsText] = process.argv.slice(2);
const iterations = Number(iterationsText ?? 1);

function listFiles(folder) {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry =>
        entry.isDirectory() ? listFiles(path.join(folder, entry.name)) : entry.name.endsWith('.tandem') ? [path.join(folder, entry.name)] : []);
}

const sources = listFiles(dir).sort().map(file => ({ uri: URI.file(path.resolve(file)), text: readFileSync(file, 'utf8') }));
const lines = sources.reduce((sum, source) => sum + source.text.split('\n').length - 1, 0);

async function once(mode) {
    // Start each iteration from a clean heap, so that one iteration's garbage is not billed to the next.
    globalThis.gc?.();
    const { shared } = createTandemServices(NodeFileSystem, { indexReferences: false });
    const factory = shared.workspace.LangiumDocumentFactory;
    const start = performance.now();
    const documents = sources.map(source => factory.fromString(source.text, source.uri));
    let diagnostics = 0;
    if (mode === 'full') {
        for (const document of documents) {
            shared.workspace.LangiumDocuments.addDocument(document);
        }
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        diagnostics = documents.reduce((sum, document) => sum + (document.diagnostics?.filter(d => d.severity <= 2).length ?? 0), 0);
    }
    return { ms: performance.now() - start, diagnostics };
}

const parseTimes = [];
const fullTimes = [];
let diagnostics = 0;
for (let i = 0; i < iterations; i++) {
    if (mode === 'both') {
        parseTimes.push((await once('parse')).ms);
    }
    const result = await once('full');
    fullTimes.push(result.ms);
    diagnostics = result.diagnostics;
}
process.stdout.write(`${JSON.stringify({ files: sources.length, lines, parseTimes, fullTimes, diagnostics, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
