// Reading the prose in place: title case, blanks and the last pieces of a text, without splitting
// or copying what may be a long sentence.

const TITLE_CASE_FIRST = /[\p{Lu}\p{N}]/uy;
const TITLE_CASE_WORD = /[\p{Lu}\p{N}"“‘'(]/uy;
const MINOR_WORD = /^(?:a|an|the|and|but|or|nor|for|of|in|on|at|to|by|with|from|as|is|are|vs\.?|via|into|over)$/;
const TRAILING_PUNCTUATION = ',.:;!?';

/**
 * Every word capitalised but the minor ones, after the first; trailing punctuation aside. Read in
 * place (no split): it runs on every quotation.
 */
export function isTitleCase(text: string): boolean {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(text[end - 1])) end--;
  let first = true;
  for (let i = 0; i < end;) {
    if (isBlank(text.charCodeAt(i))) { i++; continue; }
    let wordEnd = i + 1;
    while (wordEnd < end && !isBlank(text.charCodeAt(wordEnd))) wordEnd++;
    const head = first ? TITLE_CASE_FIRST : TITLE_CASE_WORD;
    head.lastIndex = i;
    if (!head.test(text) && (first || !MINOR_WORD.test(text.slice(i, wordEnd)))) return false;
    first = false;
    i = wordEnd;
  }
  return !first;
}

/** The characters `\s` matches in a regular expression (ECMAScript white space and line terminators). */
export function isBlank(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The last `count` blank-separated pieces of `text`, last first: `text.split(/\s+/).slice(-count)`
 * reversed, except for the empty piece leading blanks give.
 */
export function lastPieces(text: string, count: number): string[] {
  const pieces: string[] = [];
  let end = text.length;
  while (pieces.length < count) {
    while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !isBlank(text.charCodeAt(start - 1))) start--;
    pieces.push(text.slice(start, end));
    end = start;
  }
  return pieces;
}

/** How many runs of blanks `text` holds, counting no further than `most`. */
export function blankRuns(text: string, most: number): number {
  let runs = 0;
  for (let i = 0; i < text.length && runs < most; i++) {
    if (isBlank(text.charCodeAt(i)) && (i === 0 || !isBlank(text.charCodeAt(i - 1)))) runs++;
  }
  return runs;
}

/** The last blank-separated piece of `text` ('' when it is all blanks), as `text.trim().split(/\s+/).pop()`. */
export function lastPiece(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isBlank(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}
