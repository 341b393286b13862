/**
 * `tandem export --format json`: the contract's data (./contract-data.ts) as JSON, with the
 * `$schema` it follows and the `tandemVersion`, two-space indented and ending in a line break.
 * The same contract gives the same bytes.
 */
import type { EffectiveContract } from '@tandem/language';
import { CONTRACT_SCHEMA_ID, contractData, TANDEM_VERSION } from './contract-data.js';

export function writeContractJson(contract: EffectiveContract): string {
    return `${JSON.stringify({ $schema: CONTRACT_SCHEMA_ID, tandemVersion: TANDEM_VERSION, ...contractData(contract) }, null, 2)}\n`;
}
