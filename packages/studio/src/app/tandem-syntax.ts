/**
 * Highlighting of Tandem in the editor: comments, strings (with `{{placeholders}}`), dates,
 * times, numbers and the grammar's keywords. The keywords are the grammar's own: the build
 * (scripts/build-studio.mjs) takes them from the generated parser's keyword names, so a keyword
 * added to grammar/tandem.langium is highlighted without touching this file.
 */
import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';

declare const __TANDEM_KEYWORDS__: readonly string[];

const KEYWORDS = new Set(__TANDEM_KEYWORDS__);

interface TandemTokenState {
    inBlockComment: boolean;
}

const tandemLanguage = StreamLanguage.define<TandemTokenState>({
    name: 'tandem',
    startState: () => ({ inBlockComment: false }),
    token(stream, state) {
        if (state.inBlockComment) {
            if (stream.skipTo('*/')) {
                stream.match('*/');
                state.inBlockComment = false;
            } else {
                stream.skipToEnd();
            }
            return 'comment';
        }
        if (stream.eatSpace()) {
            return null;
        }
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'comment';
        }
        if (stream.match('/*')) {
            state.inBlockComment = true;
            return 'comment';
        }
        if (stream.peek() === '"') {
            stream.next();
            while (!stream.eol()) {
                const next = stream.next();
                if (next === '\\') {
                    stream.next();
                } else if (next === '"') {
                    break;
                }
            }
            return 'string';
        }
        if (stream.match(/^\d{4}-\d{2}-\d{2}\b/) || stream.match(/^\d{1,2}:\d{2}\b/) || stream.match(/^\d+\b/)) {
            return 'number';
        }
        const word = stream.match(/^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z][A-Za-z0-9]*)*/) as RegExpMatchArray | null;
        if (word) {
            if (KEYWORDS.has(word[0])) {
                return 'keyword';
            }
            // A hyphenated word that is no keyword is a name followed by a minus: give the name alone.
            const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(word[0])![0];
            stream.backUp(word[0].length - name.length);
            return /^[A-Z]/.test(name) ? 'typeName' : 'variableName';
        }
        stream.next();
        return null;
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } }
});

/** Colours with at least 4.5:1 contrast on the editor's white background. */
const tandemHighlightStyle = HighlightStyle.define([
    { tag: tags.comment, color: '#5c6370', fontStyle: 'italic' },
    { tag: tags.string, color: '#0b6e1f' },
    { tag: tags.number, color: '#8a3c00' },
    { tag: tags.keyword, color: '#6a1b9a', fontWeight: 'bold' },
    { tag: tags.typeName, color: '#0b4f8a' },
    { tag: tags.variableName, color: '#1f1f1f' }
]);

export function tandemSyntax(): Extension {
    return [tandemLanguage, syntaxHighlighting(tandemHighlightStyle)];
}
