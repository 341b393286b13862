/**
 * Snippets (LSP snippet syntax) for each section and for a whole new contract or template,
 * offered by completion where they may start.
 */

export interface Snippet {
    /** The keyword the snippet starts with (what the user types to find it). */
    readonly keyword: string;
    readonly label: string;
    readonly detail: string;
    readonly body: string;
}

export const SECTION_SNIPPETS: readonly Snippet[] = [
    {
        keyword: 'agency', label: 'agency "…" { … }', detail: 'The agency that offers the service, and how to reach it',
        body: 'agency "${1:Agency name}" {\n\tphone "${2:Agency phone}"\n\tcrisis "${3:Call or text 988, any time}"\n\tcomplaints "${4:How to make a complaint}"\n}'
    },
    { keyword: 'locale', label: 'locale …', detail: 'The language of the agreement', body: 'locale ${1|en,es|}' },
    { keyword: 'purpose', label: 'purpose "…"', detail: 'Why we are working together', body: 'purpose "${1:Why the service is offered}"' },
    {
        keyword: 'parties', label: 'parties { … }', detail: 'Who takes part: at least a client and a worker',
        body: 'parties {\n\tclient ${1:Client} "${2:Client name}"\n\tworker ${3:Worker} "${4:Worker name}" title "${5:Case manager}"\n}'
    },
    {
        keyword: 'duration', label: 'duration { … }', detail: 'How long we work together',
        body: 'duration {\n\tfrom ${1:2026-12-01} for ${2:12} ${3|weeks,months,days|}\n\tmeet ${4|weekly,fortnightly,twice-weekly,daily,monthly|}\n}'
    },
    { keyword: 'contact-by', label: 'contact-by …', detail: 'How the worker may get in touch', body: 'contact-by ${1|phone,in-person,text,email,video|}' },
    {
        keyword: 'goal', label: 'goal … { … }', detail: 'An agreed-upon goal with a measure of success',
        body: 'goal ${1:Name} "${2:What we want to achieve}" {\n\tmeasure "${3:How we will know}"\n\tby ${4:2027-02-01}\n}'
    },
    {
        keyword: 'task', label: 'task … { … }', detail: 'Who does what, for which goal',
        body: 'task ${1:Name} "${2:What will be done}" {\n\towner ${3:Owner}\n\tfor ${4:Goal}\n}'
    },
    {
        keyword: 'confidentiality', label: 'confidentiality { … }', detail: 'What stays private, and its limits',
        body: 'confidentiality {\n\tshare "${1:information}" with ${2:Party} for "${3:purpose}"\n\tlimit safety\n\tlimit abuse\n}'
    },
    { keyword: 'boundaries', label: 'boundaries { … }', detail: 'How we work together', body: 'boundaries {\n\t"${1:We meet at the office during office hours.}"\n}' },
    {
        keyword: 'consent', label: 'consent { … }', detail: 'What the client must hear before agreeing',
        body: 'consent {\n\tbenefits "${1:How this help can help}"\n\trisks "${2:What may be hard}"\n\talternatives "${3:Other help the client could choose}"\n\tcost ${4|free,"..."|}\n}'
    },
    {
        keyword: 'termination', label: 'termination { … }', detail: 'How the agreement ends',
        body: 'termination {\n\twhen goals-met\n\twhen period-ends\n\twhen client-withdraws\n\tnotice ${1:2} weeks\n}'
    },
    { keyword: 'revision', label: 'revision … on …', detail: 'A change to the agreement', body: 'revision ${1:2} on ${2:2027-01-05} "${3:What changed}"' },
    { keyword: 'sign', label: 'sign …', detail: 'Who signs: the client and the worker', body: 'sign ${1:Client}, ${2:Worker}' }
];

export const CONTRACT_SNIPPET: Snippet = {
    keyword: 'contract',
    label: 'contract … { … }',
    detail: 'A whole new contract',
    body: [
        'contract ${1:Name} "${2:Title}" {',
        '\tagency "${3:Agency name}" {',
        '\t\tphone "${18:Agency phone}"',
        '\t\tcrisis "${19:Call or text 988, any time}"',
        '\t\tcomplaints "${20:How to make a complaint}"',
        '\t}',
        '\tpurpose "${21:Why we are working together}"',
        '\tparties {',
        '\t\tclient ${4:Client} "${5:Client name}"',
        '\t\tworker ${6:Worker} "${7:Worker name}" title "${8:Case manager}"',
        '\t}',
        '\tduration {',
        '\t\tfrom ${9:2026-12-01} for ${10:12} weeks',
        '\t\tmeet weekly',
        '\t}',
        '\tcontact-by ${22|phone,in-person,text,email,video|}',
        '\tgoal ${11:Goal} "${12:What we want to achieve}" {',
        '\t\tmeasure "${13:How we will know}"',
        '\t}',
        '\ttask ${14:ClientTask} "${15:What the client will do}" {',
        '\t\towner ${4}',
        '\t\tfor ${11}',
        '\t}',
        '\ttask ${16:WorkerTask} "${17:What the worker will do}" {',
        '\t\towner ${6}',
        '\t\tfor ${11}',
        '\t}',
        '\tconfidentiality {',
        '\t\tlimit safety',
        '\t\tlimit abuse',
        '\t}',
        '\tconsent {',
        '\t\tbenefits "${23:How this help can help}"',
        '\t\trisks "${24:What may be hard}"',
        '\t\talternatives "${25:Other help the client could choose}"',
        '\t\tcost free',
        '\t}',
        '\ttermination {',
        '\t\twhen goals-met',
        '\t\twhen period-ends',
        '\t\twhen client-withdraws',
        '\t\tnotice ${26:2} weeks',
        '\t}',
        '\tsign ${4}, ${6}',
        '}'
    ].join('\n')
};

export const TEMPLATE_SNIPPET: Snippet = {
    keyword: 'template',
    label: 'template … { … }',
    detail: 'A new template with parameters',
    body: [
        'template ${1:Name} "${2:Title}" {',
        '\tparam clientName: text "Client\'s full name"',
        '\tparam start: date "First day"',
        '\tparam length: number = 12 "Length in weeks"',
        '\tparties {',
        '\t\tclient Client "{{clientName}}"',
        '\t\tworker Worker "${3:Worker name}"',
        '\t}',
        '\tduration { from start for length weeks  meet weekly }',
        '\t$0',
        '\tsign Client, Worker',
        '}'
    ].join('\n')
};
