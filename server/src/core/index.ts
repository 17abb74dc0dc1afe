// The public surface of the analysis core.
export { analyze, analyzeDocument, createContext, runChecks, levelOf } from './analyze';
export type { AnalyzeOptions, Analysis, CheckFailure } from './analyze';
export { DraftDocument, defineLayer } from './document';
export type { Paragraph, Sentence } from './document';
export { CHECKS, findCheck } from './checks';
export type { Check, CheckContext } from './checks/check';
export { LineIndex } from './lines';
export { DEFAULT_SETTINGS, LEVELS, sanitizeSettings, isIsoDate } from './settings';
export type { Settings, CheckLevels } from './settings';
export { quotationsOf } from './quotes/quotations';
export type { Quotation, Quotations } from './quotes/quotations';
export type { Finding, Fix, TextEdit, Severity, Level, Language, Span } from './types';
export { fixAllEdits, applyEdits, suggestionOf } from './fixes';
export { builtinKnowledge, Knowledge } from './knowledge';
export type { Person, Place, Organisation, Role, Entity, Form } from './knowledge';
export { nameMentionsOf, similarSpelling } from './names';
export type { NameMention, NameMentions } from './names';
