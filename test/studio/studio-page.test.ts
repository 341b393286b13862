/**
 * Tandem Studio end to end (issue 16): `tandem studio` on a copy of the examples, driven in
 * Chromium by the accessible names the issue fixes. Files, the Contract editor, Problems (code
 * and line), the Agreement preview following edits and the Language, Save into the folder, and
 * the editor features of VS Code: completion, hover, formatting, quick fixes.
 */
import { chmodSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudioSession } from './studio-session.js';
import { copyOfFolder, openStudio } from './studio-session.js';

let studio: StudioSession;

beforeAll(async () => {
    studio = await openStudio();
});

afterAll(async () => {
    await studio?.close();
});

/** Opens a file from the Files list and waits for its problems. */
async function openFile(name: string): Promise<void> {
    const { page } = studio;
    await page.getByRole('navigation', { name: 'Files' }).getByRole('button', { name }).click();
    await expect.poll(() => page.locator('#editor-file').textContent()).toBe(name);
}

/** Replaces the editor's text, as if typed (one edit). */
async function replaceText(text: string): Promise<void> {
    const { page } = studio;
    await page.getByRole('textbox', { name: 'Contract editor' }).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(text);
}

async function editorText(): Promise<string> {
    return studio.page.evaluate(() => {
        // CodeMirror's own link from its DOM to the view (what EditorView.findFromDOM reads).
        const content = document.querySelector('.cm-content') as HTMLElement & { cmTile?: { root?: { view: { state: { doc: { toString(): string } } } } } };
        return content.cmTile!.root!.view.state.doc.toString();
    });
}

function problemsText(): Promise<string> {
    return studio.page.getByRole('region', { name: 'Problems' }).innerText();
}

function previewText(): Promise<string> {
    return studio.page.frameLocator('iframe[title="Agreement preview"]').locator('body').innerText({ timeout: 10_000 });
}

describe('Tandem Studio: writing a contract', () => {
    it('lists the folder\'s .tandem files and shows the page\'s parts by their names', async () => {
        const { page } = studio;
        const files = page.getByRole('navigation', { name: 'Files' });
        for (const name of ['housing-support.tandem', 'lib/housing-template.tandem', 'youth-mentoring-es.tandem']) {
            await files.getByRole('button', { name, exact: false }).first().waitFor();
        }
        await page.getByRole('textbox', { name: 'Contract editor' }).waitFor();
        await page.getByRole('region', { name: 'Problems' }).waitFor();
        await page.getByRole('region', { name: 'Agreement preview' }).waitFor();
        await page.getByTitle('Agreement preview').waitFor();
        const language = page.getByRole('combobox', { name: 'Language' });
        expect(await language.locator('option').evaluateAll(options => options.map(option => (option as HTMLOptionElement).value))).toEqual(['en', 'es']);
        for (const name of ['Save', 'Download PDF', 'Download DOCX', 'Download HTML']) {
            await page.getByRole('button', { name, exact: true }).waitFor();
        }
        await page.getByRole('tab', { name: 'Fill in a template' }).waitFor();
    });

    it('shows a file\'s agreement, and each problem with its code and line as the text is edited', async () => {
        const { page } = studio;
        await openFile('housing-support.tandem');
        const original = readFileSync(path.join(studio.folder, 'housing-support.tandem'), 'utf8');
        expect(await editorText()).toBe(original);
        await expect.poll(previewText, { timeout: 10_000 }).toContain('Housing');

        // A task without an owner: an error on its line, with its code.
        const lines = original.split('\n');
        const taskLine = lines.findIndex(line => /^\s*owner\s/.test(line));
        const edited = lines.filter((_, index) => index !== taskLine).join('\n');
        await replaceText(edited);
        await expect.poll(problemsText, { timeout: 5_000 }).toMatch(new RegExp(`task-without-owner\\s+line ${taskLine}\\b`));
        const problem = page.getByRole('region', { name: 'Problems' }).getByRole('listitem').filter({ hasText: 'task-without-owner' });
        expect(await problem.count()).toBe(1);
        // The preview follows within a second: the agreement is now a draft.
        await expect.poll(previewText, { timeout: 1_500 }).toMatch(/draft/i);

        await replaceText(original);
        await expect.poll(problemsText, { timeout: 5_000 }).not.toContain('task-without-owner');
    });

    it('updates the preview within a second of an edit', async () => {
        await openFile('housing-support.tandem');
        const original = await editorText();
        const title = /contract\s+\w+\s+"([^"]+)"/.exec(original)![1];
        await replaceText(original.replace(`"${title}"`, '"A brand new title for the preview"'));
        const started = Date.now();
        await expect.poll(previewText, { timeout: 1_000, intervals: [50] }).toContain('A brand new title for the preview');
        expect(Date.now() - started).toBeLessThan(1_000);
        await replaceText(original);
    });

    it('previews the contract the cursor is in, when a file holds several', async () => {
        const { page } = studio;
        await openFile('housing-support.tandem');
        const original = await editorText();
        const second = original.replace(/contract \w+ "[^"]+"/, 'contract SecondAgreement "The second agreement"');
        await replaceText(`${original}\n${second}`);
        // The cursor is at the end, in the second contract.
        await expect.poll(previewText, { timeout: 5_000 }).toContain('The second agreement');
        await page.keyboard.press('Control+Home');
        await expect.poll(previewText, { timeout: 5_000 }).not.toContain('The second agreement');
        await replaceText(original);
    });

    it('renders the agreement in the language chosen', async () => {
        const { page } = studio;
        await openFile('housing-support.tandem');
        const language = page.getByRole('combobox', { name: 'Language' });
        await expect.poll(() => language.inputValue()).toBe('en');
        await language.selectOption('es');
        await expect.poll(() => page.frameLocator('iframe[title="Agreement preview"]').locator('html').getAttribute('lang'), { timeout: 5_000 }).toBe('es');
        await expect.poll(previewText).toMatch(/Acuerdo|acuerdo/);
        await language.selectOption('en');
        await expect.poll(() => page.frameLocator('iframe[title="Agreement preview"]').locator('html').getAttribute('lang'), { timeout: 5_000 }).toBe('en');
    });

    it('saves a file written with CRLF line ends with CRLF', async () => {
        const file = path.join(studio.folder, 'recovery-support.tandem');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n'));
        // The page read the folder at start: open it again so that it reads the CRLF file.
        await studio.page.reload();
        await studio.page.locator('#app[aria-busy="false"]').waitFor();
        await openFile('recovery-support.tandem');
        await studio.page.getByRole('textbox', { name: 'Contract editor' }).click();
        await studio.page.keyboard.press('Control+Home');
        await studio.page.keyboard.insertText('// Checked.\n');
        await studio.page.getByRole('button', { name: 'Save', exact: true }).click();
        await expect.poll(() => readFileSync(file, 'utf8').startsWith('// Checked.\r\n')).toBe(true);
        expect(readFileSync(file, 'utf8')).not.toMatch(/[^\r]\n/);
    });

    it('saves the file into the folder, keeping its mode', async () => {
        const { page } = studio;
        const file = path.join(studio.folder, 'family-support.tandem');
        chmodSync(file, 0o640);
        await openFile('family-support.tandem');
        const original = await editorText();
        const changed = `// Reviewed with the family on Monday.\n${original}`;
        await replaceText(changed);
        const fileButton = page.getByRole('navigation', { name: 'Files' }).getByRole('button', { name: 'family-support.tandem', exact: true });
        await expect.poll(() => fileButton.getAttribute('aria-describedby')).toBe('unsaved-note');
        expect(await fileButton.innerText()).toContain('(not saved)');
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await expect.poll(() => readFileSync(file, 'utf8')).toBe(changed);
        expect(statSync(file).mode & 0o777).toBe(0o640);
        await expect.poll(() => page.getByRole('status').innerText()).toContain('Saved family-support.tandem');
        await expect.poll(() => fileButton.getAttribute('aria-describedby')).toBeNull();
    });

    it('completes keywords, shows hovers, formats and applies quick fixes', async () => {
        const { page } = studio;
        await openFile('employment-coaching.tandem');
        const original = await editorText();

        // Formatting (Shift+Alt+F) gives what `tandem fmt` gives: badly indented text comes back.
        await replaceText(original.replace(/\n {4}(\S)/g, '\n$1'));
        await page.keyboard.press('Shift+Alt+f');
        await expect.poll(editorText, { timeout: 5_000 }).toBe(original);

        // Hover over a keyword explains it (as in VS Code: what `purpose` is for).
        await page.keyboard.press('Control+Home');
        await page.locator('.cm-content .cm-line', { hasText: /^\s+purpose "/ }).first().getByText('purpose', { exact: true }).hover();
        await page.locator('.cm-tooltip-hover').waitFor({ timeout: 5_000 });
        expect((await page.locator('.cm-tooltip-hover').innerText()).length).toBeGreaterThan(10);

        // Completion at the start of a new line inside the contract offers keywords.
        const lastBrace = original.lastIndexOf('}');
        const after = `\n${original.slice(lastBrace)}`;
        await replaceText(`${original.slice(0, lastBrace)}    ${after}`);
        await page.keyboard.press('Control+End');
        for (let line = 1; line < after.split('\n').length; line++) {
            await page.keyboard.press('ArrowUp');
        }
        await page.keyboard.press('End');
        await page.keyboard.press('Control+Space');
        await page.locator('.cm-tooltip-autocomplete').waitFor({ timeout: 5_000 });
        await expect.poll(() => page.locator('.cm-tooltip-autocomplete').innerText()).toContain('goal');
        await page.keyboard.press('Escape');

        // A quick fix from the Problems list: remove the signatures, then add them back.
        await replaceText(original.replace(/\n\s*sign [^\n]*/, ''));
        const fix = page.getByRole('region', { name: 'Problems' }).getByRole('button', { name: /^Fix: / }).first();
        await fix.waitFor({ timeout: 5_000 });
        // Ctrl+. in the editor lists the problems with their fixes, as in VS Code.
        await page.keyboard.press('Control+.');
        await page.locator('.cm-panel-lint').waitFor({ timeout: 5_000 });
        expect(await page.locator('.cm-panel-lint button.cm-diagnosticAction').count()).toBeGreaterThan(0);
        await page.keyboard.press('Escape');
        await fix.click();
        await expect.poll(editorText, { timeout: 5_000 }).toMatch(/\n\s*sign /);
        await expect.poll(problemsText, { timeout: 5_000 }).not.toContain('missing-signatures');
        await replaceText(original);
    });

    it('opens the other files of a folder where one file cannot be read, and says which', async () => {
        const folder = copyOfFolder();
        writeFileSync(path.join(folder, 'latin1.tandem'), Buffer.from('contract Caf\xe9 {}\n', 'latin1'));
        const other = await openStudio({ from: folder });
        try {
            const files = other.page.getByRole('navigation', { name: 'Files' });
            await files.getByRole('button', { name: 'housing-support.tandem' }).waitFor();
            expect(await files.innerText()).toMatch(/latin1\.tandem cannot be opened: .*UTF-8/);
            expect(await files.getByRole('button', { name: 'latin1.tandem' }).count()).toBe(0);
            await expect.poll(() => other.page.getByRole('status').innerText()).toContain('latin1.tandem');
            await expect.poll(() => other.page.locator('#problems').getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
            await other.page.getByRole('tab', { name: 'Fill in a template' }).click();
            await other.page.getByRole('form', { name: 'Fill in the template' }).getByLabel("Client's full name").first().waitFor();
            // The browser logs the server's refusal of the file (422); nothing else went wrong.
            expect(other.problems.filter(problem => !problem.includes('status of 422'))).toEqual([]);
        } finally {
            await other.close();
            rmSync(folder, { recursive: true, force: true });
        }
    });

    it('raised no page errors and no Content-Security-Policy violations', () => {
        expect(studio.problems).toEqual([]);
    });
});
