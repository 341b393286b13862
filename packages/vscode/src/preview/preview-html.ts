/**
 * The preview's webview page: a shell with a toolbar (DRAFT banner with the error count, the
 * locale switch) and a content area that media/preview.js fills with the rendered agreement.
 * Content Security Policy: nothing by default; the renderer's stylesheet, the toolbar's
 * stylesheet and the one script are allowed by nonce or as the extension's own files.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The stylesheet and the body of a rendered agreement (a whole HTML document from @tandem/render). */
export interface AgreementParts {
    readonly style: string;
    readonly body: string;
}

export function splitAgreementHtml(html: string): AgreementParts {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
    return { style, body };
}

/** `title` names the page (the preview's, or the page of changes of Compare with…). */
export function previewShellHtml(webview: vscode.Webview, extensionUri: vscode.Uri, agreementStyle: string, title = 'Tandem preview'): string {
    const nonce = randomBytes(16).toString('base64');
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString();
    const csp = [
        "default-src 'none'",
        `style-src ${webview.cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `img-src ${webview.cspSource} data:`,
        `font-src ${webview.cspSource}`
    ].join('; ');
    // The renderer's stylesheet is fixed text of our own (no user text); `</` cannot end it early.
    const style = agreementStyle.replace(/<\//g, '<\\/');
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<style nonce="${nonce}">${style}</style>`,
        `<link rel="stylesheet" nonce="${nonce}" href="${media('preview.css')}">`,
        `<title>${title}</title>`,
        '</head>',
        '<body>',
        `<div id="tandem-toolbar" role="toolbar" aria-label="${title}">`,
        '<p id="tandem-draft" role="status" hidden></p>',
        '<p id="tandem-message" role="alert" hidden></p>',
        '<label id="tandem-locale-label">Language <select id="tandem-locale"></select></label>',
        '</div>',
        '<div id="tandem-agreement"></div>',
        `<script nonce="${nonce}" src="${media('preview.js')}"></script>`,
        '</body>',
        '</html>'
    ].join('\n');
}

