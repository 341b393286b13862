/**
 * Reads a PDF back with pdfjs-dist, as a screen reader or a search index would: the text of
 * each page, the structure tree's roles, the document's language and title.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ReadPdf {
    readonly pages: string[];
    readonly roles: string[];
    readonly language?: string;
    readonly title?: string;
    readonly creationDate?: string;
    readonly modDate?: string;
    /** Every value of the document information dictionary, as text. */
    readonly info: Record<string, unknown>;
}

interface StructNode {
    role?: string;
    children?: StructNode[];
}

function collectRoles(node: StructNode | null | undefined, into: string[]): void {
    if (!node) {
        return;
    }
    if (node.role) {
        into.push(node.role);
    }
    for (const child of node.children ?? []) {
        collectRoles(child, into);
    }
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
    const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 });
    const document = await task.promise;
    const pages: string[] = [];
    const roles: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        pages.push(content.items.map(item => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
        collectRoles(await page.getStructTree() as StructNode, roles);
    }
    const metadata = await document.getMetadata();
    const info = metadata.info as { Language?: string; Title?: string; CreationDate?: string; ModDate?: string };
    await task.destroy();
    return { pages, roles, language: info.Language, title: info.Title, creationDate: info.CreationDate, modDate: info.ModDate, info };
}
