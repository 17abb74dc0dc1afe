// The one entry of the analysis core: text in, findings out. The language server, the CLI and the
// library API all call this; nothing here knows about editors or files.
import { CHECKS } from './checks';
import type { Check, CheckContext } from './checks/check';
import { todayIso } from './dates';
import { disabledChecks } from './directives';
import { DraftDocument } from './document';
import { builtinKnowledge, type Knowledge } from './knowledge';
import { DEFAULT_SETTINGS, isIsoDate, sanitizeSettings, type Settings } from './settings';
import type { Finding, Language, Level, Severity, Span } from './types';

export interface AnalyzeOptions {
  language?: Language;
  /** YYYY-MM-DD; overrides the date the draft gives itself (front matter, dateline). */
  articleDate?: string;
  /** The date used when nothing else dates the draft; defaults to the current date. */
  today?: string;
  /** Settings as the user wrote them; missing or mistyped values take their defaults. */
  settings?: Partial<Settings>;
  /** The knowledge to check against; defaults to the built-in knowledge base. */
  knowledge?: Knowledge;
}

export interface CheckFailure {
  check: string;
  error: unknown;
}

export interface Analysis {
  findings: Finding[];
  /** Checks that threw: their findings are missing, the others are complete. */
  failures: CheckFailure[];
  context: CheckContext;
}

export function createContext(doc: DraftDocument, options: Omit<AnalyzeOptions, 'language'> = {}): CheckContext {
  const settings = options.settings ? sanitizeSettings(options.settings) : DEFAULT_SETTINGS;
  const knowledge = options.knowledge ?? builtinKnowledge();
  const override = isIsoDate(options.articleDate) ? options.articleDate : settings.articleDate || undefined;
  if (override) return { doc, settings, knowledge, articleDate: override, articleDateSource: 'setting' };
  if (doc.ownDate) return { doc, settings, knowledge, articleDate: doc.ownDate.date, articleDateSource: doc.ownDate.source };
  return { doc, settings, knowledge, articleDate: isIsoDate(options.today) ? options.today : todayIso(), articleDateSource: 'today' };
}

export function levelOf(check: Check, settings: Settings): Level {
  return settings.checks[check.id] ?? check.defaultLevel;
}

/**
 * Findings one check reports on one draft, at most; the rest are counted in one more finding. A
 * draft with a hundred thousand of one problem (a name split between two spellings all through a
 * book, a run of quotation marks) needs the first of them and the count, not a list nobody reads
 * that costs the editor its memory.
 */
export const MAX_FINDINGS_PER_CHECK = 1000;

/** 12,345 (without toLocaleString, which loads ICU's number formats on first use). */
function thousands(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
}

/** The finding that stands for those a check found beyond the limit, at the first of them. */
function moreFinding(check: Check, severity: Severity, first: Span, more: number): Finding {
  return {
    ...first, code: check.id, severity, fixes: [],
    message: `…and ${thousands(more)} more ${check.id} finding${more === 1 ? '' : 's'} from here on, not shown: Copydesk shows the first ${thousands(MAX_FINDINGS_PER_CHECK)} of each check in a draft.`,
  };
}

/** Runs every enabled check on a prepared draft; a check that throws is reported, not fatal. */
export function runChecks(context: CheckContext, checks: readonly Check[] = CHECKS): Analysis {
  const findings: Finding[] = [];
  const failures: CheckFailure[] = [];
  // Checks the draft turns off itself (<!-- copydesk-disable id -->, core/directives.ts).
  const disabled = disabledChecks(context.doc.text);
  if (context.settings.enable && disabled !== 'all') {
    for (const check of checks) {
      if (disabled.has(check.id)) continue;
      const level = levelOf(check, context.settings);
      if (level === 'off') continue;
      const severity: Severity = level;
      const found: Finding[] = [];
      let more = 0;
      let firstMore: Span | undefined;
      try {
        check.run(context, (finding) => {
          if (found.length < MAX_FINDINGS_PER_CHECK) found.push({ ...finding, code: check.id, severity });
          else if (more++ === 0) firstMore = { start: finding.start, end: finding.end };
        });
        // One by one: spreading a list of thousands into push() overflows the call stack.
        for (const finding of found) findings.push(finding);
        if (firstMore) findings.push(moreFinding(check, severity, firstMore, more));
      } catch (error) {
        failures.push({ check: check.id, error });
      }
    }
  }
  // Check ids are ASCII: code-unit order, without loading ICU's collator (~15 ms on the first call).
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { findings, failures, context };
}

export function analyzeDocument(doc: DraftDocument, options: Omit<AnalyzeOptions, 'language'> = {}): Analysis {
  return runChecks(createContext(doc, options));
}

/** Analyses a draft and returns its findings, in document order. */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  const doc = new DraftDocument(text, options.language ?? 'plaintext');
  return analyzeDocument(doc, options).findings;
}
