// `copydesk`: the same checks as the editor, for CI pipelines and scripts.
//
//   copydesk check [--format text|json] [--date YYYY-MM-DD] [--fail-on error|warning|info|never]
//                  [--check ID=LEVEL]... <file|dir|glob|->...
//   copydesk quotes [--format text|json] [--date YYYY-MM-DD] <file|dir|glob|->...
//   copydesk lsp --stdio
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as nodePath from 'node:path';
import { builtinKnowledge, type Knowledge } from './core/knowledge';
import { parseStylebook, stylebookKnowledge, STYLEBOOK_FILE_NAME } from './core/stylebook';
import { glob } from 'tinyglobby';
import { analyzeDocument, createContext } from './core/analyze';
import { DraftDocument } from './core/document';
import { quotationsJson, type QuotationJson } from './core/attribution/report';
import { CHECKS } from './core/checks';
import { suggestionOf } from './core/fixes';
import { LineIndex } from './core/lines';
import { isIsoDate, isLevel, type CheckLevels } from './core/settings';
import type { Finding, Language, Severity } from './core/types';
import { languageOfPath } from './language';
import { decodeDraft } from './fileText';
import { resolveFrom, joinFound, globPattern, isInside, type PathModule } from './paths';
import { readStylebookFile } from './stylebookFile';
import { injectFaults } from './faults';

const VERSION = '0.1.0';
const DRAFT_EXTENSIONS = ['md', 'markdown', 'txt', 'draft', 'story'];
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];
const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

const OPTIONS = `  --format text|json       output format (default text)
  --date YYYY-MM-DD        the article date, overriding front matter and datelines
                           (default: the draft's own date, else today in your time zone)
  --check ID=LEVEL         set a check's level: off, hint, info, warning, error (repeatable)
  --language markdown|plaintext
                           how to read standard input (default plaintext)
  --stylebook PATH         the house stylebook (default: the nearest .copydesk.yaml in
                           each draft's folder or above; for standard input, the current folder)
  -h, --help               print this help`;

const INPUTS = `Drafts: files, directories (walked for .md, .markdown, .txt, .draft, .story), globs in quotes
('drafts/**/*.md'), or - for standard input. A file that is not text (a binary file) named on
the command line is an error; one found in a directory or glob is skipped with a note.`;

const CHECK_USAGE = `Usage: copydesk check [options] <file|dir|glob|->...

Checks news drafts and prints one line per finding:
  path:line:column: severity check-id message

Options:
${OPTIONS}
  --fail-on error|warning|info|never
                           exit 1 when a finding reaches this severity (default warning)

${INPUTS}

--format json prints [{ "file", "findings": [{ "code", "severity", "message", "start", "end",
  "line", "column", "endLine", "endColumn", "suggestions" }] }].

Exit status: 0 nothing reached --fail-on, 1 something did, 2 a usage error, a file that cannot
be read or is not text, or a stylebook with problems (the other files are still checked).`;

const QUOTES_USAGE = `Usage: copydesk quotes [options] <file|dir|glob|->...

Lists every quotation with its kind (full, partial, scare, title), speaker and cue, one line each:
  path:line:column: kind speaker (words that name them) "quoted words"
UNATTRIBUTED marks a quotation nobody is credited with; - one that needs no speaker.

Options:
${OPTIONS}

${INPUTS}

--format json prints [{ "file", "quotes": [{ "start", "end", "text", "kind",
  "speaker": { "name", "mention": { "start", "end", "text" } } | null, "cue": { "start", "end", "text" } | null }] }].

Exit status: 0, or 2 for a usage error, a file that cannot be read or is not text.`;

const USAGE = `Usage:
  copydesk check [options] <file|dir|glob|->...   check drafts
  copydesk quotes [options] <file|dir|glob|->...  list every quotation with its kind, speaker and cue
  copydesk lsp --stdio                             start the language server over stdio
  copydesk --version | --help
  copydesk <command> --help                        the options of a command

${CHECK_USAGE.slice(CHECK_USAGE.indexOf('Options:'))}`;

/** `copydesk check --help` and the like: not an error, the command's usage on standard output. */
class HelpRequested extends Error {}

export class UsageError extends Error {}

export interface CheckOptions {
  format: 'text' | 'json';
  date?: string;
  failOn: FailOn;
  checks: CheckLevels;
  stdinLanguage: Language;
  inputs: string[];
  stylebook?: string;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input's bytes (checked for text like any file). */
  readStdin: () => Uint8Array | string;
  cwd: string;
  /** Standard error is a terminal: long runs show their progress there. */
  stderrIsTTY?: boolean;
  /** Milliseconds, for the progress display (Date.now). */
  now?: () => number;
  /** The platform's path rules (node:path; path.win32 or path.posix in tests). */
  path?: PathModule;
}

/**
 * The settings of a run. Scare quotes are a review aid the editor shows only with
 * copydesk.flagScareQuotes; asking for quote.scare at a level on the command line is asking for them.
 */
function settingsOf(options: CheckOptions): { checks: CheckLevels; flagScareQuotes: boolean } {
  const scare = options.checks['quote.scare'];
  return { checks: options.checks, flagScareQuotes: scare !== undefined && scare !== 'off' };
}

export function parseCheckArgs(args: string[]): CheckOptions {
  const options: CheckOptions = { format: 'text', failOn: 'warning', checks: {}, stdinLanguage: 'plaintext', inputs: [] };
  const known = new Set(CHECKS.map((c) => c.id));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}"`);
        options.format = v;
        break;
      }
      case '--date': {
        const v = value();
        if (!isIsoDate(v)) throw new UsageError(`--date must be a date like 2025-08-17, not "${v}"`);
        options.date = v;
        break;
      }
      case '--fail-on': {
        const v = value();
        if (!(FAIL_ON as readonly string[]).includes(v)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${v}"`);
        options.failOn = v as FailOn;
        break;
      }
      case '--check': {
        const v = value();
        const [id, level] = v.split('=');
        if (!known.has(id)) throw new UsageError(`--check: unknown check "${id}" (known: ${[...known].join(', ')})`);
        if (!isLevel(level)) throw new UsageError(`--check ${id}: level must be off, hint, info, warning or error`);
        options.checks[id] = level;
        break;
      }
      case '--stylebook':
        options.stylebook = value();
        break;
      case '--help':
      case '-h':
        throw new HelpRequested();
      case '--language': {
        const v = value();
        if (v !== 'markdown' && v !== 'plaintext') throw new UsageError(`--language must be markdown or plaintext, not "${v}"`);
        options.stdinLanguage = v;
        break;
      }
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
        options.inputs.push(arg);
    }
  }
  if (!options.inputs.length) throw new UsageError('no drafts given: name files, directories, globs, or - for standard input');
  return options;
}

interface Input {
  path: string;
  language: Language;
  /** Named on the command line (or standard input), not found in a directory or glob. */
  named: boolean;
  read: () => Uint8Array | string;
}

/** Files for the inputs, in the order given; directories and globs expand to drafts, sorted. */
export async function expandInputs(inputs: string[], io: Io, stdinLanguage: Language, problems: string[]): Promise<Input[]> {
  const path = io.path ?? nodePath;
  const found: Input[] = [];
  const seen = new Set<string>();
  const add = (file: string, named: boolean) => {
    const absolute = resolveFrom(io.cwd, file, path);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    found.push({ path: file, language: languageOfPath(file), named, read: () => readFileSync(absolute) });
  };
  for (const input of inputs) {
    if (input === '-') {
      found.push({ path: '-', language: stdinLanguage, named: true, read: io.readStdin });
      continue;
    }
    let stats;
    try {
      stats = statSync(resolveFrom(io.cwd, input, path));
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      const files = await glob(`**/*.{${DRAFT_EXTENSIONS.join(',')}}`, { cwd: resolveFrom(io.cwd, input, path), ignore: ['**/node_modules/**', '**/.*/**'] });
      for (const file of files.sort()) add(joinFound(input, file, path), false);
    } else if (stats) {
      add(input, true);
    } else if (/[*?[\]{}]/.test(input)) {
      const files = await glob(globPattern(input, path), { cwd: io.cwd, ignore: ['**/node_modules/**'] });
      if (!files.length) problems.push(`copydesk: ${input}: no file matches`);
      for (const file of files.sort()) add(file, false);
    } else {
      problems.push(`copydesk: ${input}: no such file or directory`);
    }
  }
  return found;
}

interface FileReport {
  file: string;
  text: string;
  findings: Finding[];
}

/**
 * Text for one line of a terminal: runs of white space (line breaks of a quotation that spans lines)
 * become one space, and control characters are shown escaped (\\x1b), never sent to the terminal.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\0-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const index = new LineIndex(report.text);
    for (const f of report.findings) {
      const p = index.positionAt(f.start);
      lines.push(`${report.file}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.code} ${oneLine(f.message)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function formatJson(reports: FileReport[]): string {
  const json = reports.map((report) => {
    const index = new LineIndex(report.text);
    return {
      file: report.file,
      findings: report.findings.map((f) => {
        const start = index.positionAt(f.start);
        const end = index.positionAt(f.end);
        return {
          code: f.code,
          severity: f.severity,
          message: f.message,
          start: f.start,
          end: f.end,
          line: start.line + 1,
          column: start.character + 1,
          endLine: end.line + 1,
          endColumn: end.character + 1,
          suggestions: f.fixes.map((fix) => suggestionOf(report.text, f, fix)),
        };
      }),
    };
  });
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * The house stylebook of each draft, read once per file: `--stylebook`, else the nearest
 * `.copydesk.yaml` above the draft. Its problems are reported (path:line:column) and count as
 * problems of the run; what is valid still applies.
 */
class Stylebooks {
  private readonly loaded = new Map<string, Knowledge>();
  private readonly nearest = new Map<string, string | null>();

  constructor(private readonly io: Io, private readonly explicit: string | undefined, private readonly problems: string[]) {}

  knowledgeFor(draftPath: string): Knowledge | undefined {
    const paths = this.io.path ?? nodePath;
    const path = this.explicit ? resolveFrom(this.io.cwd, this.explicit, paths) : this.find(draftPath === '-' ? this.io.cwd : paths.dirname(resolveFrom(this.io.cwd, draftPath, paths)));
    if (!path) return undefined;
    let knowledge = this.loaded.get(path);
    if (!knowledge) {
      // A stylebook found by search is read only inside the tree it serves: the working folder when
      // it holds the draft, else its own folder; one named with --stylebook wherever it is.
      const draftFolder = draftPath === '-' ? this.io.cwd : paths.dirname(resolveFrom(this.io.cwd, draftPath, paths));
      const tree = this.explicit ? undefined : isInside(this.io.cwd, draftFolder, paths) && isInside(this.io.cwd, path, paths) ? this.io.cwd : paths.dirname(path);
      const read = readStylebookFile(path, { tree });
      if (!read.ok) {
        this.problems.push(read.reason === 'missing' || read.reason === 'unreadable'
          ? `copydesk: ${path}: cannot read the stylebook (${read.reason === 'missing' ? 'ENOENT' : read.message})`
          : `${path}:1:1: error stylebook ${read.message}`);
        knowledge = builtinKnowledge();
        this.loaded.set(path, knowledge);
        return knowledge;
      }
      const text = read.text;
      const stylebook = parseStylebook(text);
      const lines = new LineIndex(text);
      for (const problem of stylebook.problems) {
        const p = lines.positionAt(problem.start);
        this.problems.push(`${path}:${p.line + 1}:${p.character + 1}: ${problem.severity} stylebook ${problem.message}`);
      }
      knowledge = stylebookKnowledge(stylebook);
      this.loaded.set(path, knowledge);
    }
    return knowledge;
  }

  private find(folder: string): string | undefined {
    const cached = this.nearest.get(folder);
    if (cached !== undefined) return cached ?? undefined;
    const paths = this.io.path ?? nodePath;
    const candidate = paths.join(folder, STYLEBOOK_FILE_NAME);
    const parent = paths.dirname(folder);
    const found = existsSync(candidate) ? candidate : parent === folder ? null : this.find(parent) ?? null;
    this.nearest.set(folder, found);
    return found ?? undefined;
  }
}

interface Draft {
  path: string;
  language: Language;
  text: string;
  knowledge: Knowledge | undefined;
}

/**
 * Shows how far a long run over many drafts has got, on standard error when it is a terminal: one
 * line redrawn in place, first after half a second, cleared before anything else is written.
 */
class Progress {
  private shown = false;
  private lastDrawn = 0;
  private readonly started: number;

  constructor(private readonly io: Io, private readonly total: number, private readonly verb: string) {
    this.started = this.now();
  }

  private now(): number {
    return (this.io.now ?? Date.now)();
  }

  update(done: number): void {
    if (!this.io.stderrIsTTY || this.total < 2) return;
    const now = this.now();
    if (now - this.started < 500 || (this.shown && now - this.lastDrawn < 100)) return;
    this.lastDrawn = now;
    this.shown = true;
    this.io.stderr(`\r\x1b[Kcopydesk: ${this.verb} ${done} of ${this.total} drafts…`);
  }

  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.io.stderr('\r\x1b[K');
  }

  /** Writes to standard output, clearing the progress line first (both may be the same terminal). */
  stdout(text: string): void {
    if (!text) return;
    this.clear();
    this.io.stdout(text);
  }
}

/**
 * The drafts named on the command line, read and decoded, each with the knowledge its stylebook
 * gives, handed to `each` one by one; what cannot be read goes to `problems` (exit status 2), a
 * file found in a directory or glob that is not text to `notes` (skipped).
 */
async function forEachDraft(options: CheckOptions, io: Io, problems: string[], notes: string[], verb: string, each: (draft: Draft, stdout: (text: string) => void) => void): Promise<void> {
  const stylebooks = new Stylebooks(io, options.stylebook, problems);
  const inputs = await expandInputs(options.inputs, io, options.stdinLanguage, problems);
  const progress = new Progress(io, inputs.length, verb);
  for (const [index, input] of inputs.entries()) {
    progress.update(index);
    let bytes: Uint8Array | string;
    try {
      bytes = input.read();
    } catch (error) {
      problems.push(`copydesk: ${input.path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    const decoded = typeof bytes === 'string' ? { text: bytes } : decodeDraft(bytes);
    if ('notText' in decoded) {
      if (input.named) problems.push(`copydesk: ${input.path}: ${decoded.notText}; not checked`);
      else notes.push(`copydesk: note: skipped ${input.path}: ${decoded.notText}`);
      continue;
    }
    const draft = { path: input.path, language: input.language, text: decoded.text, knowledge: stylebooks.knowledgeFor(input.path) };
    each(draft, (text) => progress.stdout(text));
  }
  progress.clear();
}

function reportProblems(io: Io, problems: string[], notes: string[]): void {
  for (const line of [...notes, ...problems]) io.stderr(`${oneLine(line)}\n`);
}

export async function runCheck(args: string[], io: Io): Promise<number> {
  const options = parseCheckArgs(args);
  const problems: string[] = [];
  const notes: string[] = [];
  const reports: FileReport[] = [];
  await forEachDraft(options, io, problems, notes, 'checked', (draft, stdout) => {
    const analysis = analyzeDocument(new DraftDocument(draft.text, draft.language), { articleDate: options.date, settings: settingsOf(options), knowledge: draft.knowledge });
    const { findings } = analysis;
    // A check that failed is never lost silently: its findings are missing, so the run is not clean.
    for (const failure of analysis.failures) {
      problems.push(`copydesk: ${draft.path}: the check ${failure.check} failed (${failure.error instanceof Error ? failure.error.message : String(failure.error)}); its findings are missing. Please report this.`);
    }
    const report = { file: draft.path, text: draft.text, findings };
    // Text goes out file by file, so a long run shows its findings as it goes.
    if (options.format === 'text') stdout(formatText([report]));
    reports.push(report);
  });
  if (options.format === 'json') io.stdout(formatJson(reports));
  reportProblems(io, problems, notes);
  if (problems.length) return 2;
  if (options.failOn === 'never') return 0;
  const threshold = RANK[options.failOn];
  return reports.some((r) => r.findings.some((f) => RANK[f.severity] >= threshold)) ? 1 : 0;
}

/** One line per quotation: `path:line:column: kind speaker (mention) "words"`, line breaks inside it as spaces. */
export function formatQuotesText(reports: Array<{ file: string; text: string; quotes: QuotationJson[] }>): string {
  const lines: string[] = [];
  for (const report of reports) {
    const index = new LineIndex(report.text);
    for (const q of report.quotes) {
      const p = index.positionAt(q.start);
      const who = q.speaker ? `${q.speaker.name} (${q.speaker.mention.text})` : q.kind === 'full' || q.kind === 'partial' ? 'UNATTRIBUTED' : '-';
      lines.push(oneLine(`${report.file}:${p.line + 1}:${p.character + 1}: ${q.kind} ${who} "${q.text}"`));
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** `copydesk quotes`: every quotation of each draft with its kind, speaker and attribution cue. */
export async function runQuotes(args: string[], io: Io): Promise<number> {
  const options = parseCheckArgs(args);
  const problems: string[] = [];
  const notes: string[] = [];
  const reports: Array<{ file: string; text: string; quotes: QuotationJson[] }> = [];
  await forEachDraft(options, io, problems, notes, 'read', (draft, stdout) => {
    const context = createContext(new DraftDocument(draft.text, draft.language), { articleDate: options.date, settings: settingsOf(options), knowledge: draft.knowledge });
    const report = { file: draft.path, text: draft.text, quotes: quotationsJson(context) };
    if (options.format === 'text') stdout(formatQuotesText([report]));
    reports.push(report);
  });
  if (options.format === 'json') io.stdout(`${JSON.stringify(reports.map((r) => ({ file: r.file, quotes: r.quotes })), null, 2)}\n`);
  reportProblems(io, problems, notes);
  return problems.length ? 2 : 0;
}

async function runCommand(command: (args: string[], io: Io) => Promise<number>, usage: string, args: string[], io: Io): Promise<number> {
  try {
    return await command(args, io);
  } catch (error) {
    if (!(error instanceof HelpRequested)) throw error;
    io.stdout(`${usage}\n`);
    return 0;
  }
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await runCommand(runCheck, CHECK_USAGE, rest, io);
      case 'quotes':
        return await runCommand(runQuotes, QUOTES_USAGE, rest, io);
      case 'lsp':
        // The server reads its transport (--stdio, --node-ipc) from process.argv. Loaded only
        // here, so `check` starts without the LSP machinery.
        (require('./server') as typeof import('./server')).main();
        return -1;
      case '--version':
      case '-v':
        io.stdout(`${VERSION}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help': {
        const usage = { check: CHECK_USAGE, quotes: QUOTES_USAGE }[rest[0] ?? ''] ?? USAGE;
        io.stdout(`${usage}\n`);
        return 0;
      }
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`copydesk: ${error.message}. Run copydesk --help for usage.\n`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  // The tests make a check throw on purpose (see faults.ts); unset in normal use.
  injectFaults(process.env.COPYDESK_FAULT_INJECTION);
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readFileSync(0),
    cwd: process.cwd(),
    stderrIsTTY: process.stderr.isTTY === true,
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`copydesk: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
