/**
 * Server-side editor services: diagnostics with code descriptions, settings, preview, code lens.
 */
import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumLSPServices, PartialLangiumSharedLSPServices } from 'langium/lsp';
import type { TandemLspServices } from './tandem-lsp-module.js';

export const ServerModule: Module<TandemLspServices, PartialLangiumLSPServices> = {};

export const ServerSharedModule: Module<LangiumSharedServices, PartialLangiumSharedLSPServices> = {};
