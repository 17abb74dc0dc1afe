// What a stylebook may cost. A .copydesk.yaml comes with the workspace, so it is untrusted input:
// a huge file, data nested thousands of levels deep or a YAML alias bomb must cost a bounded
// moment and a clear problem, never a frozen editor. The limits are far above what a house
// stylebook needs (a newsroom's thousands of names are a few hundred kilobytes, nested five deep).
import { CST, Lexer } from 'yaml';
import type { StylebookProblem } from './stylebook';

export const STYLEBOOK_LIMITS = {
  /** Size in bytes (UTF-8); larger stylebooks are not read at all. */
  maxBytes: 512 * 1024,
  /** Nesting of lists and maps; the schema's deepest entry (people → person → roles → role) is 5. */
  maxDepth: 32,
  /** Aliases (`*name`) in the file: each one is resolved by searching the document. */
  maxAliases: 100,
  /** yaml's maxAliasCount: how far one alias may expand, which stops a "billion laughs" bomb. */
  maxAliasCount: 100,
  /** Problems listed; the rest are counted in the last one. */
  maxProblems: 100,
  /**
   * Characters of the stylebook's own text a message quotes (a key, a section's name): a file that
   * is not a stylebook at all (credentials, a key file) must not be echoed into diagnostics or logs.
   */
  maxExcerpt: 24,
  /** Characters of a YAML parser's message shown (it may quote the text too). */
  maxParserMessage: 100,
} as const;

/**
 * At most a short excerpt of a stylebook's text, on one line, for a message: control characters
 * and line breaks shown as spaces, cut with an ellipsis, never inside a surrogate pair.
 */
export function excerpt(text: string, max: number = STYLEBOOK_LIMITS.maxExcerpt): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  if (line.length <= max) return line;
  let cut = max;
  if (/[\ud800-\udbff]/.test(line[cut - 1])) cut--;
  return `${line.slice(0, cut)}…`;
}

/** UTF-8 length of a string, what a file of it weighs on disk. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The problem of a stylebook over the size limit (the server and CLI report it without reading the file). */
export function tooLargeProblem(bytes: number): StylebookProblem {
  return {
    start: 0,
    end: 0,
    severity: 'error',
    message: `The stylebook is ${formatBytes(bytes)}, more than the ${formatBytes(STYLEBOOK_LIMITS.maxBytes)} Copydesk reads; it is ignored and drafts are checked with the built-in knowledge only.`,
  };
}

// The lexer's zero-width markers (yaml's CST): start of a document, unexpected end of a flow
// collection, and "the next token is a scalar".
const ZERO_WIDTH = new Set([CST.DOCUMENT, CST.FLOW_END]);

/**
 * Nesting deeper than the limit or more aliases than the limit, found by yaml's lexer alone (fast,
 * no recursion) and stopping at the first excess, before the parser and composer would recurse
 * through it. Block nesting is counted from the columns where items start; the count can be one
 * more or less than the true depth, which the generous limit absorbs.
 */
export function structureProblem(text: string): StylebookProblem | undefined {
  let offset = 0;
  let lineStart = 0;
  let flow = 0;
  let aliases = 0;
  let lineHasContent = false;
  let afterIndicator = false;
  let scalarNext = false;
  const columns: number[] = [];
  const excess = (at: number): StylebookProblem | undefined => columns.length + flow > STYLEBOOK_LIMITS.maxDepth
    ? { start: at, end: at + 1, severity: 'error', message: `The stylebook nests lists and maps more than ${STYLEBOOK_LIMITS.maxDepth} levels deep here; it is ignored.` }
    : undefined;
  const blockItem = (at: number) => {
    const column = at - lineStart;
    while (columns.length && columns[columns.length - 1] > column) columns.pop();
    if (!columns.length || columns[columns.length - 1] < column) columns.push(column);
    lineHasContent = true;
    return excess(at);
  };
  for (const token of new Lexer().lex(text)) {
    let type: string | null;
    if (scalarNext) {
      scalarNext = false;
      type = 'scalar-text';
    } else if (token === CST.SCALAR) {
      scalarNext = true;
      continue;
    } else if (ZERO_WIDTH.has(token)) {
      continue;
    } else {
      type = CST.tokenType(token);
    }
    const at = offset;
    offset += token.length;
    let problem: StylebookProblem | undefined;
    switch (type) {
      case 'newline':
        lineStart = offset;
        lineHasContent = false;
        afterIndicator = false;
        continue;
      case 'space':
      case 'comment':
      case 'byte-order-mark':
      case 'directive-line':
        break;
      case 'doc-start':
      case 'doc-end':
        columns.length = 0;
        flow = 0;
        break;
      case 'flow-map-start':
      case 'flow-seq-start':
        if (flow === 0 && (!lineHasContent || afterIndicator)) problem = blockItem(at);
        afterIndicator = false;
        lineHasContent = true;
        flow++;
        problem ??= excess(at);
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        flow = Math.max(0, flow - 1);
        break;
      case 'seq-item-ind':
      case 'explicit-key-ind':
        if (flow === 0) {
          problem = blockItem(at);
          afterIndicator = true;
        }
        break;
      case 'map-value-ind':
      case 'comma':
        break;
      default:
        if (type === 'alias' && ++aliases > STYLEBOOK_LIMITS.maxAliases) {
          return { start: at, end: at + token.length, severity: 'error', message: `The stylebook uses more than ${STYLEBOOK_LIMITS.maxAliases} aliases (*name); it is ignored.` };
        }
        if (flow === 0 && (!lineHasContent || afterIndicator)) problem = blockItem(at);
        afterIndicator = false;
        lineHasContent = true;
    }
    if (problem) return problem;
    // A token over several lines (a quoted or block scalar): the next line starts after it.
    const newline = token.lastIndexOf('\n');
    if (newline >= 0) lineStart = at + newline + 1;
  }
  return undefined;
}
