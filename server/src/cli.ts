// `copydesk`: the same checks as the editor, for CI pipelines and scripts.
//
//   copydesk check [--format text|json] [--date YYYY-MM-DD] [--fail-on error|warning|info|never]
//                  [--check ID=LEVEL]... <file|dir|glob|->...
//   copydesk quotes [--format text|json] [--date YYYY-MM-DD] <file|dir|glob|->...
//   copydesk lsp --stdio
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtinKnowledge, type Knowledge } from './core/knowledge';
import { parseStylebook, stylebookKnowledge, tooLargeProblem, STYLEBOOK_FILE_NAME, STYLEBOOK_LIMITS, type Stylebook } from './core/stylebook';
import { glob } from 'tinyglobby';
import { analyze, createContext } from './core/analyze';
import { DraftDocument } from './core/document';
import { quotationsJson, type QuotationJson } from './core/attribution/report';
import { CHECKS } from './core/checks';
import { suggestionOf } from './core/fixes';
import { LineIndex } from './core/lines';
import { isIsoDate, isLevel, type CheckLevels } from './core/settings';
import type { Finding, Language, Severity } from './core/types';
import { languageOfPath } from './language';

const VERSION = '0.1.0';
const DRAFT_EXTENSIONS = ['md', 'markdown', 'txt', 'draft', 'story'];
const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
type FailOn = (typeof FAIL_ON)[number];
const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

const USAGE = `Usage:
  copydesk check [options] <file|dir|glob|->...   check drafts (.md, .markdown, .txt, .draft, .story in directories)
  copydesk quotes [options] <file|dir|glob|->...  list every quotation with its kind, speaker and cue
  copydesk lsp --stdio                             start the language server over stdio
  copydesk --version | --help

Options for check:
  --format text|json       output format (default text: path:line:column: severity code message)
  --date YYYY-MM-DD        the article date, overriding front matter and datelines
  --fail-on error|warning|info|never
                           exit 1 when a finding reaches this severity (default warning)
  --check ID=LEVEL         set a check's level: off, hint, info, warning, error (repeatable)
  --language markdown|plaintext
                           how to read standard input (default plaintext)
  --stylebook PATH         the house stylebook (default: the nearest .copydesk.yaml in
                           each draft's folder or above; for standard input, the current folder)

quotes takes the same options (--fail-on is ignored); --format json prints
  [{ "file", "quotes": [{ "start", "end", "text", "kind", "speaker": { "name", "mention" } | null, "cue" }] }]

Exit status (check): 0 nothing reached --fail-on, 1 something did, 2 usage error, unreadable file
or a stylebook with problems (the other files are still checked).`;

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
  readStdin: () => string;
  cwd: string;
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
  read: () => string;
}

/** Files for the inputs, in the order given; directories and globs expand to drafts, sorted. */
export async function expandInputs(inputs: string[], io: Io, stdinLanguage: Language, problems: string[]): Promise<Input[]> {
  const found: Input[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    found.push({ path, language: languageOfPath(path), read: () => readFileSync(resolvePath(io.cwd, path), 'utf8') });
  };
  for (const input of inputs) {
    if (input === '-') {
      found.push({ path: '-', language: stdinLanguage, read: io.readStdin });
      continue;
    }
    let stats;
    try {
      stats = statSync(resolvePath(io.cwd, input));
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      const base = input.replace(/(?<![\\/])[\\/]+$/, '');
      const files = await glob(`**/*.{${DRAFT_EXTENSIONS.join(',')}}`, { cwd: resolvePath(io.cwd, base), ignore: ['**/node_modules/**', '**/.*/**'] });
      for (const file of files.sort()) add(`${base}/${file}`);
    } else if (stats) {
      add(input);
    } else if (/[*?[\]{}]/.test(input)) {
      const files = await glob(input, { cwd: io.cwd, ignore: ['**/node_modules/**'] });
      if (!files.length) problems.push(`copydesk: ${input}: no file matches`);
      for (const file of files.sort()) add(file);
    } else {
      problems.push(`copydesk: ${input}: no such file or directory`);
    }
  }
  return found;
}

function resolvePath(cwd: string, path: string): string {
  return path.startsWith('/') ? path : `${cwd}/${path}`;
}

interface FileReport {
  file: string;
  text: string;
  findings: Finding[];
}

export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const index = new LineIndex(report.text);
    for (const f of report.findings) {
      const p = index.positionAt(f.start);
      lines.push(`${report.file}:${p.line + 1}:${p.character + 1}: ${f.severity} ${f.code} ${f.message}`);
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
    const path = this.explicit ? resolvePath(this.io.cwd, this.explicit) : this.find(draftPath === '-' ? this.io.cwd : dirname(resolvePath(this.io.cwd, draftPath)));
    if (!path) return undefined;
    let knowledge = this.loaded.get(path);
    if (!knowledge) {
      let text: string;
      let stylebook: Stylebook;
      try {
        // A stylebook over the size limit is not even read.
        const size = statSync(path).size;
        text = size > STYLEBOOK_LIMITS.maxBytes ? '' : readFileSync(path, 'utf8');
        stylebook = size > STYLEBOOK_LIMITS.maxBytes ? { file: {}, problems: [tooLargeProblem(size)] } : parseStylebook(text);
      } catch (error) {
        this.problems.push(`copydesk: ${path}: cannot read the stylebook (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
        knowledge = builtinKnowledge();
        this.loaded.set(path, knowledge);
        return knowledge;
      }
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
    const candidate = join(folder, STYLEBOOK_FILE_NAME);
    const parent = dirname(folder);
    const found = existsSync(candidate) ? candidate : parent === folder ? null : this.find(parent) ?? null;
    this.nearest.set(folder, found);
    return found ?? undefined;
  }
}

/** The drafts named on the command line, read, each with the knowledge its stylebook gives; what cannot be read goes to `problems`. */
async function readDrafts(options: CheckOptions, io: Io, problems: string[]): Promise<Array<{ path: string; language: Language; text: string; knowledge: Knowledge | undefined }>> {
  const stylebooks = new Stylebooks(io, options.stylebook, problems);
  const drafts = [];
  for (const input of await expandInputs(options.inputs, io, options.stdinLanguage, problems)) {
    try {
      drafts.push({ path: input.path, language: input.language, text: input.read(), knowledge: stylebooks.knowledgeFor(input.path) });
    } catch (error) {
      problems.push(`copydesk: ${input.path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  return drafts;
}

export async function runCheck(args: string[], io: Io): Promise<number> {
  const options = parseCheckArgs(args);
  const problems: string[] = [];
  const reports: FileReport[] = [];
  for (const draft of await readDrafts(options, io, problems)) {
    const findings = analyze(draft.text, { language: draft.language, articleDate: options.date, settings: { checks: options.checks }, knowledge: draft.knowledge });
    reports.push({ file: draft.path, text: draft.text, findings });
  }
  io.stdout(options.format === 'json' ? formatJson(reports) : formatText(reports));
  for (const problem of problems) io.stderr(`${problem}\n`);
  if (problems.length) return 2;
  if (options.failOn === 'never') return 0;
  const threshold = RANK[options.failOn];
  return reports.some((r) => r.findings.some((f) => RANK[f.severity] >= threshold)) ? 1 : 0;
}

/** `copydesk quotes`: every quotation of each draft with its kind, speaker and attribution cue. */
export async function runQuotes(args: string[], io: Io): Promise<number> {
  const options = parseCheckArgs(args);
  const problems: string[] = [];
  const reports: Array<{ file: string; text: string; quotes: QuotationJson[] }> = [];
  for (const draft of await readDrafts(options, io, problems)) {
    const context = createContext(new DraftDocument(draft.text, draft.language), { articleDate: options.date, settings: { checks: options.checks }, knowledge: draft.knowledge });
    reports.push({ file: draft.path, text: draft.text, quotes: quotationsJson(context) });
  }
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(reports.map((r) => ({ file: r.file, quotes: r.quotes })), null, 2)}\n`);
  } else {
    const lines: string[] = [];
    for (const report of reports) {
      const index = new LineIndex(report.text);
      for (const q of report.quotes) {
        const p = index.positionAt(q.start);
        const who = q.speaker ? `${q.speaker.name} (${q.speaker.mention.text})` : q.kind === 'full' || q.kind === 'partial' ? 'UNATTRIBUTED' : '-';
        lines.push(`${report.file}:${p.line + 1}:${p.character + 1}: ${q.kind} ${who} "${q.text}"`);
      }
    }
    io.stdout(lines.length ? `${lines.join('\n')}\n` : '');
  }
  for (const problem of problems) io.stderr(`${problem}\n`);
  return problems.length ? 2 : 0;
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest, io);
      case 'quotes':
        return await runQuotes(rest, io);
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
      case 'help':
        io.stdout(`${USAGE}\n`);
        return 0;
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
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readFileSync(0, 'utf8'),
    cwd: process.cwd(),
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
