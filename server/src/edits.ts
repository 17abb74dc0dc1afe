// Core text edits as an LSP WorkspaceEdit, versioned where the client allows so that an edit
// computed for an older version of the draft is refused instead of applied to the wrong text.
import type { TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextEdit } from './core/types';
import { toRange, type LineIndex } from './positions';
import type { DraftState, Session } from './session';

export function toLspEdits(edits: readonly TextEdit[], lines: LineIndex): LspTextEdit[] {
  return edits.map((edit) => ({ range: toRange(lines, edit.start, edit.end), newText: edit.newText }));
}

export function workspaceEdit(session: Session, state: DraftState, edits: readonly TextEdit[]): WorkspaceEdit {
  const lspEdits = toLspEdits(edits, state.lines);
  if (session.support.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: state.uri, version: state.version }, edits: lspEdits }] };
  }
  return { changes: { [state.uri]: lspEdits } };
}
