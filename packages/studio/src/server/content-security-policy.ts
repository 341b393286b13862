/**
 * Studio's Content-Security-Policy, written once: the local server sends it as a header and the
 * static build puts it in index.html's `<meta>` (where `frame-ancestors` is not allowed, so it is
 * left out there). Scripts and the worker come only from the app's own origin (no
 * `'unsafe-inline'`, no `eval`); styles may be inline because CodeMirror writes its own; the
 * preview is an `srcdoc` frame; downloads are `blob:` links; nothing is fetched from another host.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['worker-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data: blob:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['frame-src', "'self' blob:"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"]
];

/** Directives that a `<meta http-equiv>` policy may not carry. */
const HEADER_ONLY = new Set(['frame-ancestors']);

/** The policy as an HTTP header value. */
export function contentSecurityPolicy(): string {
    return DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy for a `<meta http-equiv="Content-Security-Policy">` of the static build. */
export function metaContentSecurityPolicy(): string {
    return DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)).map(([name, value]) => `${name} ${value}`).join('; ');
}
