// Core text edits as an LSP WorkspaceEdit, versioned where the client allows so that an edit
// computed for an older version of the draft is refused instead of applied to the wrong text.
import type { SnippetTextEdit, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextEdit } from './core/types';
import { toRange, type LineIndex } from './positions';
import type { DraftState, Session } from './session';

export function toLspEdits(edits: readonly TextEdit[], lines: LineIndex): LspTextEdit[] {
  return edits.map((edit) => ({ range: toRange(lines, edit.start, edit.end), newText: edit.newText }));
}

/** Text as a snippet's literal part: `$`, `}` and `\` escaped. */
function snippetLiteral(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

/** An edit with a placeholder as a snippet edit: the placeholder is the first (and only) tab stop. */
export function toSnippetEdit(edit: TextEdit, lines: LineIndex): SnippetTextEdit | LspTextEdit {
  const range = toRange(lines, edit.start, edit.end);
  const hole = edit.placeholder;
  if (!hole) return { range, newText: edit.newText };
  const value = snippetLiteral(edit.newText.slice(0, hole.start))
    + `\${1:${snippetLiteral(edit.newText.slice(hole.start, hole.end))}}`
    + snippetLiteral(edit.newText.slice(hole.end));
  return { range, snippet: { kind: 'snippet', value } };
}

export function workspaceEdit(session: Session, state: DraftState, edits: readonly TextEdit[]): WorkspaceEdit {
  if (session.support.documentChanges) {
    // Snippet edits (LSP 3.18) only inside documentChanges, and only for clients that say so:
    // everywhere else the placeholder is inserted as the plain text it is.
    const lspEdits = session.support.snippetEdits ? edits.map((edit) => toSnippetEdit(edit, state.lines)) : toLspEdits(edits, state.lines);
    return { documentChanges: [{ textDocument: { uri: state.uri, version: state.version }, edits: lspEdits }] };
  }
  return { changes: { [state.uri]: toLspEdits(edits, state.lines) } };
}
