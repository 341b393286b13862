/**
 * "1 file", "2 files": the one English count-and-noun helper of the messages (the command line's
 * summaries, batch's, the code lens). Agreements are worded by the renderer's locale files.
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}
