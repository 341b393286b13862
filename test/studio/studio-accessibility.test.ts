/**
 * Studio is usable by keyboard and screen reader and on a phone: no serious or critical axe-core
 * violation in either view, every control reached with Tab and none that keeps the focus (the
 * Contract editor included), and at 360 px wide one column, with the preview below the editor
 * and nothing wider than the screen.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudioSession } from './studio-session.js';
import { openStudio } from './studio-session.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let studio: StudioSession;

beforeAll(async () => {
    studio = await openStudio();
});

afterAll(async () => {
    await studio?.close();
});

/** Serious and critical violations (axe runs through the debugger protocol, which the page's CSP does not restrict). */
async function seriousViolations(session: StudioSession): Promise<string[]> {
    await session.page.evaluate(AXE);
    const result = await session.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string, impact: string, help: string, nodes: { target: unknown }[] }[] }> } }).axe;
        return axe.run(document, { resultTypes: ['violations'] });
    });
    return result.violations
        .filter(violation => violation.impact === 'serious' || violation.impact === 'critical')
        .map(violation => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(violation.nodes.map(node => node.target))}`);
}

/** Describes the focused element: its role-ish tag and accessible name. */
function focused(session: StudioSession): Promise<string> {
    return session.page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        if (!active || active === document.body) {
            return 'body';
        }
        const label = active.getAttribute('aria-label') ?? (active.id ? document.querySelector(`label[for="${active.id}"]`)?.textContent : null) ?? active.textContent ?? '';
        return `${active.tagName.toLowerCase()}:${label.trim().replace(/\s+/g, ' ').slice(0, 60)}`;
    });
}

describe('Tandem Studio: accessible and usable', () => {
    it('has no serious or critical axe-core violations in either view', async () => {
        await expect.poll(() => studio.page.locator('#problems').getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
        expect(await seriousViolations(studio)).toEqual([]);
        // With problems listed (and their quick fixes) and underlined in the editor.
        await studio.page.getByRole('textbox', { name: 'Contract editor' }).click();
        await studio.page.keyboard.press('Control+End');
        await studio.page.keyboard.type('\ntask Loose "A task with no owner" { }');
        await expect.poll(() => studio.page.getByRole('region', { name: 'Problems' }).getByRole('listitem').count(), { timeout: 5_000 }).toBeGreaterThan(0);
        expect(await seriousViolations(studio)).toEqual([]);
        for (let undo = 0; undo < 40 && (await studio.page.getByRole('region', { name: 'Problems' }).getByRole('listitem').count()) > 0; undo++) {
            await studio.page.keyboard.press('Control+z');
            await studio.page.waitForTimeout(50);
        }
        await studio.page.getByRole('tab', { name: 'Fill in a template' }).click();
        await studio.page.getByRole('form', { name: 'Fill in the template' }).getByRole('combobox', { name: 'Template' }).waitFor();
        await expect.poll(() => studio.page.locator('#template-fields input').count(), { timeout: 10_000 }).toBeGreaterThan(0);
        expect(await seriousViolations(studio)).toEqual([]);
        await studio.page.getByRole('tab', { name: 'Write a contract' }).click();
    });

    it('reaches every control with the keyboard, and lets the focus leave the editor', async () => {
        const { page } = studio;
        await page.locator('body').click({ position: { x: 1, y: 1 } });
        const seen: string[] = [];
        for (let step = 0; step < 60; step++) {
            await page.keyboard.press('Tab');
            seen.push(await focused(studio));
        }
        const reached = seen.join('\n');
        for (const name of ['select:Language', 'button:Write a contract', 'button:Save', 'button:Download PDF', 'button:Download DOCX', 'button:Download HTML', 'div:Contract editor', 'button:housing-support.tandem']) {
            expect(reached).toContain(name);
        }
        // The editor does not keep the focus: the next Tab goes on to the next control.
        const inEditor = seen.indexOf('div:Contract editor');
        expect(seen[inEditor + 1]).not.toBe('div:Contract editor');
        // And the focus comes round again: no trap anywhere.
        expect(seen.filter(entry => entry === 'select:Language').length).toBeGreaterThan(1);

        // The other view by the arrow keys of the tabs, then its form's controls.
        await page.getByRole('tab', { name: 'Write a contract' }).focus();
        await page.keyboard.press('ArrowRight');
        expect(await focused(studio)).toBe('button:Fill in a template');
        const form: string[] = [];
        for (let step = 0; step < 80 && !form.includes('button:Download contract'); step++) {
            await page.keyboard.press('Tab');
            form.push(await focused(studio));
        }
        for (const name of ['select:Template', 'input:Client\'s full name', 'button:Download PDF', 'button:Download contract']) {
            expect(form.join('\n')).toContain(name);
        }
        await page.keyboard.press('Escape');
        await page.getByRole('tab', { name: 'Write a contract' }).click();
    });

    it('works at 360 px wide: one column, the preview below the editor', async () => {
        const { page } = studio;
        await page.setViewportSize({ width: 360, height: 800 });
        try {
            await page.getByRole('textbox', { name: 'Contract editor' }).waitFor();
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            expect(width).toBeLessThanOrEqual(360);
            const editor = (await page.locator('#editor').boundingBox())!;
            const preview = (await page.getByRole('region', { name: 'Agreement preview' }).boundingBox())!;
            expect(preview.y).toBeGreaterThanOrEqual(editor.y + editor.height);
            expect(preview.width).toBeLessThanOrEqual(360);
            for (const name of ['Save', 'Download PDF', 'Download DOCX', 'Download HTML']) {
                const button = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
                expect(button.x + button.width).toBeLessThanOrEqual(360);
            }
            // Typing still works, and its problems show.
            await page.getByRole('textbox', { name: 'Contract editor' }).click();
            await page.keyboard.press('Control+End');
            await page.keyboard.type('\nzzz');
            await expect.poll(() => page.getByRole('region', { name: 'Problems' }).innerText(), { timeout: 5_000 }).toContain('syntax');
            await page.keyboard.press('Control+z');
        } finally {
            await page.setViewportSize({ width: 1400, height: 900 });
        }
    });

    it('raised no page errors and no Content-Security-Policy violations', () => {
        expect(studio.problems).toEqual([]);
    });
});
