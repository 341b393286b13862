/**
 * Hostile names from data never escape the output folder or collide.
 */
import { describe, expect, it } from 'vitest';
import { FileNameAllocator, safeBaseName } from '../src/output/safe-file-names.js';

describe('safe file names', () => {
    it('removes path separators, `..`, control characters and leading dots', () => {
        expect(safeBaseName('../../etc/x')).toBe('etc-x');
        expect(safeBaseName('/abs')).toBe('abs');
        expect(safeBaseName('C:\\Windows\\win.ini')).toBe('C--Windows-win.ini');
        expect(safeBaseName('.hidden')).toBe('hidden');
        expect(safeBaseName('Jane\u0000\u001b[31m Doe')).toBe('Jane[31m Doe');
        expect(safeBaseName('Ana María Núñez')).toBe('Ana María Núñez');
    });

    it('removes invisible characters (zero-width space, a bidi override that disguises an extension) but keeps joiners', () => {
        expect(safeBaseName('Jane\u200b Doe\ufeff')).toBe('Jane Doe');
        expect(safeBaseName('invoice\u202efdp.exe')).toBe('invoicefdp.exe');
        expect(safeBaseName('محمد\u200cرضا')).toBe('محمد\u200cرضا');
    });

    it('renames names Windows reserves, and refuses names with nothing usable', () => {
        expect(safeBaseName('con')).toBe('_con');
        expect(safeBaseName('LPT1.txt')).toBe('_LPT1.txt');
        expect(safeBaseName('')).toBeUndefined();
        expect(safeBaseName(' ... ')).toBeUndefined();
        expect(safeBaseName('/')).toBeUndefined();
    });

    it('shortens over-long names to at most 120 bytes of UTF-8', () => {
        const name = safeBaseName('a'.repeat(300))!;
        expect(name).toBe('a'.repeat(120));
        expect(Buffer.byteLength(safeBaseName('é'.repeat(300))!)).toBeLessThanOrEqual(120);
    });

    it('gives two rows with the same name distinct names, and says so', () => {
        const names = new FileNameAllocator();
        expect(names.allocate(1, 'pdf', 'Jane Doe')).toEqual({ fileName: 'Jane Doe.pdf' });
        expect(names.allocate(2, 'pdf', 'jane doe')).toEqual({ fileName: 'jane doe-2.pdf', renamed: expect.stringContaining('already') });
        expect(names.allocate(3, 'pdf', '')).toEqual({ fileName: 'row-00003.pdf', renamed: expect.stringContaining('nothing usable') });
        expect(names.allocate(4, 'pdf').fileName).toBe('row-00004.pdf');
        expect(names.allocate(5, 'pdf', '../../etc/passwd').fileName).toBe('etc-passwd.pdf');
    });
});
