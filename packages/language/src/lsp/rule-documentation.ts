/**
 * Where each diagnostic code is explained: `docs/rules/<code>.md`. The server points the
 * editor there through each diagnostic's `codeDescription`: a `file:` URI of the repository's
 * docs when they are next to the server, else a stable https URL (docs/editor.md).
 */
import { URI } from 'langium';

/** The published copy of docs/rules/, used when the server runs without the repository's docs. */
export const PUBLISHED_RULES_URL = 'https://github.com/tandem-contracts/tandem/blob/v0.1/docs/rules/';

export class RuleDocumentation {
    private base = PUBLISHED_RULES_URL;

    /** Points the links at a local folder of rule pages (a path, e.g. `<repository>/docs/rules`). */
    useLocalFolder(folder: string): void {
        const uri = URI.file(folder).toString();
        this.base = uri.endsWith('/') ? uri : `${uri}/`;
    }

    /** The base every page's address starts with. */
    get baseUrl(): string {
        return this.base;
    }

    hrefFor(code: string): string {
        return `${this.base}${code}.md`;
    }
}
