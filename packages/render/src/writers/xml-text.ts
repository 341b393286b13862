/**
 * Text that XML 1.0 can hold. DOCX parts are XML, and a character XML forbids (C0 controls but
 * tab and line breaks, U+FFFE, U+FFFF, a lone surrogate) makes the whole file ill-formed: Word
 * refuses to open it. Such characters (possible from JSON data: `"\u0000"`, `"\uFFFF"`) are
 * removed — controls and noncharacters have no glyph to show — and a lone surrogate, a broken
 * character, becomes U+FFFD. Applied to every string of the agreement, so that every part
 * (document, core properties, footer) gets it.
 */
import type { Agreement } from '../model/agreement.js';

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
    FORBIDDEN.lastIndex = 0;
    if (!FORBIDDEN.test(text)) {
        return text;
    }
    return text.replace(FORBIDDEN, char => (char.length === 1 && char >= '\uD800' && char <= '\uDFFF' ? '\uFFFD' : ''));
}

/** The agreement with every string made XML-safe (the same object when nothing needed it). */
export function xmlSafeAgreement(agreement: Agreement): Agreement {
    let changed = false;
    const visit = (value: unknown): unknown => {
        if (typeof value === 'string') {
            const safe = xmlText(value);
            changed ||= safe !== value;
            return safe;
        }
        if (Array.isArray(value)) {
            return value.map(visit);
        }
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, visit(inner)]));
        }
        return value;
    };
    const safe = visit(agreement) as Agreement;
    return changed ? safe : agreement;
}
