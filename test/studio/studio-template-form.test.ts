/**
 * "Fill in a template" end to end: the form named "Fill in the template", its "Template"
 * select, one labelled field per parameter (by description, else name; typed; defaults filled),
 * problems explained beside the field at fault, the filled agreement previewed, and its
 * "Download PDF" and "Download contract" (a contract from the template that validates).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import type { StudioSession } from './studio-session.js';
import { openStudio } from './studio-session.js';

let studio: StudioSession;

beforeAll(async () => {
    studio = await openStudio();
});

afterAll(async () => {
    await studio?.close();
});

function form() {
    return studio.page.getByRole('form', { name: 'Fill in the template' });
}

function previewText(): Promise<string> {
    return studio.page.frameLocator('iframe[title="Agreement preview"]').locator('body').innerText({ timeout: 10_000 });
}

/** The text that describes a field (its problem, beside it). */
async function describedBy(label: string): Promise<string> {
    const input = form().getByLabel(label, { exact: true });
    const ids = (await input.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map(id => studio.page.locator(`[id="${id}"]`).innerText()));
    return texts.join(' ').trim();
}

const VALUES: Record<string, string> = {
    "Client's full name": 'Rosa Díaz',
    "Client's phone number": '555-0177',
    "Case manager's full name": 'Tom Becker',
    'First day of the agreement': '2027-02-01',
    'Target date for signing a lease': '2027-05-07',
    'Date to finish the search of rental ads': '2027-04-16'
};

describe('Tandem Studio: filling in a template', () => {
    it('shows a form with the folder\'s templates and one typed, labelled field per parameter', async () => {
        const { page } = studio;
        await page.getByRole('tab', { name: 'Fill in a template' }).click();
        await form().waitFor();
        const select = form().getByRole('combobox', { name: 'Template' });
        // Each template by its title; its name is the option's value.
        const options = await select.locator('option').evaluateAll(all => all.map(option => [(option as HTMLOptionElement).value, option.textContent]));
        expect(options).toEqual(expect.arrayContaining([['HousingSupport', 'Housing support agreement'], ['Counselling', expect.any(String)]]));
        await select.selectOption({ label: 'Housing support agreement' });
        await select.selectOption('Counselling');
        await select.selectOption('HousingSupport');

        expect(await form().getByLabel("Client's full name", { exact: true }).getAttribute('type')).toBe('text');
        expect(await form().getByLabel('First day of the agreement', { exact: true }).getAttribute('type')).toBe('date');
        const length = form().getByLabel('Length of the agreement, in weeks', { exact: true });
        expect(await length.getAttribute('type')).toBe('number');
        expect(await length.inputValue()).toBe('16');
        expect(await form().getByLabel('Where the client wants to live', { exact: true }).inputValue()).toBe('the city');
        expect(await form().locator('input').count()).toBe(9);
    });

    it('asks for a required field once it is left empty, and hands out nothing while one is', async () => {
        const name = form().getByLabel("Client's full name", { exact: true });
        expect(await name.getAttribute('aria-required')).toBe('true');
        expect(await form().getByLabel('Length of the agreement, in weeks', { exact: true }).getAttribute('aria-required')).toBeNull();
        // A new form does not list what is still to do as errors.
        await expect.poll(() => studio.page.frameLocator('iframe[title="Agreement preview"]').locator('body').count()).toBe(1);
        expect(await describedBy("Client's full name")).toBe('');
        await name.focus();
        await studio.page.keyboard.press('Tab');
        await expect.poll(() => describedBy("Client's full name"), { timeout: 5_000 }).toContain('Fill this in');
        expect(await name.getAttribute('aria-invalid')).toBe('true');
        // "Download contract" points at the first field to fill in, and downloads nothing.
        let downloads = 0;
        studio.page.on('download', () => downloads++);
        await form().getByRole('button', { name: 'Download contract', exact: true }).click();
        await expect.poll(() => studio.page.getByRole('status').innerText(), { timeout: 5_000 }).toContain("Client's full name: Fill this in");
        await expect.poll(() => studio.page.evaluate(() => document.activeElement?.id)).toBe('param-clientName');
        expect(await describedBy('First day of the agreement')).toContain('Fill this in');
        expect(downloads).toBe(0);
        // The preview is live from the first field: a draft, the fields still empty in [brackets].
        await name.fill('Rosa Díaz');
        await expect.poll(previewText, { timeout: 5_000 }).toContain('Rosa Díaz');
        expect(await previewText()).toContain("[Case manager's full name]");
        expect(await previewText()).toMatch(/draft/i);
        // A value that a contract would read as a placeholder is refused beside its field.
        const area = form().getByLabel('Where the client wants to live', { exact: true });
        await area.fill('the {{north}} side');
        await expect.poll(() => describedBy('Where the client wants to live'), { timeout: 5_000 }).toContain('{{');
        await area.fill('the city');
        await expect.poll(() => describedBy('Where the client wants to live'), { timeout: 5_000 }).toBe('');
    });

    it('explains an invalid value beside its field, and previews the filled agreement', async () => {
        for (const [label, value] of Object.entries(VALUES)) {
            await form().getByLabel(label, { exact: true }).fill(value);
        }
        await expect.poll(previewText, { timeout: 5_000 }).toContain('Rosa Díaz');
        // What was typed stays while the other view is shown.
        await studio.page.getByRole('tab', { name: 'Write a contract' }).click();
        await studio.page.getByRole('tab', { name: 'Fill in a template' }).click();
        await expect.poll(() => studio.page.frameLocator('iframe[title="Agreement preview"]').locator('body').innerText({ timeout: 10_000 }), { timeout: 5_000 }).toContain('Rosa Díaz');
        expect(await form().getByLabel("Client's full name", { exact: true }).inputValue()).toBe('Rosa Díaz');
        const length = form().getByLabel('Length of the agreement, in weeks', { exact: true });
        await length.fill('0');
        await expect.poll(() => describedBy('Length of the agreement, in weeks'), { timeout: 5_000 }).toMatch(/\S/);
        expect(await length.getAttribute('aria-invalid')).toBe('true');
        await length.fill('16');
        await expect.poll(() => describedBy('Length of the agreement, in weeks'), { timeout: 5_000 }).toBe('');
        expect(await length.getAttribute('aria-invalid')).toBeNull();
    });

    it('downloads the filled agreement as a PDF', async () => {
        const [file] = await Promise.all([
            studio.page.waitForEvent('download', { timeout: 30_000 }),
            form().getByRole('button', { name: 'Download PDF', exact: true }).click()
        ]);
        expect(file.suggestedFilename()).toMatch(/\.pdf$/);
        expect(readFileSync((await file.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('downloads a contract from the template, importing its file, that validates', async () => {
        const [file] = await Promise.all([
            studio.page.waitForEvent('download', { timeout: 30_000 }),
            form().getByRole('button', { name: 'Download contract', exact: true }).click()
        ]);
        expect(file.suggestedFilename()).toMatch(/\.tandem$/);
        const text = readFileSync((await file.path())!, 'utf8');
        expect(text).toContain('import "lib/housing-template.tandem"');
        expect(text).toMatch(/contract \w+ .*from HousingSupport \{/);
        for (const name of ['clientName', 'clientPhone', 'workerName', 'start', 'length', 'meetings', 'area', 'housingBy', 'searchDue']) {
            expect(text).toMatch(new RegExp(`^\\s+${name} = `, 'm'));
        }
        expect(text).toContain('clientName = "Rosa Díaz"');
        expect(text).toContain('with its values filled in');
        expect(text).not.toContain('TODO');
        const saved = path.join(studio.folder, file.suggestedFilename());
        writeFileSync(saved, text);
        const result = runCli(['validate', saved]);
        expect(result.stdout).not.toMatch(/\serror\s/);
        expect(result.status).toBe(0);
    });

    it('raised no page errors and no Content-Security-Policy violations', () => {
        expect(studio.problems).toEqual([]);
    });
});
