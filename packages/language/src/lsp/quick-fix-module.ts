/**
 * Quick fixes (code actions) for Tandem's diagnostics.
 */
import type { Module } from 'langium';
import type { PartialLangiumLSPServices } from 'langium/lsp';
import type { TandemLspServices } from './tandem-lsp-module.js';

export const QuickFixModule: Module<TandemLspServices, PartialLangiumLSPServices> = {};
