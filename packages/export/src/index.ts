/**
 * @tandem/export: a contract as data for other systems and for re-signing. The effective
 * contract as plain data (`contractData`), as JSON (`writeContractJson`), as iCalendar
 * (`writeICalendar`), as a FHIR R4 bundle (`buildFhirBundle`), and what changed between two
 * versions (`diffContracts`).
 */
export * from './contract-data.js';
export * from './contract-json.js';
export * from './calendar/icalendar.js';
export * from './fhir/fhir-bundle.js';
export * from './diff/contract-diff.js';
export * from './diff/changes-page.js';
export * from './diff/diff-text.js';
