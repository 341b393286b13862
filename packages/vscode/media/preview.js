// The preview's script, in the webview (also the page of changes of Compare with…). It shows
// what the extension sends: the agreement's HTML (rendered and escaped by @tandem/render,
// parsed with DOMParser, never run), the DRAFT banner (or Compare's notice) and the locale
// switch (set with textContent and option elements: no user text is ever read as markup).
// Clicking an element that carries a source position asks the extension to reveal it; the
// scroll position is kept across updates and restored when the page is rebuilt.
/* global acquireVsCodeApi, document, window, DOMParser */
(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    const agreement = document.getElementById('tandem-agreement');
    const draft = document.getElementById('tandem-draft');
    const message = document.getElementById('tandem-message');
    const locale = document.getElementById('tandem-locale');
    let state = vscode.getState() || { scrollY: 0, document: undefined };

    function showLocales(locales, current) {
        locale.replaceChildren();
        for (const entry of locales) {
            const option = document.createElement('option');
            option.value = entry.value;
            option.textContent = entry.label;
            option.selected = entry.value === current;
            locale.appendChild(option);
        }
    }

    function render(update) {
        const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${update.body}</body>`, 'text/html');
        for (const script of parsed.querySelectorAll('script')) {
            script.remove();
        }
        const sameDocument = state.document === update.document;
        agreement.replaceChildren(...Array.from(parsed.body.childNodes).map(node => document.adoptNode(node)));
        agreement.classList.remove('stale');
        agreement.dataset.contract = update.contract;
        if (update.errors > 0) {
            draft.textContent = `DRAFT: ${update.errors} ${update.errors === 1 ? 'error' : 'errors'} in ${update.contract}`;
            draft.hidden = false;
        } else if (update.notice) {
            // Compare with…: how many changes, and whether a new revision is missing (a warning).
            draft.textContent = update.notice.text;
            draft.hidden = false;
        } else {
            draft.textContent = '';
            draft.hidden = true;
        }
        draft.classList.toggle('notice', update.errors === 0 && Boolean(update.notice) && !update.notice.warning);
        message.textContent = '';
        message.hidden = true;
        showLocales(update.locales, update.locale);
        state = { scrollY: sameDocument ? state.scrollY : 0, document: update.document };
        window.scrollTo(0, state.scrollY);
        vscode.setState(state);
    }

    function fail(update) {
        message.textContent = update.message;
        message.hidden = false;
        agreement.classList.add('stale');
    }

    window.addEventListener('message', event => {
        const update = event.data;
        if (update.type === 'render') {
            render(update);
        } else if (update.type === 'error') {
            fail(update);
        }
    });

    let scrollTimer;
    window.addEventListener('scroll', () => {
        clearTimeout(scrollTimer);
        scrollTimer = setTimeout(() => {
            state = { ...state, scrollY: window.scrollY };
            vscode.setState(state);
        }, 100);
    });

    agreement.addEventListener('click', event => {
        const target = event.target instanceof window.Element ? event.target.closest('[data-source-line]') : null;
        if (!target) {
            return;
        }
        vscode.postMessage({
            type: 'reveal',
            line: Number(target.getAttribute('data-source-line')),
            column: Number(target.getAttribute('data-source-column')),
            origin: target.getAttribute('data-source-origin')
        });
    });

    locale.addEventListener('change', () => {
        vscode.postMessage({ type: 'locale', locale: locale.value });
    });

    vscode.postMessage({ type: 'ready' });
}());
