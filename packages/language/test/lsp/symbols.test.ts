/**
 * Hierarchical document symbols (an outline of each agreement) and workspace symbols (every
 * contract, template and declaration in the workspace).
 */
import { describe, expect, test } from 'vitest';
import { expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import type { DocumentSymbol } from 'vscode-languageserver';
import { buildFiles, CONTRACT, createLspServices, TEMPLATE } from './lsp-helpers.js';

const outline = (symbols: DocumentSymbol[], depth = 0): string[] =>
    symbols.flatMap(symbol => [`${'  '.repeat(depth)}${symbol.name}`, ...outline(symbol.children ?? [], depth + 1)]);

describe('document symbols', () => {
    test('an outline: agreement, parameters, sections with parties inside, goals, tasks', async () => {
        const { Tandem } = createLspServices();
        await expectSymbols(Tandem)({
            text: TEMPLATE,
            assert: symbols => expect(outline(symbols)).toEqual([
                'Housing',
                '  clientName', '  start', '  length',
                '  parties', '    Client', '    Worker',
                '  duration',
                '  Home', '  Search', '  Call',
                '  confidentiality', '  termination', '  sign'
            ])
        });
    });

    test('kinds and details', async () => {
        const { Tandem } = createLspServices();
        await expectSymbols(Tandem)({
            text: CONTRACT,
            assert: symbols => {
                expect(symbols[0]).toMatchObject({ name: 'Jane', detail: 'from Housing', kind: 5 });
                expect(symbols[0].children?.map(child => [child.name, child.kind, child.detail])).toEqual([
                    ['Income', 24, 'Apply for benefits'],
                    ['Forms', 6, 'Fill in the forms']
                ]);
            }
        });
    });
});

describe('workspace symbols', () => {
    test('contracts, templates and their declarations in every file', async () => {
        const services = createLspServices();
        await buildFiles(services, { '/ws/lib.tandem': TEMPLATE, '/ws/jane.tandem': CONTRACT });
        await expectWorkspaceSymbols(services.shared)({
            query: 'Income',
            expectedSymbols: ['Income']
        });
        await expectWorkspaceSymbols(services.shared)({
            query: '',
            assert: symbols => expect(symbols.map(symbol => `${symbol.containerName ?? ''}/${symbol.name}`).sort()).toEqual([
                '/Housing', '/Jane', 'Housing/Call', 'Housing/Client', 'Housing/Home', 'Housing/Search', 'Housing/Worker',
                'Housing/clientName', 'Housing/length', 'Housing/start', 'Jane/Forms', 'Jane/Income'
            ])
        });
    });
});
