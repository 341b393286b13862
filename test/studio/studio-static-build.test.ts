/**
 * The static build (packages/studio/dist) on any web server, as on an agency's intranet: no
 * files API, so the page starts from a new contract and opens files through the browser — a
 * folder with the File System Access API (saved in place), else files uploaded (saved as
 * downloads). Its Content-Security-Policy is in the page itself, with no inline scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../cli/run-cli.js';
import type { StudioSession } from './studio-session.js';
import { openStudio, STUDIO_DIST } from './studio-session.js';

let studio: StudioSession;

beforeAll(async () => {
    studio = await openStudio({ staticBuild: true });
});

afterAll(async () => {
    await studio?.close();
});

function problemsText(): Promise<string> {
    return studio.page.getByRole('region', { name: 'Problems' }).innerText();
}

describe('Tandem Studio: the static build', () => {
    it('carries its Content-Security-Policy, with no inline scripts', () => {
        const html = readFileSync(path.join(STUDIO_DIST, 'index.html'), 'utf8');
        const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
        const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
        expect(scriptSrc.trim()).toBe("'self'");
        expect(policy).not.toContain('unsafe-eval');
        expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    });

    it('starts from a new contract that validates, checked in the browser', async () => {
        await expect.poll(() => studio.page.locator('#editor-file').textContent()).toBe('new-contract.tandem');
        await expect.poll(() => studio.page.locator('#problems').getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
        expect(await problemsText()).not.toMatch(/\berror\b/i);
        await studio.page.getByRole('textbox', { name: 'Contract editor' }).click();
        await studio.page.keyboard.press('Control+End');
        await studio.page.keyboard.type('\nzzz');
        await expect.poll(problemsText, { timeout: 5_000 }).toContain('syntax');
    });

    it('opens uploaded files and saves one as a download', async () => {
        const { page } = studio;
        const examples = path.join(REPO, 'examples');
        const files = readdirSync(examples).filter(name => name.endsWith('.tandem')).map(name => path.join(examples, name));
        // The new contract has changes that are not saved: opening other files asks first.
        const asked = new Promise<string>(resolve => page.once('dialog', dialog => {
            resolve(dialog.message());
            void dialog.accept();
        }));
        await page.locator('#open-files').setInputFiles(files);
        expect(await asked).toContain('not saved');
        await page.getByRole('navigation', { name: 'Files' }).getByRole('button', { name: 'housing-support.tandem' }).waitFor({ timeout: 10_000 });
        await page.getByRole('navigation', { name: 'Files' }).getByRole('button', { name: 'housing-support.tandem' }).click();
        await expect.poll(() => page.frameLocator('iframe[title="Agreement preview"]').locator('body').innerText(), { timeout: 10_000 }).toContain('Housing');
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save', exact: true }).click()]);
        expect(download.suggestedFilename()).toBe('housing-support.tandem');
        expect(readFileSync((await download.path())!, 'utf8')).toBe(readFileSync(path.join(examples, 'housing-support.tandem'), 'utf8'));
    });

    it('opens an uploaded folder (browsers without the File System Access API), imports and all', async () => {
        const { page } = studio;
        await page.locator('#open-folder-files').setInputFiles(path.join(REPO, 'examples'));
        await page.getByRole('navigation', { name: 'Files' }).getByRole('button', { name: 'lib/housing-template.tandem' }).waitFor({ timeout: 10_000 });
        await expect.poll(() => page.locator('#folder-name').textContent()).toBe('examples');
        await page.getByRole('navigation', { name: 'Files' }).getByRole('button', { name: 'from-template-housing.tandem' }).click();
        await expect.poll(() => page.frameLocator('iframe[title="Agreement preview"]').locator('body').innerText(), { timeout: 10_000 }).toContain('Samuel Kim');
        expect(await page.getByRole('region', { name: 'Problems' }).innerText()).not.toContain('unresolved');
    });

    it('opens a folder with the File System Access API and saves into it', async () => {
        const { page } = studio;
        // The browser's own file system (origin-private) stands in for the folder the user picks.
        const template = readFileSync(path.join(REPO, 'examples/lib/housing-template.tandem'), 'utf8');
        const contract = readFileSync(path.join(REPO, 'examples/from-template-housing.tandem'), 'utf8');
        await page.evaluate(async ({ template, contract }) => {
            const root = await navigator.storage.getDirectory();
            const lib = await root.getDirectoryHandle('lib', { create: true });
            for (const [folder, name, text] of [[lib, 'housing-template.tandem', template], [root, 'from-template-housing.tandem', contract]] as const) {
                const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
                await writable.write(text);
                await writable.close();
            }
            (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = () => navigator.storage.getDirectory();
        }, { template, contract });
        await page.getByRole('button', { name: 'Open folder' }).click();
        // The folder's two files, and nothing of the folder opened before.
        await expect.poll(() => page.getByRole('navigation', { name: 'Files' }).getByRole('button').allInnerTexts(), { timeout: 10_000 })
            .toEqual(['from-template-housing.tandem', 'lib/housing-template.tandem']);
        await expect.poll(() => page.locator('#app').getAttribute('aria-busy')).toBe('false');
        await expect.poll(() => page.locator('#editor-file').textContent()).toBe('from-template-housing.tandem');
        await expect.poll(() => page.frameLocator('iframe[title="Agreement preview"]').locator('body').innerText(), { timeout: 10_000 }).toContain('Samuel Kim');
        await page.getByRole('textbox', { name: 'Contract editor' }).click();
        await page.keyboard.press('Control+Home');
        await page.keyboard.insertText('// Checked by the team lead.\n');
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        await expect.poll(() => page.evaluate(async () => {
            const root = await navigator.storage.getDirectory();
            return (await (await root.getFileHandle('from-template-housing.tandem')).getFile()).text();
        }), { timeout: 5_000 }).toBe(`// Checked by the team lead.\n${contract}`);
    });

    it('raised no page errors and no Content-Security-Policy violations', () => {
        expect(studio.problems).toEqual([]);
    });
});
