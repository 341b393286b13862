/**
 * The preview's webview page: a strict Content-Security-Policy (nothing by default, the one
 * script and the styles by nonce, resources only from the extension), and user text that never
 * becomes markup.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('vscode', () => ({
    Uri: {
        joinPath: (base: { path: string }, ...parts: string[]) => ({ path: [base.path, ...parts].join('/'), toString() { return this.path; } })
    }
}));

const { previewShellHtml, splitAgreementHtml } = await import('../../packages/vscode/src/preview/preview-html.js');
const { buildAgreement, writeHtml } = await import('@tandem/render');
const { contractFromText } = await import('../../packages/render/test/helpers.js');

const webview = {
    cspSource: 'vscode-webview://extension',
    asWebviewUri: (uri: { path: string }) => ({ toString: () => `vscode-webview://extension${uri.path}` })
};
const extensionUri = { path: '/ext', toString: () => '/ext' };

describe('the preview page', () => {
    it('has a strict Content-Security-Policy: default-src none, the one script and the styles by nonce', () => {
        const html = previewShellHtml(webview as never, extensionUri as never, 'body { color: black; }');
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
        expect(csp).toContain("default-src 'none'");
        const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
        expect(nonce).toBeTruthy();
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
        const scripts = [...html.matchAll(/<script([^>]*)>/g)].map(match => match[1]);
        expect(scripts).toHaveLength(1);
        expect(scripts[0]).toContain(`nonce="${nonce}"`);
        expect(scripts[0]).toContain('src="vscode-webview://extension/ext/media/preview.js"');
        for (const style of html.matchAll(/<(style|link)([^>]*)>/g)) {
            expect(style[2]).toContain(`nonce="${nonce}"`);
        }
        // A new nonce for every page.
        expect(previewShellHtml(webview as never, extensionUri as never, '')).not.toContain(nonce);
    });

    it('names the page: the preview by default, the page of changes of Compare with… when asked', () => {
        expect(previewShellHtml(webview as never, extensionUri as never, '')).toContain('<title>Tandem preview</title>');
        const changes = previewShellHtml(webview as never, extensionUri as never, '', 'What changed');
        expect(changes).toContain('<title>What changed</title>');
        expect(changes).toContain('aria-label="What changed"');
    });

    it('a stylesheet cannot close its <style> element early', () => {
        const html = previewShellHtml(webview as never, extensionUri as never, 'p { } </style><script>alert(1)</script>');
        // The first `</style>` closing the page's style element comes after the whole stylesheet.
        const opened = html.indexOf('<style nonce=');
        const closed = html.indexOf('</style>', opened);
        expect(closed).toBeGreaterThan(html.indexOf('alert(1)'));
        expect(html.slice(opened, closed)).toContain('<\\/style>');
    });

    it('user text in the agreement stays text: no element comes from a contract\'s strings', async () => {
        const hostile = '<script>alert(1)</script> </style> & "quotes" \'single\' <img src=x onerror=alert(1)>';
        const contract = await contractFromText(`contract Hostile "${hostile.replace(/"/g, '\\"')}" {
    parties { client Jane "${hostile.replace(/"/g, '\\"')}" worker Sam "Sam" }
    duration { from 2026-12-01 for 4 weeks }
    goal G "${hostile.replace(/"/g, '\\"')}" { measure "m" }
    task T "t" { owner Jane, Sam  for G }
    confidentiality { limit safety }
    termination { when goals-met }
    sign Jane, Sam
}
`);
        const { style, body } = splitAgreementHtml(writeHtml(buildAgreement(contract), { sourcePositions: true }));
        // No element and no closing tag comes from the strings: every `<` of user text is escaped.
        expect(body).not.toMatch(/<(script|img|style)\b/i);
        expect(body).not.toContain('</style>');
        expect(body).not.toMatch(/<img[^>]*onerror/i);
        expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(body).toContain('&amp;');
        expect(style).not.toContain('alert');
    });
});
