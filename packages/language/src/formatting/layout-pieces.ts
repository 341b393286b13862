/**
 * What the formatter lays out: the text cut into pieces (tokens and comments, in order), each
 * with the part it plays in Tandem's layout, worked out from the grammar structure (the CST of
 * the parse). Whitespace is not a piece: the formatter decides what goes between two pieces.
 */
import type { AstNode, CstNode, LangiumCoreServices } from 'langium';
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode } from 'langium';

/**
 * - `open`, `close`: the braces of a block;
 * - `item`: the first token of an item of a block (a member, a party, a `measure` clause...);
 * - `inner`: any other token of an item;
 * - `lineComment`, `blockComment`: comments, kept as written (a line comment without its
 *   trailing whitespace).
 */
export type PieceRole = 'open' | 'close' | 'item' | 'inner' | 'lineComment' | 'blockComment';

export interface LayoutPiece {
    readonly role: PieceRole;
    /** Offset of the piece's first character in the text. */
    readonly start: number;
    /** Offset after the piece's last kept character. */
    readonly end: number;
    /** `,` and `:` follow the token before them without a space. */
    readonly attached: boolean;
    /** For braces: whether the block is laid out on several lines (written so, and not empty). */
    multiLine: boolean;
}

/**
 * Nodes whose children are each an item on a line of their own (in a multi-line block); the
 * file is the outermost block.
 */
const ITEM_CONTAINERS = new Set(['Model', 'Contract', 'Template', 'Agency', 'Parties', 'Duration', 'Confidentiality', 'Boundaries', 'Consent', 'Termination']);

/** Keywords that start a clause of a block that is not an AST node of its own. */
const CLAUSE_KEYWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
    Goal: new Set(['measure', 'by']),
    Task: new Set(['owner', 'for', 'due']),
    Termination: new Set(['notice', 'referral'])
};

const ATTACHED = new Set([',', ':']);

/** Value nodes, which belong to the clause they are in. */
const VALUE_TYPES = new Set(['NumberValue', 'DateValue']);

/**
 * The pieces of `text`, or `undefined` when it has a syntax error (a text that does not parse
 * is never formatted).
 */
export function collectLayoutPieces(services: LangiumCoreServices, text: string): LayoutPiece[] | undefined {
    const parseResult = services.parser.LangiumParser.parse(text);
    if (parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) {
        return undefined;
    }
    const itemStarts = findItemStarts(parseResult.value);
    const lexed = services.parser.Lexer.tokenize(text);
    const pieces: LayoutPiece[] = [];
    for (const token of lexed.tokens) {
        const image = token.image;
        const role: PieceRole = image === '{' ? 'open' : image === '}' ? 'close' : itemStarts.has(token.startOffset) ? 'item' : 'inner';
        pieces.push({ role, start: token.startOffset, end: token.startOffset + image.length, attached: ATTACHED.has(image), multiLine: false });
    }
    for (const token of lexed.hidden) {
        const image = token.image;
        if (image.startsWith('//')) {
            pieces.push({ role: 'lineComment', start: token.startOffset, end: token.startOffset + image.trimEnd().length, attached: false, multiLine: false });
        } else if (image.startsWith('/*')) {
            pieces.push({ role: 'blockComment', start: token.startOffset, end: token.startOffset + image.length, attached: false, multiLine: false });
        }
    }
    pieces.sort((a, b) => a.start - b.start);
    markMultiLineBlocks(pieces, text);
    return pieces;
}

function findItemStarts(root: AstNode): Set<number> {
    const starts = new Set<number>();
    for (const node of AstUtils.streamAst(root)) {
        const container = node.$container;
        // A value (`notice 2 weeks`, `notice length weeks`) is part of its clause, not an item.
        if (container && ITEM_CONTAINERS.has(container.$type) && !VALUE_TYPES.has(node.$type)) {
            const first = firstToken(node.$cstNode);
            if (first) {
                starts.add(first.offset);
            }
        }
    }
    if (root.$cstNode) {
        for (const leaf of CstUtils.streamCst(root.$cstNode)) {
            if (isLeafCstNode(leaf) && !leaf.hidden && GrammarAST.isKeyword(leaf.grammarSource)
                && CLAUSE_KEYWORDS[leaf.astNode.$type]?.has(leaf.grammarSource.value)) {
                starts.add(leaf.offset);
            }
        }
    }
    return starts;
}

function firstToken(node: CstNode | undefined): CstNode | undefined {
    if (!node) {
        return undefined;
    }
    for (const child of CstUtils.streamCst(node)) {
        if (isLeafCstNode(child) && !child.hidden) {
            return child;
        }
    }
    return undefined;
}

/** A block is multi-line when its braces are on different lines and something is between them. */
function markMultiLineBlocks(pieces: LayoutPiece[], text: string): void {
    const open: number[] = [];
    pieces.forEach((piece, index) => {
        if (piece.role === 'open') {
            open.push(index);
        } else if (piece.role === 'close') {
            const openIndex = open.pop();
            if (openIndex !== undefined) {
                const opening = pieces[openIndex];
                const multiLine = index > openIndex + 1 && /[\r\n]/.test(text.slice(opening.start, piece.end));
                opening.multiLine = multiLine;
                piece.multiLine = multiLine;
            }
        }
    });
}
