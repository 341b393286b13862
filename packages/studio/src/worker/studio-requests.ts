/**
 * Studio's own requests, answered by the language worker (declared in ../shared/studio-protocol.ts):
 * downloads of an open contract in the CLI's formats (the same bytes as `tandem render`: the
 * language server's `renderOpenContract`), the templates of the folder with their parameters,
 * and a template filled from the form: its values checked as a row of data is (`checkRow`: each
 * problem on the parameter at fault), the filled agreement rendered, and the contract text that
 * `tandem new` would write, with the values bound.
 */
import type { LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { AstUtils, DocumentState, URI } from 'langium';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Model, Template } from '@tandem/language';
import { checkRow, isTemplate, isTextValue, newContractFromTemplateText, newContractText, todayUtc } from '@tandem/language';
import type { TandemLspServices } from '@tandem/language/lsp';
import { renderOpenContract } from '@tandem/language-server/preview';
import type { RenderFormat } from '@tandem/render/browser';
import { availableLocales, loadLocale, renderContract } from '@tandem/render/browser';
import type {
    DownloadFormat, FillParams, FillProblem, FillResult, RenderedFile, RenderParams, StartupResult, TemplateSummary, TemplatesResult
} from '../shared/studio-protocol.js';
import { FILL_REQUEST, RENDER_REQUEST, STARTUP_REQUEST, studioPath, studioUri, TEMPLATES_REQUEST } from '../shared/studio-protocol.js';

const MIME_TYPES: Record<DownloadFormat, string> = {
    html: 'text/html',
    pdf: 'application/pdf',
    docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
};

export function addStudioRequests(connection: Connection, shared: LangiumSharedServices, Tandem: TandemLspServices): void {
    connection.onRequest(STARTUP_REQUEST, (): StartupResult => ({
        locales: availableLocales().map(code => ({ code, name: loadLocale(code).info.name })),
        newContractText: newContractText({ name: 'NewContract' })
    }));
    connection.onRequest(RENDER_REQUEST, async (params: RenderParams, cancelToken: CancellationToken): Promise<RenderedFile> => {
        const format = checkedFormat(params?.format);
        const rendered = await renderOpenContract(shared, Tandem, params, { format }, cancelToken);
        return renderedFile(rendered.bytes, rendered.contract, format);
    });
    connection.onRequest(TEMPLATES_REQUEST, async (_params: unknown, cancelToken: CancellationToken): Promise<TemplatesResult> => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked, cancelToken);
        return shared.workspace.WorkspaceLock.read(() => ({ templates: templatesOf(shared) }));
    });
    connection.onRequest(FILL_REQUEST, async (params: FillParams, cancelToken: CancellationToken): Promise<FillResult> => {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked, cancelToken);
        const template = await shared.workspace.WorkspaceLock.read(() => findTemplate(shared, params));
        return fill(template, params, Tandem);
    });
}

/** The values given, and a stand-in for each value missing (for a draft preview only). */
function withStandIns(template: Template, given: ReadonlyMap<string, string>): Map<string, string> {
    const values = new Map(given);
    for (const param of template.params) {
        if (!values.has(param.name) && !param.default) {
            values.set(param.name, param.type === 'text' ? `[${param.description ?? param.name}]` : param.type === 'date' ? todayUtc() : '1');
        }
    }
    return values;
}

function checkedFormat(format: unknown): DownloadFormat {
    if (format !== 'html' && format !== 'pdf' && format !== 'docx') {
        throw new ResponseError(ErrorCodes.InvalidParams, `Unknown download format ${JSON.stringify(format)}: html, pdf or docx.`);
    }
    return format;
}

function renderedFile(bytes: Uint8Array, name: string, format: DownloadFormat): RenderedFile {
    return { base64: base64Of(bytes), fileName: `${name}.${format}`, mimeType: MIME_TYPES[format] };
}

function base64Of(bytes: Uint8Array): string {
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return btoa(binary);
}

function tandemDocuments(shared: LangiumSharedServices): LangiumDocument<Model>[] {
    return shared.workspace.LangiumDocuments.all
        .filter(document => studioPath(document.uri.toString())?.endsWith('.tandem'))
        .toArray() as LangiumDocument<Model>[];
}

/** The folder's templates, by file then name. */
function templatesOf(shared: LangiumSharedServices): TemplateSummary[] {
    const templates: TemplateSummary[] = [];
    for (const document of tandemDocuments(shared)) {
        const path = studioPath(document.uri.toString())!;
        for (const declaration of document.parseResult.value.declarations ?? []) {
            if (isTemplate(declaration)) {
                templates.push({
                    name: declaration.name,
                    title: declaration.title,
                    path,
                    params: declaration.params.map(param => ({
                        name: param.name,
                        type: param.type,
                        description: param.description,
                        defaultValue: param.default === undefined ? undefined
                            : isTextValue(param.default) ? param.default.text : param.default.$cstNode?.text
                    }))
                });
            }
        }
    }
    return templates.sort((a, b) => compare(a.path, b.path) || compare(a.name, b.name));
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function findTemplate(shared: LangiumSharedServices, params: FillParams): Template {
    const uri = URI.parse(studioUri(String(params?.path ?? '')));
    const document = shared.workspace.LangiumDocuments.getDocument(uri) as LangiumDocument<Model> | undefined;
    const template = document?.parseResult.value.declarations?.find(declaration => isTemplate(declaration) && declaration.name === params.template);
    if (!template || !isTemplate(template)) {
        throw new ResponseError(ErrorCodes.InvalidParams, `No template \`${params?.template}\` in ${params?.path}.`);
    }
    return template;
}

async function fill(template: Template, params: FillParams, Tandem: TandemLspServices): Promise<FillResult> {
    const given = new Map<string, string>();
    for (const param of template.params) {
        const value = params.values?.[param.name];
        if (typeof value === 'string' && value.trim() !== '') {
            given.set(param.name, value.trim());
        }
    }
    const name = `${template.name}Contract`;
    const checked = checkRow(template, given, { row: 1 }, name);
    const problems: FillProblem[] = checked.problems.map(problem => ({
        param: problem.column, code: problem.code, severity: problem.severity === 'hint' ? 'info' : problem.severity, message: problem.message
    }));
    for (const param of template.params) {
        if (param.type === 'text' && given.get(param.name)?.includes('{{')) {
            // A row's value is only data, but a binding's text would start a placeholder.
            problems.push({ param: param.name, code: 'unknown-placeholder', severity: 'error', message: 'A value cannot contain "{{": in a contract it starts a placeholder. Write it another way.' });
        }
    }
    // While only values are missing, the preview shows the agreement with stand-ins for them
    // (the field's label in brackets; today for a date; 1 for a number): a draft, never downloaded.
    const missing = checked.problems.filter(problem => problem.code === 'missing-binding');
    const preview = checked.contract ?? (missing.length === checked.problems.filter(problem => problem.severity === 'error').length
        ? checkRow(template, withStandIns(template, given), { row: 1 }, name).contract : undefined);
    const templatePath = studioPath(AstUtils.getDocument(template).uri.toString()) ?? '';
    const contractText = newContractFromTemplateText({ name, template, importPath: templatePath, values: given });
    const result: { html?: string, file?: RenderedFile } = {};
    if (preview) {
        const workspace = Tandem.workspace.SettingsManager.workspaceSettings;
        const locale = params.locale ?? (preview.locale.location ? undefined : workspace.locale);
        const draft = problems.some(problem => problem.severity === 'error');
        const render = (format: RenderFormat) => renderContract(preview, { format, locale, paper: workspace.paper, draft });
        result.html = new TextDecoder().decode(await render('html'));
        if (params.format && preview === checked.contract) {
            const format = checkedFormat(params.format);
            result.file = renderedFile(await render(format), name, format);
        }
    }
    return { problems, ...result, contractText, contractFileName: `${name}.tandem` };
}
