/**
 * Code lens on each contract: "Preview agreement" (the client runs the command
 * `tandem.openPreview` with the document URI and the contract's name; docs/editor.md) and how
 * many goals and tasks the effective contract has.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { Model } from '../generated/ast.js';
import { isContract } from '../generated/ast.js';
import { goalsOf, tasksOf, templateOf } from '../ast-utils.js';
import { plural } from '../plural.js';
import { OPEN_PREVIEW_COMMAND } from './protocol.js';

export class TandemCodeLensProvider implements CodeLensProvider {

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[]> {
        const lenses: CodeLens[] = [];
        for (const declaration of (document.parseResult.value as Model).declarations ?? []) {
            if (!isContract(declaration) || !declaration.$cstNode || !declaration.name) {
                continue;
            }
            const line = declaration.$cstNode.range.start.line;
            const range = { start: { line, character: 0 }, end: { line, character: 0 } };
            lenses.push({
                range,
                command: { title: 'Preview agreement', command: OPEN_PREVIEW_COMMAND, arguments: [document.uri.toString(), declaration.name] }
            });
            const template = templateOf(declaration);
            const goals = goalsOf(declaration).length + (template ? goalsOf(template).length : 0);
            const tasks = tasksOf(declaration).length + (template ? tasksOf(template).length : 0);
            lenses.push({ range, command: { title: `${plural(goals, 'goal')} · ${plural(tasks, 'task')}`, command: '' } });
        }
        return lenses;
    }
}

