/**
 * The extension in a real VS Code: the .vsix is built (`npm run package`), installed into
 * code-server 4.100.3 with fresh folders, and the workbench is driven in Chromium through
 * playwright-core. The tests run in order on one window, as a user would: each leaves the
 * editor in the state the next expects, and a screenshot under test-results/vscode/ when it
 * fails. Setup: scripts/setup-code-server.sh (run here; it does nothing once installed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Workbench } from './code-server.js';
import { openWorkbench, packageExtension, repositoryRoot, setUpCodeServer } from './code-server.js';

const results = path.join(repositoryRoot, 'test-results/vscode');

/** The complete example of LANGUAGE.md, with the landlords task's owner left out (the completion test writes it). */
const JANE = `// Housing support for Jane Doe
contract JaneHousing "Housing support agreement" {
    agency "Northside Family Services" {
        phone "555-0100"
        address "12 Main Street, Northside"
        hours "Monday to Friday, 9 to 5"
        crisis "Call or text 988, any time"
        complaints "Ask for the program manager, or call 555-0199"
    }
    locale en
    purpose "Help Jane find a safe, stable home she can afford"

    parties {
        client Jane "Jane Doe" contact "555-0101"
        worker Sam "Sam Lee" title "Case manager"
        supervisor Dana "Dana Ortiz" title "Clinical supervisor"
    }

    duration {
        from 2026-12-01 to 2027-02-28
        meet weekly on tuesday 10:00 for 50 minutes for 10 sessions
        at "Northside office, room 2"
        review every 4 weeks
    }

    contact-by phone, text

    goal Housing "Move into safe, stable housing" {
        measure "Jane signs a lease in her own name"
        by 2027-02-01
    }

    task Listings "Search rental listings three times a week" {
        owner Jane
        for Housing
        due 2026-12-20
    }

    task Landlords "Contact three landlords who accept housing vouchers" {
        for Housing
    }

    confidentiality {
        share "attendance and progress" with Dana for "clinical supervision"
        share "housing application" with "City Housing Authority" for "the voucher application" until 2027-03-01
        limit safety
        limit abuse
        limit court-order
    }

    boundaries {
        "We meet at the office or talk by phone during office hours."
        "Sam does not accept gifts or meet socially."
    }

    consent {
        benefits "A plan and help to find a home"
        risks "Talking about money and housing can be stressful"
        alternatives "The city housing office also helps people find homes"
        cost free
    }

    termination {
        when goals-met
        when period-ends
        when client-withdraws
        notice 2 weeks
        referral "Tenant support group at the community centre"
    }

    revision 2 on 2027-01-05 "Added the voucher application after the first review"

    sign Jane, Sam
}
`;
const lineOf = (text: string) => JANE.split('\n').findIndex(line => line.includes(text)) + 1;
/** The version Jane signed before (for Compare with…): the fixture with the landlords task's owner, under another name. */
const JANE_SIGNED = JANE
    .replace('contract JaneHousing ', 'contract JaneHousingSigned ')
    .replace('    task Landlords "Contact three landlords who accept housing vouchers" {\n', '    task Landlords "Contact three landlords who accept housing vouchers" {\n        owner Sam\n');

let workbench: Workbench | undefined;
let page: Page;

/** Runs a step of the scenario; on failure, leaves a screenshot named after it. */
async function step(name: string, body: () => Promise<void>): Promise<void> {
    try {
        await body();
    } catch (error) {
        if (workbench) {
            mkdirSync(results, { recursive: true });
            await page.screenshot({ path: path.join(results, `${name}.png`) }).catch(() => undefined);
        }
        throw error;
    }
}

async function runCommand(title: string, waitUntilClosed = true): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
    if (waitUntilClosed) {
        await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }
}

/** Puts the focus in the editor, where it was. */
async function focusEditor(): Promise<void> {
    await runCommand('View: Focus Active Editor Group');
    await page.locator('.monaco-editor.focused').waitFor();
}

async function goToLine(line: number): Promise<void> {
    await focusEditor();
    await page.keyboard.press('Control+g');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.locator('.monaco-editor.focused').waitFor();
    await page.keyboard.press('Home');
}

function preview(): FrameLocator {
    return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

beforeAll(async () => {
    const entry = setUpCodeServer();
    const build = mkdtempSync(path.join(os.tmpdir(), 'tandem-vsix-'));
    try {
        const vsix = packageExtension(build);
        workbench = await openWorkbench({
            entry,
            vsix,
            copyFrom: path.join(repositoryRoot, 'examples'),
            files: { 'jane.tandem': JANE, 'signed/jane-signed.tandem': JANE_SIGNED, 'drafts/unsigned.tandem': 'contract Unsigned {\n    sign Nobody\n}\n' },
            settings: {
                'editor.quickSuggestions': { other: false, comments: false, strings: false },
                'editor.suggestOnTriggerCharacters': false,
                'editor.autoClosingBrackets': 'never',
                'editor.autoClosingQuotes': 'never',
                'editor.hover.delay': 150,
                'editor.stickyScroll.enabled': false,
                'files.autoSave': 'off'
            }
        });
    } finally {
        rmSync(build, { recursive: true, force: true });
    }
    page = workbench.page;
}, 240_000);

afterAll(async () => {
    await workbench?.close();
}, 30_000);

describe('the extension in code-server', { timeout: 60_000 }, () => {
    test('a .tandem file opens as Tandem, highlighted and checked', () => step('language', async () => {
        await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'jane.tandem' }).click();
        await page.locator('.monaco-editor .view-line', { hasText: 'contract JaneHousing' }).waitFor();
        await expect.poll(() => page.locator('.statusbar-item[id="status.editor.mode"]').innerText(), { timeout: 20_000 }).toBe('Tandem');
        // The TextMate grammar colours keywords and names differently from plain text.
        const line = page.locator('.monaco-editor .view-line', { hasText: 'contract JaneHousing' });
        const token = (text: string) => line.locator('span[class^="mtk"]', { hasText: text }).first().getAttribute('class');
        await expect.poll(async () => await token('contract') !== await token('"Housing support agreement"'), { timeout: 10_000 }).toBe(true);
        // The server has started: the fixture's task without an owner is reported.
        await expect.poll(() => page.locator('.statusbar-item[id="status.problems"]').innerText(), { timeout: 30_000 }).toMatch(/[1-9]/);
    }));

    test('completion after `owner ` lists the parties', () => step('completion', async () => {
        // A line of its own for the owner, above `for Housing`.
        await goToLine(lineOf('task Landlords'));
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('owner ');
        await page.keyboard.press('Control+Space');
        const suggestions = page.locator('.suggest-widget');
        await suggestions.locator('.monaco-list-row', { hasText: 'Dana' }).waitFor({ timeout: 20_000 });
        const text = await suggestions.innerText();
        for (const party of ['Jane', 'Sam', 'Dana']) {
            expect(text).toContain(party);
        }
        await page.keyboard.press('Escape');
        await page.keyboard.type('Sam');
    }));

    test('hover on a party shows its full name', () => step('hover', async () => {
        const reference = page.locator('.monaco-editor .view-line', { hasText: 'with Dana for' }).locator('span > span', { hasText: /^Dana$/ });
        const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Dana Ortiz' });
        // The line is re-rendered when semantic tokens and inlay hints arrive, which can cancel a
        // hover that was waiting: move away and hover again, as a user would, up to four times.
        for (let attempt = 1; ; attempt++) {
            await page.mouse.move(5, 5);
            await reference.hover();
            try {
                await hover.first().waitFor({ timeout: 6_000 });
                break;
            } catch (error) {
                if (attempt === 4) {
                    throw error;
                }
            }
        }
        expect(await hover.first().innerText()).toContain('Dana Ortiz');
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
    }));

    /** Types into the Problems panel's filter (select all, then the text; empty clears it). */
    async function filterProblems(text: string): Promise<void> {
        const filter = page.locator('.viewpane-filter input').first();
        await filter.click();
        await page.keyboard.press('ControlOrMeta+a');
        await page.keyboard.press('Backspace');
        if (text) {
            await page.keyboard.type(text);
        }
        await expect.poll(() => filter.inputValue(), { timeout: 5_000 }).toBe(text);
    }

    test('an edit that breaks a rule shows its diagnostic, with its code, in the Problems panel', () => step('problems', async () => {
        // A line of its own above `sign` (one line further down than in the fixture: the owner line was added).
        await goToLine(lineOf('sign Jane, Sam') + 1);
        await page.keyboard.type('revision 3 on 2026-12-15 "Moved the first review earlier"');
        await page.keyboard.press('Enter');
        await page.locator('.statusbar-item[id="status.problems"]').click();
        const panel = page.locator('.markers-panel');
        await panel.waitFor();
        // The panel lists only the rows that fit: filter it to the code, as a user would with many problems.
        await filterProblems('revision-order');
        await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain('revision-order');
        await filterProblems('');
        await page.locator('.statusbar-item[id="status.problems"]').click();
    }));

    test('the preview opens beside the editor, marks the draft and follows edits', () => step('preview', async () => {
        await focusEditor();
        await runCommand('Tandem: Open Preview to the Side');
        const agreement = preview().locator('#tandem-agreement');
        await expect.poll(() => agreement.innerText(), { timeout: 30_000 }).toContain('Housing support agreement');
        expect(await agreement.innerText()).toContain('Move into safe, stable housing');
        // The revision of the previous test is out of order: the contract has one error.
        const draft = preview().locator('#tandem-draft');
        expect(await draft.innerText()).toMatch(/^DRAFT: 1 error in JaneHousing$/);
        // Taking that revision out again ends the draft.
        await goToLine(lineOf('sign Jane, Sam') + 1);
        await page.keyboard.press('Shift+End');
        await page.keyboard.press('Backspace');
        await expect.poll(() => draft.isVisible(), { timeout: 15_000 }).toBe(false);
        // A new goal shows in the preview as it is typed.
        await goToLine(lineOf('task Listings'));
        await page.keyboard.type('goal Savings "Open a savings account" { measure "An account in her name" }');
        await page.keyboard.press('Enter');
        await expect.poll(() => agreement.innerText(), { timeout: 15_000 }).toContain('Open a savings account');
        await expect.poll(() => agreement.innerText(), { timeout: 15_000 }).toContain('An account in her name');
        await expect.poll(() => draft.isVisible(), { timeout: 15_000 }).toBe(false);
        // The server agrees: no error squiggle left in the editor.
        await expect.poll(() => page.locator('.monaco-editor .squiggly-error').count(), { timeout: 15_000 }).toBe(0);
        mkdirSync(results, { recursive: true });
        await page.screenshot({ path: path.join(results, 'editor-and-preview.png') });
    }));

    test('the preview switches locale and jumps to the source of a goal that is clicked', () => step('preview-interaction', async () => {
        const agreement = preview().locator('#tandem-agreement');
        await preview().locator('#tandem-locale').selectOption('es');
        await expect.poll(() => agreement.innerText(), { timeout: 15_000 }).toContain('Quiénes somos');
        await preview().locator('#tandem-locale').selectOption('');
        await expect.poll(() => agreement.innerText(), { timeout: 15_000 }).toContain('Who we are');
        await agreement.locator('li[data-source-line]', { hasText: 'Move into safe, stable housing' }).first().click();
        // The goal is written on the fixture's line 19 (lines added later are below it).
        await expect.poll(() => page.locator('.statusbar-item[id="status.editor.selection"]').innerText(), { timeout: 15_000 })
            .toMatch(new RegExp(`^Ln ${lineOf('goal Housing')}, Col \\d+`));
    }));

    test('the preview keeps its scroll position (within 20 px) when the contract changes', () => step('preview-scroll', async () => {
        const agreement = preview().locator('#tandem-agreement');
        const body = preview().locator('body');
        await body.evaluate(element => element.ownerDocument.defaultView!.scrollTo(0, 300));
        const before = await body.evaluate(element => element.ownerDocument.defaultView!.scrollY);
        expect(before).toBeGreaterThan(250);
        await goToLine(lineOf('task Listings'));
        await page.keyboard.type('goal Travel "Get a bus pass" { measure "A pass in her name" }');
        await page.keyboard.press('Enter');
        await expect.poll(() => agreement.innerText(), { timeout: 15_000 }).toContain('Get a bus pass');
        const after = await body.evaluate(element => element.ownerDocument.defaultView!.scrollY);
        expect(Math.abs(after - before)).toBeLessThanOrEqual(20);
    }));

    test('Validate Workspace puts the problems of files that are not open in the Problems panel', () => step('validate-workspace', async () => {
        const panel = page.locator('.markers-panel');
        await runCommand('Tandem: Validate Workspace');
        await page.locator('.notification-toast', { hasText: /Tandem: \d+ files: [1-9]\d* errors?/ }).waitFor({ timeout: 30_000 });
        await panel.waitFor();
        await filterProblems('unresolved-reference');
        await expect.poll(() => panel.innerText(), { timeout: 15_000 }).toContain('unsigned.tandem');
        expect(await panel.innerText()).toContain('unresolved-reference');
        await filterProblems('');
        await page.locator('.statusbar-item[id="status.problems"]').click();
    }));

    test('Export Agreement… as PDF writes a PDF', () => step('export', async () => {
        const target = path.join(workbench!.workspace, 'JaneHousing.pdf');
        await focusEditor();
        await runCommand('Tandem: Export Agreement…');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'pdf' }).first().waitFor();
        await page.locator('.quick-input-widget input').fill('pdf');
        await page.keyboard.press('Enter');
        // The save dialog (VS Code's own, in the browser) proposes the contract's name beside the file.
        const input = page.locator('.quick-input-widget input');
        await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toMatch(/JaneHousing\.pdf$/);
        await page.keyboard.press('Enter');
        await expect.poll(() => existsSync(target), { timeout: 30_000 }).toBe(true);
        const bytes = readFileSync(target);
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(bytes.subarray(-8).toString('latin1')).toMatch(/%%EOF\s*$/);
    }));

    test('Export Calendar… writes the meetings and dates to an .ics file', () => step('export-calendar', async () => {
        const target = path.join(workbench!.workspace, 'JaneHousing.ics');
        await focusEditor();
        // No question before the save dialog (the contract has no errors): it opens in the same quick input.
        await runCommand('Tandem: Export Calendar…', false);
        const input = page.locator('.quick-input-widget input');
        await expect.poll(() => input.inputValue(), { timeout: 15_000 }).toMatch(/JaneHousing\.ics$/);
        await page.keyboard.press('Enter');
        await expect.poll(() => existsSync(target), { timeout: 30_000 }).toBe(true);
        const calendar = readFileSync(target, 'utf8');
        expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
        expect(calendar).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=10');
        expect(calendar).not.toContain('Jane Doe');
    }));

    /** The text of the page of changes (the webview whose page is titled "What changed"), or '' while it is not there. */
    async function changesPage(selector: string): Promise<string> {
        for (const frame of page.frames() as Frame[]) {
            if (await frame.title().catch(() => '') === 'What changed') {
                return frame.locator(selector).innerText({ timeout: 1000 }).catch(() => '');
            }
        }
        return '';
    }

    /**
     * Closes the page of changes, so that the preview is the webview beside the editor again, and
     * puts the focus back in the editor (a webview that takes the focus late would close the next
     * test's quick pick).
     */
    async function closeChanges(title: string): Promise<void> {
        const tab = page.locator('.tab', { hasText: title });
        await tab.click();
        await tab.locator('.codicon-close').click();
        await tab.waitFor({ state: 'detached', timeout: 10_000 });
        await runCommand('View: Focus First Editor Group');
        await page.locator('.monaco-editor.focused').waitFor();
    }

    test('Compare with… a file shows what changed beside the editor, and follows edits', () => step('compare-with', async () => {
        await focusEditor();
        // The workspace is not in git: the open dialog comes at once.
        await runCommand('Tandem: Compare with…', false);
        const input = page.locator('.quick-input-widget input');
        await expect.poll(() => input.inputValue(), { timeout: 15_000 }).toContain(workbench!.workspace);
        await input.fill(path.join(workbench!.workspace, 'signed/jane-signed.tandem'));
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'jane-signed.tandem' }).first().waitFor({ timeout: 10_000 });
        await page.locator('.quick-input-widget .monaco-button', { hasText: /^Compare$/ }).click();
        await page.locator('.tab', { hasText: 'Changes jane.tandem' }).waitFor({ timeout: 15_000 });
        // The goals added by the earlier tests, in the words of the page; no revision was added yet.
        await expect.poll(() => changesPage('#tandem-agreement'), { timeout: 30_000 }).toContain('What changed in your agreement');
        expect(await changesPage('#tandem-agreement')).toContain('Open a savings account');
        expect(await changesPage('#tandem-draft')).toMatch(/since signed\/jane-signed\.tandem, without a new revision/);
        // A revision typed in the editor, above `sign` (four lines further down than in the fixture: the owner,
        // two goals and the line left by the preview test were added): the page follows.
        await goToLine(lineOf('sign Jane, Sam') + 4);
        await page.keyboard.type('revision 3 on 2027-01-20 "Added a savings goal and a bus pass"');
        await page.keyboard.press('Enter');
        await expect.poll(() => changesPage('#tandem-draft'), { timeout: 15_000 }).toMatch(/^\d+ changes since signed\/jane-signed\.tandem\.$/);
        await closeChanges('Changes jane.tandem');
    }));

    test('Compare with… the version in git\'s HEAD shows what changed since the last commit', () => step('compare-with-head', async () => {
        // A folder of the workspace in git: a contract committed, then changed on disk.
        const folder = path.join(workbench!.workspace, 'tracked');
        const file = path.join(folder, 'marcus.tandem');
        const committed = readFileSync(path.join(repositoryRoot, 'examples/housing-support.tandem'), 'utf8');
        mkdirSync(folder);
        writeFileSync(file, committed);
        const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: folder, stdio: 'pipe' });
        git('init', '-q');
        git('add', 'marcus.tandem');
        git('commit', '-q', '-m', 'signed');
        writeFileSync(file, committed.replace('due 2027-02-05', 'due 2027-02-12'));
        const input = page.locator('.quick-input-widget input');
        await page.keyboard.press('Control+p');
        await input.fill('tracked/marcus.tandem');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'marcus.tandem' }).first().waitFor({ timeout: 15_000 });
        await page.keyboard.press('Enter');
        await page.locator('.monaco-editor .view-line', { hasText: 'contract MarcusHousing' }).waitFor({ timeout: 15_000 });
        await page.locator('.monaco-editor.focused').waitFor();
        await runCommand('Tandem: Compare with…', false);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'HEAD' }).first().waitFor({ timeout: 15_000 });
        await input.fill('HEAD');
        await page.keyboard.press('Enter');
        await page.locator('.tab', { hasText: /Changes marcus\.tandem ↔ HEAD \([0-9a-f]+\)/ }).waitFor({ timeout: 15_000 });
        await expect.poll(() => changesPage('#tandem-agreement'), { timeout: 30_000 }).toContain('12 February 2027');
        expect(await changesPage('#tandem-agreement')).toContain('5 February 2027');
        expect(await changesPage('#tandem-draft')).toMatch(/^1 change since HEAD \([0-9a-f]+\), without a new revision/);
        await closeChanges('Changes marcus.tandem');
    }));

    test('Generate Agreements from Data… writes one agreement per row and opens the manifest', () => step('generate', async () => {
        const data = path.join(workbench!.workspace, 'data/housing-rows.csv');
        const out = path.join(workbench!.workspace, 'data/housing-rows-agreements');
        const input = page.locator('.quick-input-widget input');
        await runCommand('Tandem: Generate Agreements from Data…', false);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'HousingSupport' }).first().waitFor({ timeout: 15_000 });
        await input.fill('HousingSupport');
        await page.keyboard.press('Enter');
        // VS Code's own open dialog in the browser: a path to type.
        await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toContain(path.join(workbench!.workspace, 'lib'));
        await input.fill(data);
        // The dialog has read the folder of the path typed (a click before that is lost).
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'housing-rows.csv' }).first().waitFor({ timeout: 10_000 });
        await page.locator('.quick-input-widget .monaco-button', { hasText: 'Use These Rows' }).click();
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'txt' }).first().waitFor({ timeout: 10_000 });
        await input.fill('txt');
        await page.keyboard.press('Enter');
        await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toBe(out);
        await page.keyboard.press('Enter');
        await page.locator('.tab', { hasText: 'manifest.json' }).waitFor({ timeout: 30_000 });
        const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { rows: Array<{ status: string; file?: string }> };
        const written = manifest.rows.filter(row => row.status === 'written');
        expect(written.length).toBeGreaterThan(1);
        for (const row of written) {
            expect(readFileSync(path.join(out, row.file!), 'utf8')).toMatch(/Housing support agreement/i);
        }
    }));

    test('New Contract from Template… writes a contract from the template and opens it', () => step('new-contract', async () => {
        const target = path.join(workbench!.workspace, 'maya-counselling.tandem');
        const input = page.locator('.quick-input-widget input');
        await runCommand('Tandem: New Contract from Template…', false);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Counselling' }).first().waitFor({ timeout: 15_000 });
        await input.fill('Counselling');
        await page.keyboard.press('Enter');
        await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toMatch(/new-counselling\.tandem$/);
        await input.fill(target);
        await page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).click();
        // The name is proposed from the file's name.
        await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toBe('MayaCounselling');
        await page.keyboard.press('Enter');
        // The file's own tab (the preview, when open, follows the new editor and its tab's title names the file too).
        await page.locator('.tab[data-resource-name="maya-counselling.tandem"]').waitFor({ timeout: 15_000 });
        const text = readFileSync(target, 'utf8');
        expect(text).toContain('import "lib/counselling-template.tandem"');
        expect(text).toMatch(/contract MayaCounselling .*from Counselling \{/);
        await expect.poll(() => page.locator('.statusbar-item[id="status.editor.mode"]').innerText(), { timeout: 10_000 }).toBe('Tandem');
    }));
});
