/**
 * docs/studio.md gives IT the Content-Security-Policy to send as a header: it must be the one
 * the local server sends (`contentSecurityPolicy()`), so that a hosted Studio is held to the
 * same policy.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@tandem/studio/server';
import { REPO } from '../cli/run-cli.js';

describe('docs/studio.md', () => {
    it('gives the policy the server sends', () => {
        const docs = readFileSync(path.join(REPO, 'docs/studio.md'), 'utf8');
        const header = /^\s*Content-Security-Policy: (.+)$/m.exec(docs)?.[1];
        expect(header).toBe(contentSecurityPolicy());
    });
});
