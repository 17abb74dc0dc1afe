// Which characters of a Markdown draft are prose. The structure comes from @lezer/markdown
// (CommonMark + GFM), whose nodes carry exact UTF-16 offsets; YAML front matter, which is not
// Markdown syntax, is recognised here and kept out of the parse.
import { parser as commonMarkParser, Table, type BlockContext, type BlockParser, type LeafBlock } from '@lezer/markdown';
import { TreeFragment, type SyntaxNodeRef, type Tree } from '@lezer/common';
import { parse as parseYaml } from 'yaml';
import type { Span } from './types';

// CommonMark plus GFM tables. Emphasis is not parsed: its `*` and `_` markers are harmless in
// prose and parsing them costs a third of the parse; bare URLs are hidden for every language in
// document.ts, which the GFM autolink extension would do at twice the cost.
// A paragraph with none of the characters inline syntax starts with (code spans, links, images,
// HTML, entities, escapes) is added as it is, without the character-by-character inline pass that
// finds nothing in most paragraphs of news copy; the others are parsed as usual.
const INLINE_START = /[`<[\]!&\\]/;
const plainParagraphs: BlockParser = {
  name: 'PlainParagraph',
  leaf: () => ({
    nextLine: () => false,
    finish(cx: BlockContext, leaf: LeafBlock) {
      if (INLINE_START.test(leaf.content)) return false;
      cx.addLeafElement(leaf, cx.elt('Paragraph', leaf.start, leaf.start + leaf.content.length));
      return true;
    },
  }),
};
const parser = commonMarkParser.configure([Table, { remove: ['Emphasis', 'HardBreak'] }, { parseBlock: [plainParagraphs] }]);

export type BlockKind = 'paragraph' | 'heading' | 'cell';

export interface ProseBlock extends Span {
  kind: BlockKind;
  /** Inside a Markdown blockquote (`> …`): quoted matter without quotation marks. */
  blockquote: boolean;
}

export interface FrontMatter extends Span {
  /** The parsed YAML mapping, or null when it is not valid YAML. */
  fields: Record<string, unknown> | null;
}

export interface MarkdownStructure {
  frontMatter: FrontMatter | null;
  /**
   * What was parsed (the text with front matter blanked) and its tree, for incremental re-parses
   * (none for a dense draft, parsed in pieces).
   */
  source: string;
  tree: Tree | null;
  blocks: ProseBlock[];
  /** Non-prose ranges inside blocks (inline code, HTML, link destinations, markup), in order. */
  hidden: Span[];
}

const PROSE_BLOCKS: Record<string, BlockKind> = {
  Paragraph: 'paragraph',
  ATXHeading1: 'heading', ATXHeading2: 'heading', ATXHeading3: 'heading',
  ATXHeading4: 'heading', ATXHeading5: 'heading', ATXHeading6: 'heading',
  SetextHeading1: 'heading', SetextHeading2: 'heading',
  TableCell: 'cell',
};

/** Blocks with no prose at all: nothing inside them is looked at. */
const OPAQUE_BLOCKS = new Set([
  'FencedCode', 'CodeBlock', 'HTMLBlock', 'CommentBlock', 'ProcessingInstructionBlock',
  'LinkReference', 'HorizontalRule',
]);

/** Inline nodes that are markup or machine text, not the writer's words. */
const HIDDEN_INLINE = new Set([
  'InlineCode', 'HTMLTag', 'Comment', 'ProcessingInstruction', 'URL', 'LinkTitle', 'LinkLabel',
  'Autolink', 'Image', 'LinkMark', 'EmphasisMark', 'HeaderMark', 'QuoteMark', 'ListMark',
  'CodeMark', 'StrikethroughMark', 'TableDelimiter', 'TaskMarker', 'Entity',
]);

const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const FRONT_MATTER_CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function findFrontMatter(text: string): FrontMatter | null {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return null;
  const bodyStart = open[0].length;
  const close = FRONT_MATTER_CLOSE.exec(text.slice(bodyStart));
  if (!close) return null;
  let end = bodyStart + close.index + close[0].length;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n' || text[end] === '\r') end += 1;
  let fields: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = parseYaml(text.slice(bodyStart, bodyStart + close.index), { maxAliasCount: 50 });
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fields = parsed as Record<string, unknown>;
  } catch {
    // Front matter that is not valid YAML is still not prose; it just gives no date.
  }
  return { start: 0, end, fields };
}

/** The one changed range between two versions of a text (common prefix and suffix kept). */
function changedRange(before: string, after: string) {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { fromA: prefix, toA: before.length - suffix, fromB: prefix, toB: after.length - suffix };
}

/**
 * Parses a Markdown draft. Given the structure of the previous version, only the changed part is
 * re-parsed (lezer reuses the unchanged subtrees), which keeps a keystroke cheap in long drafts.
 * `options.pieces` forces (or forbids) the parse in pieces a dense draft gets (for the tests).
 */
export function parseMarkdown(text: string, previous?: MarkdownStructure, options: { pieces?: boolean } = {}): MarkdownStructure {
  const frontMatter = findFrontMatter(text);
  const blocks: ProseBlock[] = [];
  const hidden: Span[] = [];
  // Front matter becomes blank lines of the same length, so offsets stay those of the file.
  const source = frontMatter
    ? text.slice(0, frontMatter.end).replace(/[^\r\n]/g, ' ') + text.slice(frontMatter.end)
    : text;
  // lezer breaks lines at LF only: a CRLF file would keep a CR at the end of every line (a table's
  // delimiter row is then no longer one) and a CR-only file would be one line. It parses the text
  // with LF line ends; offsets are mapped back to the file's.
  const { lf: parsed, toFile } = withLfLineEnds(source);
  const bounded = withBoundedNesting(parsed);
  let blockquoteDepth = 0;
  const enter = (node: SyntaxNodeRef, offset: number) => {
    const name = node.name;
    if (name === 'Blockquote') blockquoteDepth++;
    const kind = PROSE_BLOCKS[name];
    if (kind) {
      blocks.push({ start: toFile(offset + node.from), end: toFile(offset + node.to), kind, blockquote: blockquoteDepth > 0 });
      return true;
    }
    if (OPAQUE_BLOCKS.has(name)) return false;
    if (HIDDEN_INLINE.has(name)) {
      hidden.push({ start: toFile(offset + node.from), end: toFile(offset + node.to) });
      return false;
    }
    if (name === 'Escape') {
      // `\"` is a literal quotation mark: hide only the backslash.
      const start = toFile(offset + node.from);
      hidden.push({ start, end: start + 1 });
      return false;
    }
    return true;
  };
  const leave = (node: SyntaxNodeRef) => {
    if (node.name === 'Blockquote') blockquoteDepth--;
  };
  if (options.pieces ?? isDense(bounded)) {
    // Tens of thousands of tiny blocks: parsed in pieces (see parseInPieces), never incrementally.
    const lf = withShortLists(bounded);
    // A block starting at `to` belongs to the next piece (lezer's iterate enters nodes touching `to`).
    parseInPieces(lf, (tree, offset, to) => tree.iterate({ to, enter: (node) => (node.from >= to && node.to > node.from ? false : enter(node, offset)), leave }));
    return { frontMatter, source: lf, tree: null, blocks, hidden };
  }
  const lf = bounded;
  let fragments: readonly TreeFragment[] | undefined;
  if (previous?.tree) {
    fragments = TreeFragment.applyChanges(TreeFragment.addTree(previous.tree), [changedRange(previous.source, lf)]);
  }
  const tree = parser.parse(lf, fragments);
  tree.iterate({ enter: (node) => enter(node, 0), leave });
  return { frontMatter, source: lf, tree, blocks, hidden };
}

/**
 * Whether a draft is made of tens of thousands of tiny blocks (one-word list items, headings or
 * paragraphs, a line each). lezer keeps every block of a document, or of a list, in one growing
 * array and its cost per block then grows with their number: 1 MB of `- a` lines took 10 s, where
 * 1 MB of prose (a few thousand blocks) takes a few hundred milliseconds.
 */
function isDense(text: string): boolean {
  if (text.length < DENSE_MIN_LENGTH) return false;
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines > DENSE_MIN_LINES && text.length / lines < DENSE_MAX_LINE_LENGTH;
}

const DENSE_MIN_LENGTH = 128 * 1024;
const DENSE_MIN_LINES = 20_000;
/** Characters per line, on average: prose paragraphs run to hundreds. */
const DENSE_MAX_LINE_LENGTH = 24;
/** Characters parsed at once in a dense draft (more when one block is longer). */
const PIECE = 4 * 1024;
/** Items of one list, at most, in a dense draft: a longer run is read as several lists. */
const LIST_RUN = 64;

/**
 * Parses a text piece by piece, each piece ending where the last block that starts in it starts
 * (that block may go on: the next piece starts with it). Blocks are read line by line and a block
 * that another block follows is complete, so the blocks are the ones a parse of the whole finds.
 * `each(tree, offset, to)` receives a piece's tree, where it starts in the text, and where its
 * complete blocks end (in the piece's own offsets).
 */
function parseInPieces(text: string, each: (tree: Tree, offset: number, to: number) => void): void {
  let start = 0;
  let size = PIECE;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const lineEnd = text.indexOf('\n', end);
      end = lineEnd < 0 ? text.length : lineEnd + 1;
    }
    const tree = parser.parse(text.slice(start, end));
    if (end === text.length) {
      each(tree, start, end - start);
      return;
    }
    const last = tree.topNode.lastChild;
    const cut = last ? last.from : 0;
    if (cut <= 0) {
      // One block fills the whole piece: read a longer piece.
      size *= 2;
      continue;
    }
    each(tree, start, cut);
    start += cut;
    size = PIECE;
  }
}

/**
 * A dense draft's source with every LIST_RUN-th item of a run of list items at one indentation
 * marked with another bullet (`-` → `+`, `+`/`*` → `-`, `1.` → `1)`), which begins a new list there.
 * The items, their words and their markers' places are the same; only where one list ends differs.
 */
export function withShortLists(text: string): string {
  const changes: number[] = [];
  let runIndent = -1;
  let runMarker = '';
  let run = 0;
  for (let line = 0; line < text.length;) {
    const end = text.indexOf('\n', line);
    const next = end < 0 ? text.length : end + 1;
    let at = line;
    while (text[at] === ' ') at++;
    const c = text[at];
    let marker = '';
    let markerAt = at;
    if ((c === '-' || c === '+' || c === '*') && (text[at + 1] === ' ' || text[at + 1] === '\t')) marker = c;
    else if (c >= '0' && c <= '9') {
      let digits = at;
      while (digits < at + 9 && text[digits] >= '0' && text[digits] <= '9') digits++;
      if ((text[digits] === '.' || text[digits] === ')') && (text[digits + 1] === ' ' || text[digits + 1] === '\t')) {
        marker = text[digits];
        markerAt = digits;
      }
    }
    const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(text.slice(line, end < 0 ? text.length : end));
    if (marker && !thematicBreak && at - line === runIndent && marker === runMarker) {
      if (++run % LIST_RUN === 0) changes.push(markerAt);
    } else if (marker && !thematicBreak) {
      runIndent = at - line;
      runMarker = marker;
      run = 0;
    } else if (text.slice(line, next).trim() !== '') {
      runIndent = -1;
    }
    line = next;
  }
  if (!changes.length) return text;
  const other: Record<string, string> = { '-': '+', '+': '-', '*': '-', '.': ')', ')': '.' };
  const parts: string[] = [];
  let from = 0;
  for (const at of changes) {
    parts.push(text.slice(from, at), other[text[at]]);
    from = at + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Lists and blockquotes nested deeper than this on one line are read as text beyond it. */
export const MAX_LINE_NESTING = 32;

/**
 * The text with the container markers (`>`, `-`, `+`, `*`, `1.`, `1)`) that open more than
 * MAX_LINE_NESTING lists or blockquotes on one line turned into letters of the same length, so
 * the parser reads the rest of the line as text. lezer's cost grows with the square of the depth
 * ("+ + + …" a hundred thousand times took 35 s for 200 KB); no draft nests that deep.
 */
export function withBoundedNesting(text: string): string {
  /** [start, end) of each marker to turn into letters. */
  const hidden: number[] = [];
  for (let line = 0; line < text.length;) {
    let at = line;
    let depth = 0;
    for (;;) {
      while (text[at] === ' ' || text[at] === '\t') at++;
      let marker = 0;
      const c = text[at];
      if (c === '>') marker = 1;
      else if ((c === '-' || c === '+' || c === '*') && (text[at + 1] === ' ' || text[at + 1] === '\t')) marker = 1;
      else if (c >= '0' && c <= '9') {
        let digits = at;
        while (digits < at + 9 && text[digits] >= '0' && text[digits] <= '9') digits++;
        if ((text[digits] === '.' || text[digits] === ')') && (text[digits + 1] === ' ' || text[digits + 1] === '\t')) marker = digits + 1 - at;
      }
      if (!marker) break;
      if (++depth > MAX_LINE_NESTING) hidden.push(at, at + marker);
      at += marker;
    }
    const end = text.indexOf('\n', at);
    line = end < 0 ? text.length : end + 1;
  }
  if (!hidden.length) return text;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < hidden.length; i += 2) {
    parts.push(text.slice(from, hidden[i]), 'x'.repeat(hidden[i + 1] - hidden[i]));
    from = hidden[i + 1];
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * The text with every line ending a single LF (a CR-only ending becomes an LF in place, a CRLF
 * loses its CR), and the map from its offsets back to the text's: an offset at an LF that was a
 * CRLF maps to the CR, so a line's end stays before its line break.
 */
export function withLfLineEnds(text: string): { lf: string; toFile: (offset: number) => number } {
  if (text.indexOf('\r') < 0) return { lf: text, toFile: (offset) => offset };
  /** Offsets in `lf` of the LFs that were CRLFs, in order. */
  const joined: number[] = [];
  let removed = 0;
  const lf = text.replace(/\r\n?/g, (ending, at: number) => {
    if (ending.length === 2) joined.push(at - removed++);
    return '\n';
  });
  const toFile = (offset: number) => {
    let lo = 0;
    let hi = joined.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (joined[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo;
  };
  return { lf, toFile };
}
