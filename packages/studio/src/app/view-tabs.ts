/**
 * The page's two views, "Write a contract" and "Fill in a template", as tabs (WAI-ARIA tabs
 * pattern: the arrow keys, Home and End move between the tabs; Tab goes into the panel). The
 * hidden panel is out of the accessibility tree, so each view's buttons are the only ones of
 * their name.
 */
import { byId } from './dom.js';

export type StudioView = 'write' | 'fill';

export class ViewTabs {
    private readonly tabs: Record<StudioView, HTMLButtonElement> = { write: byId('tab-write'), fill: byId('tab-fill') };
    private readonly panels: Record<StudioView, HTMLElement> = { write: byId('panel-write'), fill: byId('panel-fill') };
    private listeners: ((view: StudioView) => void)[] = [];
    current: StudioView = 'write';

    constructor() {
        for (const view of ['write', 'fill'] as const) {
            this.tabs[view].addEventListener('click', () => this.select(view));
            this.tabs[view].addEventListener('keydown', event => {
                const next = event.key === 'ArrowRight' || event.key === 'ArrowLeft' ? (view === 'write' ? 'fill' : 'write')
                    : event.key === 'Home' ? 'write' : event.key === 'End' ? 'fill' : undefined;
                if (next) {
                    event.preventDefault();
                    this.select(next);
                    this.tabs[next].focus();
                }
            });
        }
    }

    onChange(listener: (view: StudioView) => void): void {
        this.listeners.push(listener);
    }

    select(view: StudioView): void {
        for (const each of ['write', 'fill'] as const) {
            const selected = each === view;
            this.tabs[each].setAttribute('aria-selected', String(selected));
            this.tabs[each].tabIndex = selected ? 0 : -1;
            this.panels[each].hidden = !selected;
        }
        if (this.current !== view) {
            this.current = view;
            this.listeners.forEach(listener => listener(view));
        }
    }
}
