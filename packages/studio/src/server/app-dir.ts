/**
 * Where the static app is: `dist/` of the `@tandem/studio` package, found through its
 * package.json, so that the same code finds it from the sources, from `lib/` and from the CLI's
 * bundle (`packages/cli/dist/tandem.js`, which resolves `@tandem/studio` from node_modules).
 * Only the app is there: the server's own code is in `lib/` and `src/`.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';

export function defaultAppDir(): string {
    const resolver = createRequire(import.meta.url);
    return path.join(path.dirname(resolver.resolve('@tandem/studio/package.json')), 'dist');
}
