// Generates a benchmark workspace: templates in lib/ and contracts, some standalone, some
// `from` an imported template; realistic agreements of about 60 lines each.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const FIRST = ['Jane', 'Omar', 'Lucia', 'Kwame', 'Mei', 'Ravi', 'Ana', 'Tom', 'Fatima', 'Ivan'];
const LAST = ['Doe', 'Haddad', 'Garcia', 'Mensah', 'Chen', 'Patel', 'Silva', 'Brown', 'Diallo', 'Petrov'];

function date(dayOffset) {
    const d = new Date(Date.UTC(2026, 11, 1) + dayOffset * 86_400_000);
    return d.toISOString().slice(0, 10);
}

export function template(k) {
    return `// Standard agreement ${k}
template Standard${k} "Support agreement ${k}" {
    param clientName: text "Client's full name"
    param workerName: text "Worker's full name"
    param start: date "First day of the agreement"
    param length: number = 12 "Length in weeks"
    agency "Northside Family Services" {
        phone "555-0100"
        crisis "Call or text 988, any time"
        complaints "Ask for the program manager"
    }
    locale en
    purpose "Help {{clientName}} find a safe home and a steady income"
    parties {
        client Client "{{clientName}}"
        worker Worker "{{workerName}}" title "Case manager"
        supervisor Lead "Dana Ortiz" title "Clinical supervisor"
    }
    duration {
        from start for length weeks
        meet weekly on tuesday 10:00 for 50 minutes
        at "Northside office, room ${k}"
    }
    contact-by phone, text
    goal Housing "Move into a safe home" {
        measure "A signed lease"
    }
    goal Income "Have a steady income" {
        measure "Benefits or pay each month"
    }
    task Search "Look at rental ads each week" {
        owner Client
        for Housing
    }
    task Calls "Call landlords who take vouchers" {
        owner Worker
        for Housing
    }
    task Forms "Fill in the benefit forms" {
        owner Client, Worker
        for Income
    }
    confidentiality {
        share "attendance and progress" with Lead for "supervision"
        limit safety
        limit abuse
        limit court-order
    }
    boundaries {
        "We meet at the office or talk by phone in office hours."
    }
    consent {
        risks "Talking about money can be stressful"
        alternatives "The city housing office"
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

export function standalone(i) {
    const client = `${FIRST[i % 10]}${i}`;
    const start = i % 60;
    return `// Agreement ${i}
contract Agreement${i} "Housing support agreement" {
    agency "Northside Family Services" {
        phone "555-0100"
        address "12 Main Street, Northside"
        crisis "Call or text 988, any time"
        complaints "Ask for the program manager"
    }
    locale en
    purpose "Help ${FIRST[i % 10]} find a safe home and a job"
    parties {
        client ${client} "${FIRST[i % 10]} ${LAST[(i * 7) % 10]}" contact "555-01${String(i % 100).padStart(2, '0')}"
        worker Sam "Sam Lee" title "Case manager"
        supervisor Dana "Dana Ortiz" title "Clinical supervisor"
    }
    duration {
        from ${date(start)} to ${date(start + 89)}
        meet weekly on thursday 14:00 for 50 minutes for 10 sessions
        at "Northside office, room 2"
        review every 4 weeks
    }
    contact-by phone, email
    goal Housing "Move into a safe home" {
        measure "${FIRST[i % 10]} signs a lease"
        by ${date(start + 60)}
    }
    goal Work "Find a job" {
        measure "A job offer in writing"
        by ${date(start + 80)}
    }
    task Listings "Look at rental ads three times a week" {
        owner ${client}
        for Housing
        due ${date(start + 20)}
    }
    task Landlords "Call three landlords who take vouchers" {
        owner Sam
        for Housing
    }
    task Jobs "Apply for two jobs each week" {
        owner ${client}, Sam
        for Work
        due ${date(start + 70)}
    }
    confidentiality {
        share "attendance and progress" with Dana for "supervision"
        share "housing forms" with "City Housing Authority" for "the voucher" until ${date(start + 120)}
        limit safety
        limit abuse
        limit court-order
    }
    boundaries {
        "We meet at the office or talk by phone in office hours."
        "Sam does not accept gifts."
    }
    consent {
        benefits "A plan and help to find a home"
        risks "Talking about money can be stressful"
        alternatives "The city housing office"
        cost free
    }
    termination {
        when goals-met
        when period-ends
        when client-withdraws
        notice 2 weeks
        referral "Tenant support group at the community centre"
    }
    revision 1 on ${date(start)} "First version"
    revision 2 on ${date(start + 30)} "Added the job goal after the first review"
    sign ${client}, Sam
}
`;
}

export function fromTemplate(i, k) {
    return `import "lib/standard-${k}.tandem"

// Agreement ${i}, from a template
contract Agreement${i} "Support agreement" from Standard${k} {
    clientName = "${FIRST[i % 10]} ${LAST[(i * 3) % 10]}"
    workerName = "Sam Lee"
    start = ${date(i % 60)}
    length = 10
    goal Skills "Learn to cook simple meals" {
        measure "Cooks three meals a week"
    }
    task Class "Go to the cooking class" {
        owner Client
        for Skills
    }
    revision 1 on ${date(i % 60)} "First version"
}
`;
}

/** Writes the workspace; returns its files and line count. */
export function generateWorkspace(dir, { contracts = 1000, templates = 10, templateShare = 0.05 } = {}) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.join(dir, 'lib'), { recursive: true });
    const files = [];
    let lines = 0;
    const write = (name, text) => {
        const file = path.join(dir, name);
        writeFileSync(file, text);
        files.push(file);
        lines += text.split('\n').length - 1;
    };
    for (let k = 0; k < templates; k++) {
        write(`lib/standard-${k}.tandem`, template(k));
    }
    const every = Math.round(1 / templateShare);
    for (let i = 0; i < contracts; i++) {
        write(`agreement-${String(i).padStart(4, '0')}.tandem`, i % every === 0 ? fromTemplate(i, i % templates) : standalone(i));
    }
    return { files, lines };
}
