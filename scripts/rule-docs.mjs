#!/usr/bin/env node
/**
 * Keeps docs/rules/ in step with the table of diagnostic codes
 * (packages/language/src/diagnostics/codes.ts, read from its built copy in dist/).
 *
 *   node scripts/rule-docs.mjs            rewrites the generated block of each docs/rules/<code>.md
 *                                         and the whole of docs/rules/README.md
 *   node scripts/rule-docs.mjs --check    writes nothing; exits 1 and lists every page that is
 *                                         missing or out of date, and every page for a code that
 *                                         is not in the table
 *
 * Only the part of a page between the BEGIN/END GENERATED markers belongs to this script; the
 * rest of the page is written by hand and left exactly as it is. A page missing from docs/rules/
 * is created as a skeleton in write mode (and reported), so that a new code starts with the right
 * structure. The output depends on nothing but the table and the pages: codes keep the table's
 * order, files are written with `\n` line endings, and no dates or absolute paths are written.
 *
 * Exit status: 0 up to date (or updated), 1 problems found, 2 the table is not built or bad usage.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCRIPT_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = join(SCRIPT_DIR, '..');
const CODES_MODULE = join(SCRIPT_DIR, '../packages/language/dist/diagnostics/codes.js');
const RULES_DIR = join(ROOT, 'docs', 'rules');
const INDEX_FILE = 'README.md';

const SOURCE = 'packages/language/src/diagnostics/codes.ts';
const SCRIPT = 'scripts/rule-docs.mjs';
const BEGIN = `<!-- BEGIN GENERATED: from ${SOURCE} by ${SCRIPT} -->`;
const END = '<!-- END GENERATED -->';
// Any BEGIN marker is recognised (so a changed source path is rewritten, not duplicated).
const BEGIN_PATTERN = /^<!-- BEGIN GENERATED:.*-->[ \t]*$/;
const END_PATTERN = /^<!-- END GENERATED -->[ \t]*$/;

const CHECKED_ON = {
    syntax: 'every file',
    declaration: 'contracts and templates',
    effective: 'each contract, after merging its template',
};
const SEVERITIES = ['error', 'warning', 'info', 'hint'];

function usage(message) {
    process.stderr.write(`${message}\nusage: node ${SCRIPT} [--check]\n`);
    process.exit(2);
}

async function loadTable() {
    if (!existsSync(CODES_MODULE)) {
        process.stderr.write('run `npm run build` first\n');
        process.exit(2);
    }
    const module = await import(pathToFileURL(CODES_MODULE).href);
    const table = module.DIAGNOSTIC_CODES;
    if (!table || typeof table !== 'object') {
        process.stderr.write(`${relative(ROOT, CODES_MODULE)} does not export DIAGNOSTIC_CODES; run \`npm run build\` first\n`);
        process.exit(2);
    }
    const codes = [];
    for (const [code, info] of Object.entries(table)) {
        const problems = [];
        if (!/^[a-z][a-z0-9-]*$/.test(code)) problems.push('the code is not lowercase words joined by hyphens');
        if (!SEVERITIES.includes(info?.severity)) problems.push(`unknown severity ${JSON.stringify(info?.severity)}`);
        if (!Object.hasOwn(CHECKED_ON, info?.scope)) problems.push(`unknown scope ${JSON.stringify(info?.scope)}`);
        if (typeof info?.summary !== 'string' || info.summary.trim() === '' || /[\r\n]/.test(info.summary)) problems.push('the summary is not one line of text');
        if (problems.length > 0) {
            process.stderr.write(`bad entry \`${code}\` in ${SOURCE}: ${problems.join('; ')}\n`);
            process.exit(2);
        }
        codes.push({ code, severity: info.severity, scope: info.scope, summary: info.summary.trim() });
    }
    return codes;
}

/** The generated block of a page, markers included, without a final newline. */
function generatedBlock({ severity, scope, summary }) {
    return [
        BEGIN,
        `**Severity:** ${severity} · **Checked on:** ${CHECKED_ON[scope]}`,
        '',
        summary,
        END,
    ].join('\n');
}

/** A new page: the generated block and the hand-written sections, still to be filled in. */
function skeletonPage(entry) {
    const todo = '<!-- TODO: write this section -->';
    return [
        `# \`${entry.code}\``,
        '',
        generatedBlock(entry),
        '',
        '## What it means',
        '',
        todo,
        '',
        '## Why it matters to the client',
        '',
        todo,
        '',
        '## Example',
        '',
        todo,
        '',
        '## How to fix',
        '',
        todo,
        '',
        '## Related',
        '',
        todo,
        '',
    ].join('\n');
}

/**
 * The page with its generated block rewritten, or an error message when its markers are not
 * exactly one BEGIN line followed by one END line.
 */
function updatePage(text, entry) {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    const begins = lines.flatMap((line, index) => (BEGIN_PATTERN.test(line) ? [index] : []));
    const ends = lines.flatMap((line, index) => (END_PATTERN.test(line) ? [index] : []));
    if (begins.length !== 1 || ends.length !== 1 || ends[0] < begins[0]) {
        return { error: 'needs exactly one BEGIN GENERATED line followed by one END GENERATED line' };
    }
    const updated = [...lines.slice(0, begins[0]), generatedBlock(entry), ...lines.slice(ends[0] + 1)].join('\n');
    return { text: updated };
}

function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function indexPage(codes) {
    const counts = SEVERITIES
        .map(severity => [severity, codes.filter(entry => entry.severity === severity).length])
        .filter(([, count]) => count > 0)
        .map(([severity, count]) => `${count} ${count === 1 || severity === 'info' ? severity : `${severity}s`}`);
    const countList = counts.length > 1 ? `${counts.slice(0, -1).join(', ')} and ${counts[counts.length - 1]}` : counts.join('');
    const lines = [
        '# Diagnostic rules',
        '',
        `<!-- GENERATED from ${SOURCE} by ${SCRIPT}: do not edit this file by hand; edit the table and run the script. -->`,
        '',
        'When `tandem validate` or your editor checks a contract or a template, every problem it reports',
        'carries one of the codes below. Each code has a page that explains what it means, why it matters',
        'to the client, and how to fix it, with an example. Errors must be fixed before an agreement can',
        'be rendered for signing; warnings and infos point at something worth a second look.',
        `There are ${codes.length} codes: ${countList}.`,
        '',
        '| Code | Severity | Summary | Page |',
        '| --- | --- | --- | --- |',
        ...codes.map(({ code, severity, summary }) =>
            `| \`${code}\` | ${severity} | ${escapeCell(summary)} | [${code}.md](${code}.md) |`),
        '',
    ];
    return lines.join('\n');
}

function readIfExists(file) {
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

async function main() {
    const args = process.argv.slice(2);
    const unknown = args.filter(arg => arg !== '--check');
    if (unknown.length > 0) usage(`unknown argument: ${unknown.join(' ')}`);
    const check = args.includes('--check');

    const codes = await loadTable();
    const known = new Set(codes.map(entry => entry.code));
    const rel = file => relative(ROOT, file).split('\\').join('/');

    const problems = [];   // reported in both modes; each makes the exit status 1
    const updated = [];    // files written (write mode) or that would be written (check mode)

    for (const entry of codes) {
        const file = join(RULES_DIR, `${entry.code}.md`);
        const current = readIfExists(file);
        if (current === undefined) {
            if (check) {
                problems.push(`${rel(file)}: missing`);
            } else {
                mkdirSync(RULES_DIR, { recursive: true });
                writeFileSync(file, skeletonPage(entry));
                problems.push(`${rel(file)}: was missing; created a skeleton to fill in`);
            }
            continue;
        }
        const result = updatePage(current, entry);
        if (result.error) {
            problems.push(`${rel(file)}: ${result.error}`);
            continue;
        }
        if (result.text !== current) {
            if (check) {
                problems.push(`${rel(file)}: out of date`);
            } else {
                writeFileSync(file, result.text);
                updated.push(rel(file));
            }
        }
    }

    const pages = existsSync(RULES_DIR) ? readdirSync(RULES_DIR).filter(name => name.endsWith('.md') && name !== INDEX_FILE).sort() : [];
    for (const name of pages) {
        const code = name.slice(0, -'.md'.length);
        if (!known.has(code)) {
            problems.push(`${rel(join(RULES_DIR, name))}: \`${code}\` is not in the table (${SOURCE})`);
        }
    }

    const indexFile = join(RULES_DIR, INDEX_FILE);
    const index = indexPage(codes);
    if (readIfExists(indexFile) !== index) {
        if (check) {
            problems.push(`${rel(indexFile)}: ${existsSync(indexFile) ? 'out of date' : 'missing'}`);
        } else {
            mkdirSync(RULES_DIR, { recursive: true });
            writeFileSync(indexFile, index);
            updated.push(rel(indexFile));
        }
    }

    for (const file of updated) process.stdout.write(`updated ${file}\n`);
    for (const problem of problems) process.stderr.write(`${problem}\n`);
    if (problems.length > 0) {
        process.stderr.write(check
            ? `docs/rules is out of date: run \`node ${SCRIPT}\`, then fill in any new page\n`
            : `docs/rules needs attention (see above)\n`);
        process.exit(1);
    }
    if (updated.length === 0) process.stdout.write(`docs/rules is up to date (${codes.length} codes)\n`);
}

await main();
