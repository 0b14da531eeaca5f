// The sections' names in page order, apart from the registry (src/sections.ts), which loads every extractor: a template's
// settings are checked against them in a batch's main thread, which never analyses an article.
import type { SectionName } from './sections.js';

export const SECTION_NAMES: readonly SectionName[] = ['summary', 'quotes', 'concerns', 'unconfirmed'];
