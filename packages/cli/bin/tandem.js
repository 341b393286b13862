#!/usr/bin/env node
// Launcher for the bundled CLI (built by `npm run build` into ../dist/tandem.js). Where Node
// offers it (22.1+), compiled code is cached on disk, so that later runs start faster.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/tandem.js');
