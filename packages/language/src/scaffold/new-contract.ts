/**
 * The text of a new contract (`tandem new`, the editor's "New Contract from Template…"):
 * either a minimal valid agreement to fill in, or a contract `from` a template with a binding
 * line for every parameter. What it writes validates: example values are typed and marked for
 * the user to replace, and parameters with a default are shown as comments.
 */
import type { Param, Template } from '../generated/ast.js';
import { addDays, formatYmd } from '../model/calendar.js';

export interface NewContractOptions {
    /** The contract's name (a valid Tandem name). */
    readonly name: string;
    /** Today, as YYYY-MM-DD: the example start date. Defaults to today's UTC date. */
    readonly today?: string;
}

/** A Tandem name from a file name: `jane-doe housing.tandem` → `JaneDoeHousing`. */
export function contractNameFromFile(fileName: string): string {
    const base = fileName.replace(/^.*[\\/]/, '').replace(/\.tandem$/i, '');
    const words = base.split(/[^A-Za-z0-9]+/).filter(Boolean);
    let name = words.map(word => word.charAt(0).toUpperCase() + word.slice(1)).join('');
    if (!/^[A-Za-z_]/.test(name)) {
        name = `Contract${name}`;
    }
    return name || 'NewContract';
}

export function todayUtc(): string {
    const now = new Date();
    return formatYmd(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
}

const REPLACE = '// TODO: replace';

/** A minimal agreement that validates: every required section, with example text to replace. */
export function newContractText(options: NewContractOptions): string {
    const start = options.today ?? todayUtc();
    return `// A new helping agreement. Replace every example marked TODO, then check it with \`tandem validate\`.
contract ${options.name} "Service agreement" {
    agency "Your agency" { ${REPLACE}
        phone "Your agency's phone number"
        address "Your agency's address"
        hours "When your agency is open"
        crisis "Call or text 988, any time"
        complaints "How to make a complaint"
    }
    locale en
    purpose "Why you are working together, in plain words" ${REPLACE}

    parties {
        client Client "Client's full name" ${REPLACE}
        worker Worker "Your full name" title "Case manager" ${REPLACE}
    }

    duration {
        from ${start} for 12 weeks
        meet weekly for 12 sessions
    }

    contact-by phone, in-person ${REPLACE}

    goal First "The first goal you agree on" { ${REPLACE}
        measure "How you will both know it is met"
    }

    task ClientStep "What the client will do" { ${REPLACE}
        owner Client
        for First
    }

    task WorkerStep "What you will do" { ${REPLACE}
        owner Worker
        for First
    }

    confidentiality {
        limit safety
        limit abuse
        limit court-order
    }

    consent { ${REPLACE}
        benefits "How this help can help the client"
        risks "What may be hard"
        alternatives "Other help the client could choose"
        cost free
    }

    termination {
        when goals-met
        when period-ends
        when client-withdraws
        notice 2 weeks
    }

    sign Client, Worker
}
`;
}

export interface NewContractFromTemplateOptions extends NewContractOptions {
    readonly template: Template;
    /** The import path of the template's file, relative to the new contract's folder. */
    readonly importPath: string;
    /**
     * Values chosen for the parameters (e.g. typed into Studio's form), by name. When given,
     * every parameter is bound: to its value, else to its default; one without either gets an
     * example marked TODO.
     */
    readonly values?: ReadonlyMap<string, string>;
}

/** A contract `from` a template: the import, and a binding line for every parameter. */
export function newContractFromTemplateText(options: NewContractFromTemplateOptions): string {
    const start = options.today ?? todayUtc();
    const bindings = options.template.params.map(param => {
        const value = options.values?.get(param.name)?.trim();
        const chosen = value ? literalOf(param, value) : options.values ? param.default?.$cstNode?.text : undefined;
        return `    ${chosen !== undefined ? `${param.name} = ${chosen}` : bindingLine(param, start)}`;
    });
    const filledIn = options.values !== undefined && !bindings.some(line => line.includes(REPLACE));
    return [
        `import "${options.importPath}"`,
        '',
        filledIn
            ? `// An agreement from template ${options.template.name}, with its values filled in. Check it with \`tandem validate\`.`
            : `// A new agreement from template ${options.template.name}. Replace the values marked TODO, then check it with \`tandem validate\`.`,
        `contract ${options.name}${options.template.title !== undefined ? ` ${quote(options.template.title)}` : ''} from ${options.template.name} {`,
        ...bindings,
        '}',
        ''
    ].join('\n');
}

function bindingLine(param: Param, start: string): string {
    const about = `${param.type}${param.description !== undefined ? `: ${param.description.replace(/\s+/g, ' ')}` : ''}`;
    if (param.default) {
        const value = param.default.$cstNode?.text ?? '';
        return `// ${param.name} = ${value}  // ${about} (default ${value}; remove the first // to change it)`;
    }
    return `${param.name} = ${exampleValue(param, start)}  ${REPLACE} (${about})`;
}

/** A value as Tandem writes it for the parameter's type: text quoted, dates and numbers as they are. */
function literalOf(param: Param, value: string): string {
    return param.type === 'text' ? quote(value) : value;
}

function exampleValue(param: Param, start: string): string {
    switch (param.type) {
        case 'text':
            return quote(param.description ?? param.name);
        case 'date':
            return addDays(start, 0);
        case 'number':
            return '12';
    }
}

function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
