// Writes the bundled data rows (examples/data): 50 rows for each example template, as CSV and
// as JSON, deterministic. Run again after changing a template's parameters.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'examples/data');

const FIRST = ['Jane', 'Omar', 'Lucía', 'Kwame', 'Mei', 'Ravi', 'Ana', 'Tomás', 'Fatima', 'Ivan', 'Aisha', 'Noah', 'Chloé', 'Daniel', 'Hana'];
const LAST = ['Doe', 'Haddad', 'García', 'Mensah', 'Chen', 'Patel', 'Silva', 'Brown', 'Diallo', 'Petrov', 'Nguyen', "O'Brien", 'Müller', 'Kowalski', 'Okafor'];
const WORKERS = ['Sam Lee', 'Dana Ortiz', 'Priya Shah'];
const FOCUS = [
    'Feel less anxious at work',
    'Sleep better and worry less',
    'Talk with my family about how I feel',
    'Cope with the loss of my father',
    'Feel calmer when I am in crowds'
];
const AREAS = ['the city', 'the north side', 'near the school', 'close to my work'];

function date(offset) {
    return new Date(Date.UTC(2026, 11, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

function person(i) {
    return `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
}

const housing = Array.from({ length: 50 }, (_, i) => {
    const start = (i * 3) % 60;
    return {
        clientName: person(i),
        clientPhone: `555-01${String(i).padStart(2, '0')}`,
        workerName: WORKERS[i % WORKERS.length],
        start: date(start),
        length: i % 5 === 0 ? '' : String(12 + (i % 3) * 2),
        meetings: i % 5 === 0 ? '' : String(10 + (i % 3)),
        area: AREAS[i % AREAS.length],
        housingBy: date(start + 70),
        searchDue: date(start + 21)
    };
});

const counselling = Array.from({ length: 50 }, (_, i) => {
    const start = (i * 2) % 45;
    return {
        clientName: person(i + 3),
        counsellorName: WORKERS[(i + 1) % WORKERS.length],
        supervisorName: 'Dana Ortiz',
        start: date(start),
        length: i % 4 === 0 ? '' : '4',
        meetings: i % 4 === 0 ? '' : '12',
        focus: FOCUS[i % FOCUS.length],
        focusBy: date(start + 100)
    };
});

function csv(rows) {
    const columns = Object.keys(rows[0]);
    const cell = value => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    return `${[columns.join(','), ...rows.map(row => columns.map(column => cell(row[column])).join(','))].join('\n')}\n`;
}

function json(rows) {
    // Numbers as JSON numbers; an empty value leaves the key out, so the default applies.
    const typed = rows.map(row => Object.fromEntries(Object.entries(row)
        .filter(([, value]) => value !== '')
        .map(([key, value]) => [key, /^\d+$/.test(value) ? Number(value) : value])));
    return `${JSON.stringify(typed, null, 2)}\n`;
}

writeFileSync(path.join(out, 'housing-rows.csv'), csv(housing));
writeFileSync(path.join(out, 'housing-rows.json'), json(housing));
writeFileSync(path.join(out, 'counselling-rows.csv'), csv(counselling));
writeFileSync(path.join(out, 'counselling-rows.json'), json(counselling));
console.log(`Wrote 4 files to ${path.relative(process.cwd(), out) || out}`);
