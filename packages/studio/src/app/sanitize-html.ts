/**
 * Hovers and completion details are Markdown from the language server, which the LSP client
 * turns into HTML; they quote the contract's own text. This keeps only inert markup: no
 * scripts, frames, forms, styles or event attributes, and links only to http(s) and mailto.
 * (The page's Content-Security-Policy would block scripts anyway; this is the second lock.)
 */
const DROPPED = 'script, style, iframe, frame, object, embed, form, input, button, textarea, select, link, meta, base, svg, math, template';

export function sanitizeHtml(html: string): string {
    const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    parsed.body.querySelectorAll(DROPPED).forEach(node => node.remove());
    for (const node of parsed.body.querySelectorAll('*')) {
        for (const attribute of [...node.attributes]) {
            const name = attribute.name.toLowerCase();
            const unsafeUrl = (name === 'href' || name === 'src' || name === 'xlink:href') && !/^(https?:|mailto:|#)/i.test(attribute.value.trim());
            if (name.startsWith('on') || name === 'style' || name === 'srcset' || unsafeUrl) {
                node.removeAttribute(attribute.name);
            }
        }
    }
    return parsed.body.innerHTML;
}
