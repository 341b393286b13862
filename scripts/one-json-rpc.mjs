// One copy of the JSON-RPC library (vscode-jsonrpc, and the protocol and types packages built on
// it) in each bundle. npm installs two: the one vscode-languageserver (or the extension's
// vscode-languageclient) depends on, and a newer one that Langium and the tests resolve. Bundled
// side by side, a `ResponseError` made by one failed the other's `instanceof` check, so the
// server answered a failed request with the error object as its *result*. Every import of these
// packages resolves as the package that owns the connection sees them.
// Shared by scripts/bundle.mjs (language server) and packages/vscode/scripts/bundle-extension.mjs.
import { existsSync } from 'node:fs';
import * as path from 'node:path';

const SHARED = /^vscode-(jsonrpc|languageserver-protocol|languageserver-types)(\/.*)?$/;

/** An esbuild plugin: `owner` is the package whose copy is kept (it holds the connection). */
export function oneJsonRpc(root, owner = 'vscode-languageserver') {
    // The owner is hoisted to the root's node_modules (npm workspaces); its nested copies sit under it.
    const ownerDir = path.join(root, 'node_modules', owner);
    if (!existsSync(ownerDir)) {
        throw new Error(`one-json-rpc: ${owner} is not in ${path.join(root, 'node_modules')}`);
    }
    return {
        name: 'tandem-one-json-rpc',
        setup(builder) {
            builder.onResolve({ filter: SHARED }, args => {
                if (args.pluginData?.oneJsonRpc) {
                    return undefined;
                }
                return builder.resolve(args.path, { kind: args.kind, resolveDir: ownerDir, pluginData: { oneJsonRpc: true } });
            });
        }
    };
}
