// Positions, ranges and edits of a draft as an LSP client computes them, for the server tests.
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit } from 'vscode-languageserver-protocol';

function documentOf(text: string): TextDocument {
  return TextDocument.create('file:///drafts/x.txt', 'plaintext', 1, text);
}

/** The position `delta` characters into the `nth` occurrence of `needle` (which must occur). */
export function positionOf(text: string, needle: string, { delta = 0, nth = 1 }: { delta?: number; nth?: number } = {}): Position {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${nth} time(s) in the draft`);
  }
  return documentOf(text).positionAt(at + delta);
}

/** The words a diagnostic or an edit covers. */
export function wordsAt(text: string, range: Range | { range: Range }): string {
  return documentOf(text).getText('range' in range ? range.range : range);
}

/** The text after the edits, applied as an editor applies them. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(documentOf(text), edits);
}
