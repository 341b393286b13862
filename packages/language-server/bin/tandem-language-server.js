#!/usr/bin/env node
// Launcher for the bundled language server (built by `npm run build` into ../dist/server.js).
import '../dist/server.js';
