/**
 * The TextMate grammar (syntaxes/tandem.tmLanguage.json), tokenised the way VS Code does it
 * (vscode-textmate on Oniguruma's WebAssembly build): every example of the documentation
 * tokenises without an `invalid` scope, and particular tokens get particular scopes. The
 * snippets of the extension expand to text that parses, and the language configuration's word
 * pattern keeps hyphenated keywords whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { createTandemServices } from '@tandem/language';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

interface Token {
    readonly line: number;
    readonly text: string;
    readonly scopes: readonly string[];
}

let grammar: textmate.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text)
        }),
        loadGrammar: async scopeName => scopeName === 'source.tandem'
            ? textmate.parseRawGrammar(readFileSync(path.join(root, 'syntaxes/tandem.tmLanguage.json'), 'utf8'), 'tandem.tmLanguage.json')
            : null
    });
    const loaded = await registry.loadGrammar('source.tandem');
    if (!loaded) {
        throw new Error('the grammar source.tandem did not load');
    }
    grammar = loaded;
});

function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    let state = textmate.INITIAL;
    text.split(/\r?\n/).forEach((line, index) => {
        const result = grammar.tokenizeLine(line, state);
        for (const token of result.tokens) {
            tokens.push({ line: index + 1, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
        }
        state = result.ruleStack;
    });
    return tokens;
}

/** The innermost scope of the first token whose text is `text` (after `skip` earlier ones). */
function scopeOf(text: string, source: string, skip = 0): string {
    const matches = tokenize(source).filter(token => token.text === text);
    if (matches.length <= skip) {
        throw new Error(`no token "${text}" in ${JSON.stringify(source)}: ${tokenize(source).map(token => token.text).join(' | ')}`);
    }
    return matches[skip].scopes.at(-1)!;
}

function tandemBlocks(file: string): string[] {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/^```tandem\r?\n([\s\S]*?)^```/gm)].map(match => match[1]);
}

function filesUnder(folder: string, extension: string): string[] {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter(entry => entry.isFile() && entry.name.endsWith(extension))
        .map(entry => path.join(entry.parentPath, entry.name));
}

const documentation = [
    ...['docs/language.md', 'docs/guide.md', 'docs/formatting.md'].map(file => path.join(root, file)),
    ...filesUnder(path.join(root, 'docs/rules'), '.md')
];
const examples = filesUnder(path.join(root, 'examples'), '.tandem');

describe('TextMate grammar', () => {
    test('the documentation has tandem examples to check', () => {
        expect(documentation.flatMap(file => tandemBlocks(file)).length).toBeGreaterThan(50);
        expect(examples.length).toBeGreaterThan(5);
    });

    test.each(documentation.map(file => ({ file: path.relative(root, file) })))('every ```tandem block of $file tokenises without an invalid scope', ({ file }) => {
        const blocks = tandemBlocks(path.join(root, file));
        const invalid = blocks.flatMap(block => tokenize(block)
            .filter(token => token.scopes.some(scope => scope.startsWith('invalid')))
            .map(token => `${token.line}: ${token.text}`));
        expect(invalid).toEqual([]);
    });

    test.each(examples.map(file => ({ file: path.relative(root, file) })))('$file tokenises without an invalid scope', ({ file }) => {
        const invalid = tokenize(readFileSync(path.join(root, file), 'utf8'))
            .filter(token => token.scopes.some(scope => scope.startsWith('invalid')));
        expect(invalid).toEqual([]);
    });

    test('keywords by group', () => {
        const source = 'import "lib/a.tandem"\ncontract A { parties { client C "C" } duration { from 2026-01-01 for 3 weeks meet twice-weekly for 4 sessions } confidentiality { limit court-order } termination { when client-withdraws } sign C }';
        expect(scopeOf('import', source)).toBe('keyword.other.structure.tandem');
        expect(scopeOf('contract', source)).toBe('keyword.other.structure.tandem');
        for (const section of ['parties', 'duration', 'confidentiality', 'termination', 'sign']) {
            expect(scopeOf(section, source), section).toBe('keyword.other.section.tandem');
        }
        expect(scopeOf('client', source)).toBe('storage.type.party.tandem');
        expect(scopeOf('weeks', source)).toBe('keyword.other.unit.tandem');
        expect(scopeOf('sessions', source)).toBe('keyword.other.unit.tandem');
        expect(scopeOf('twice-weekly', source)).toBe('support.constant.frequency.tandem');
        expect(scopeOf('court-order', source)).toBe('support.constant.limit.tandem');
        expect(scopeOf('client-withdraws', source)).toBe('support.constant.condition.tandem');
        expect(scopeOf('from', source)).toBe('keyword.other.clause.tandem');
        expect(scopeOf('limit', source)).toBe('keyword.other.clause.tandem');
    });

    test('every built-in word is one token with a support.constant scope', () => {
        const words = ['safety', 'abuse', 'court-order', 'emergency', 'goals-met', 'period-ends', 'client-withdraws',
            'daily', 'twice-weekly', 'weekly', 'fortnightly', 'monthly'];
        for (const word of words) {
            const tokens = tokenize(`    ${word}`).filter(token => token.text.trim() !== '');
            expect(tokens.map(token => token.text), word).toEqual([word]);
            expect(tokens[0].scopes.at(-1), word).toMatch(/^support\.constant\./);
        }
    });

    test('a hyphenated keyword ends at a word boundary: court-orders is not court-order', () => {
        const tokens = tokenize('limit court-orders').filter(token => token.text.trim() !== '');
        expect(tokens.map(token => token.text)).toEqual(['limit', 'court-orders']);
        expect(tokens[1].scopes.at(-1)).toBe('invalid.illegal.tandem');
        expect(tokenize('meet weekly-ish').some(token => token.scopes.includes('support.constant.frequency.tandem'))).toBe(false);
    });

    test('names at their declaration', () => {
        const source = [
            'template T "t" {',
            '    param start: date',
            '}',
            'contract JaneHousing "Support" from T {',
            '    parties { worker Sam "Sam Lee" guardian Gail "Gail" }',
            '    goal Housing "Move" { measure "A lease" }',
            '    task Listings "Search" { owner Sam  for Housing }',
            '}'
        ].join('\n');
        expect(scopeOf('T', source)).toBe('entity.name.type.template.tandem');
        expect(scopeOf('T', source, 1)).toBe('entity.name.type.template.reference.tandem');
        expect(scopeOf('JaneHousing', source)).toBe('entity.name.type.contract.tandem');
        expect(scopeOf('start', source)).toBe('variable.parameter.declaration.tandem');
        expect(scopeOf('date', source)).toBe('support.type.parameter.tandem');
        expect(scopeOf('Sam', source)).toBe('entity.name.variable.party.tandem');
        expect(scopeOf('Gail', source)).toBe('entity.name.variable.party.tandem');
        expect(scopeOf('Housing', source)).toBe('entity.name.function.goal.tandem');
        expect(scopeOf('Listings', source)).toBe('entity.name.function.task.tandem');
        // ... and as references
        expect(scopeOf('Sam', source, 1)).toBe('variable.other.reference.tandem');
        expect(scopeOf('Housing', source, 1)).toBe('variable.other.reference.tandem');
    });

    test('literals: dates, numbers, bindings, locales', () => {
        const source = 'contract C from T {\n  start = 2026-12-01\n  length = 12\n  locale es\n  revision 2 on 2027-01-05 "x"\n}';
        expect(scopeOf('2026-12-01', source)).toBe('constant.numeric.date.tandem');
        expect(scopeOf('12', source)).toBe('constant.numeric.integer.tandem');
        expect(scopeOf('2', source)).toBe('constant.numeric.integer.tandem');
        expect(scopeOf('start', source)).toBe('variable.parameter.binding.tandem');
        expect(scopeOf('=', source)).toBe('keyword.operator.assignment.tandem');
        expect(scopeOf('es', source)).toBe('constant.language.locale.tandem');
    });

    test('strings with placeholders and escapes, over several lines', () => {
        const source = 'client C "{{clientName}} says \\"hi\\" in C:\\temp \\\\ and\n goes on {{ other }}"';
        const tokens = tokenize(source);
        const placeholder = tokens.find(token => token.text === 'clientName')!;
        expect(placeholder.scopes).toEqual(['source.tandem', 'string.quoted.double.tandem', 'meta.placeholder.tandem', 'variable.parameter.placeholder.tandem']);
        expect(scopeOf('{{', source)).toBe('punctuation.definition.placeholder.begin.tandem');
        expect(scopeOf('\\"', source)).toBe('constant.character.escape.tandem');
        expect(scopeOf('\\\\', source)).toBe('constant.character.escape.tandem');
        // `\t` is not an escape: the backslash stands for itself, and the string goes on.
        expect(tokens.filter(token => token.text.includes('temp'))[0].scopes.at(-1)).toBe('string.quoted.double.tandem');
        expect(scopeOf('other', source)).toBe('variable.parameter.placeholder.tandem');
        expect(tokens.at(-1)!.scopes.at(-1)).toBe('punctuation.definition.string.end.tandem');
    });

    test('line and block comments; keywords inside them are comment', () => {
        const source = '// contract in a comment\n/* limit safety\n   goal X */ sign A';
        const tokens = tokenize(source);
        expect(tokens.filter(token => token.line === 1).every(token => token.scopes.some(scope => scope.startsWith('comment.line.double-slash')))).toBe(true);
        expect(tokens.filter(token => token.line === 2).every(token => token.scopes.includes('comment.block.tandem'))).toBe(true);
        expect(scopeOf('sign', source)).toBe('keyword.other.section.tandem');
        expect(tokenize('"a // not a comment"').some(token => token.scopes.some(scope => scope.startsWith('comment')))).toBe(false);
    });

    test('stray characters are invalid', () => {
        expect(scopeOf(';', 'sign A;')).toBe('invalid.illegal.tandem');
    });
});

describe('language configuration', () => {
    const configuration = JSON.parse(readFileSync(path.join(root, 'packages/vscode/language-configuration.json'), 'utf8')) as {
        wordPattern: string; comments: { lineComment: string; blockComment: string[] }; indentationRules: Record<string, string>
    };

    test('the word pattern keeps hyphenated keywords and dates whole, and stops at a name', () => {
        const words = (text: string) => text.match(new RegExp(configuration.wordPattern, 'g'));
        expect(words('limit court-order')).toEqual(['limit', 'court-order']);
        expect(words('meet twice-weekly for 10 sessions')).toEqual(['meet', 'twice-weekly', 'for', '10', 'sessions']);
        expect(words('from 2026-12-01')).toEqual(['from', '2026-12-01']);
        expect(words('owner Jane, Sam')).toEqual(['owner', 'Jane', 'Sam']);
    });

    test('indentation follows braces but not braces inside strings', () => {
        const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(configuration.indentationRules.decreaseIndentPattern);
        expect(increase.test('contract A "x" {')).toBe(true);
        expect(increase.test('goal G "x" { measure "y" }')).toBe(false);
        expect(increase.test('boundaries "a { b"')).toBe(false);
        expect(decrease.test('    }')).toBe(true);
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    });
});

describe('snippets', () => {
    interface Snippet { prefix: string[]; body: string[]; description: string }
    const snippets = JSON.parse(readFileSync(path.join(root, 'packages/vscode/snippets/tandem.json'), 'utf8')) as Record<string, Snippet>;
    const { Tandem } = createTandemServices();

    /** The text a snippet inserts when every placeholder keeps its default (the first choice). */
    function expand(body: readonly string[]): string {
        return body.join('\n')
            .replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1')
            .replace(/\$\{\d+:([^}]*)\}/g, '$1')
            .replace(/\$\d+/g, '')
            .replace(/\t/g, '    ');
    }

    function syntaxErrors(text: string): string[] {
        const result = Tandem.parser.LangiumParser.parse(text);
        return [...result.lexerErrors.map(error => error.message), ...result.parserErrors.map(error => error.message)];
    }

    /** Where a snippet goes: at the top of a file, or as a member of a contract (or a template's body). */
    function inContext(name: string, text: string): string {
        if (['Contract', 'Template', 'Contract from template', 'Import'].includes(name)) {
            return text;
        }
        if (name === 'Parameter') {
            return `template T {\n${text}\n}`;
        }
        return `contract C {\n${text}\n}`;
    }

    test('there is a snippet for a whole contract, a template and every section', () => {
        const prefixes = Object.values(snippets).flatMap(snippet => snippet.prefix);
        for (const keyword of ['contract', 'template', 'import', 'param', 'agency', 'locale', 'parties', 'duration', 'goal', 'task',
            'confidentiality', 'boundaries', 'termination', 'revision', 'sign']) {
            expect(prefixes, keyword).toContain(keyword);
        }
    });

    test.each(Object.keys(snippets).map(name => ({ name })))('the $name snippet expands to text that parses', ({ name }) => {
        const text = expand(snippets[name].body);
        expect(text).not.toMatch(/\$/);
        expect(syntaxErrors(inContext(name, text))).toEqual([]);
        // ... and that tokenises without an invalid scope.
        expect(tokenize(text).filter(token => token.scopes.some(scope => scope.startsWith('invalid')))).toEqual([]);
    });

    test('the whole contract snippet is a valid contract', async () => {
        const { validate } = await import('../../packages/language/test/helpers.js');
        const diagnostics = await validate(expand(snippets.Contract.body));
        expect(diagnostics.filter(diagnostic => diagnostic.severity === 1).map(diagnostic => `${diagnostic.code}: ${diagnostic.message}`)).toEqual([]);
    });
});
