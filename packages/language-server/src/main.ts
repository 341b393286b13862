/**
 * The Tandem language server: `tandem-language-server --stdio` (or `--node-ipc`, or
 * `--socket=PORT`, as vscode-languageserver reads them from the command line). This package is
 * the composition root: it creates the connection, the editor services of @tandem/language/lsp
 * and hands them the renderer's preview.
 */
import '@tandem/language/lsp';
import { NodeFileSystem } from 'langium/node';
import { startLanguageServer } from 'langium/lsp';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createTandemLspServices } from '@tandem/language/lsp';

const connection = createConnection(ProposedFeatures.all);
const { shared } = createTandemLspServices({ connection, ...NodeFileSystem });
startLanguageServer(shared);
