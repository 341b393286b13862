#!/usr/bin/env node
// Launcher for the bundled CLI (built by `npm run build` into ../dist/tandem.js).
import '../dist/tandem.js';
