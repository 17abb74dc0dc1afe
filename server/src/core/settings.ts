// Copydesk's settings as the core sees them. The VS Code manifest (package.json
// `contributes.configuration`) declares the same keys under `copydesk.`; a test keeps the two in
// step. Values from outside (editor settings, CLI flags) go through `sanitizeSettings`, so a
// mistyped value falls back to its default instead of breaking analysis.
import type { NameAuthority } from './knowledge/types';
import type { Level } from './types';

export type CheckLevels = Record<string, Level>;

export interface Settings {
  /** Master switch: no findings at all when false. */
  enable: boolean;
  /** Level per check id; checks not listed use their default level. */
  checks: CheckLevels;
  /** ISO date (YYYY-MM-DD) that overrides the date a draft gives itself; empty for none. */
  articleDate: string;
  /** Path of the house stylebook; empty to look for `.copydesk.yaml` beside the draft and above. */
  stylebook: string;
  /** Drafts larger than this many characters are not analysed (0 for no limit). */
  maxDocumentSize: number;
  /** Quotations in scare quotes are reported as hints to review. */
  flagScareQuotes: boolean;
  /** Semantic highlighting of speakers and unattributed quotations. */
  semanticHighlighting: boolean;
  /** Whose spelling of names to accept where the wire services differ (a house stylebook's authority: wins). */
  nameAuthority: NameAuthority;
}

/** Whose spelling of names a house follows: the person's own English spelling, AP's or Reuters'. */
export const NAME_AUTHORITIES: readonly NameAuthority[] = ['native', 'ap', 'reuters'];

export const LEVELS: readonly Level[] = ['off', 'hint', 'info', 'warning', 'error'];

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  checks: {},
  articleDate: '',
  stylebook: '',
  maxDocumentSize: 10_000_000,
  flagScareQuotes: false,
  semanticHighlighting: true,
  nameAuthority: 'native',
};

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value);
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/** Builds complete settings from untrusted input, keeping only well-typed values. */
export function sanitizeSettings(input: unknown): Settings {
  const raw = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS, checks: {} };
  if (typeof raw.enable === 'boolean') settings.enable = raw.enable;
  if (raw.checks && typeof raw.checks === 'object') {
    for (const [id, level] of Object.entries(raw.checks as Record<string, unknown>)) {
      if (isLevel(level)) settings.checks[id] = level;
    }
  }
  if (isIsoDate(raw.articleDate)) settings.articleDate = raw.articleDate;
  if (typeof raw.stylebook === 'string') settings.stylebook = raw.stylebook;
  if (typeof raw.maxDocumentSize === 'number' && Number.isFinite(raw.maxDocumentSize) && raw.maxDocumentSize >= 0) {
    settings.maxDocumentSize = Math.floor(raw.maxDocumentSize);
  }
  if (typeof raw.flagScareQuotes === 'boolean') settings.flagScareQuotes = raw.flagScareQuotes;
  if (typeof raw.semanticHighlighting === 'boolean') settings.semanticHighlighting = raw.semanticHighlighting;
  if (typeof raw.nameAuthority === 'string' && (NAME_AUTHORITIES as readonly string[]).includes(raw.nameAuthority)) settings.nameAuthority = raw.nameAuthority as NameAuthority;
  return settings;
}
