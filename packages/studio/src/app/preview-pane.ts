/**
 * The Agreement preview: the rendered agreement in a sandboxed frame (no scripts run in it; it
 * inherits the page's Content-Security-Policy). Updates replace the frame's document and keep
 * the reader's scroll position.
 */
import { byId } from './dom.js';

export class PreviewPane {
    private readonly frame = byId<HTMLIFrameElement>('preview-frame');
    private readonly note = byId('preview-note');
    private shown = '';

    /** Shows an agreement (HTML), with a note above it (e.g. "Draft: 2 errors"). */
    show(html: string, note: string): void {
        this.note.textContent = note;
        if (html === this.shown) {
            return;
        }
        const scroll = this.frame.contentWindow?.scrollY ?? 0;
        this.shown = html;
        this.frame.addEventListener('load', () => this.frame.contentWindow?.scrollTo(0, scroll), { once: true });
        this.frame.srcdoc = html;
    }

    /** Says why there is no agreement to show. */
    explain(note: string): void {
        this.note.textContent = note;
        if (this.shown !== '') {
            this.shown = '';
            this.frame.srcdoc = '';
        }
    }
}
