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
  /** What was parsed (the text with front matter blanked) and its tree, for incremental re-parses. */
  source: string;
  tree: Tree;
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
 */
export function parseMarkdown(text: string, previous?: MarkdownStructure): MarkdownStructure {
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
  const { lf, toFile } = withLfLineEnds(source);
  let fragments: readonly TreeFragment[] | undefined;
  if (previous) {
    fragments = TreeFragment.applyChanges(TreeFragment.addTree(previous.tree), [changedRange(previous.source, lf)]);
  }
  const tree = parser.parse(lf, fragments);
  let blockquoteDepth = 0;
  tree.iterate({
    enter(node: SyntaxNodeRef) {
      const name = node.name;
      if (name === 'Blockquote') blockquoteDepth++;
      const kind = PROSE_BLOCKS[name];
      if (kind) {
        blocks.push({ start: toFile(node.from), end: toFile(node.to), kind, blockquote: blockquoteDepth > 0 });
        return true;
      }
      if (OPAQUE_BLOCKS.has(name)) return false;
      if (HIDDEN_INLINE.has(name)) {
        hidden.push({ start: toFile(node.from), end: toFile(node.to) });
        return false;
      }
      if (name === 'Escape') {
        // `\"` is a literal quotation mark: hide only the backslash.
        const start = toFile(node.from);
        hidden.push({ start, end: start + 1 });
        return false;
      }
      return true;
    },
    leave(node: SyntaxNodeRef) {
      if (node.name === 'Blockquote') blockquoteDepth--;
    },
  });
  return { frontMatter, source: lf, tree, blocks, hidden };
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
