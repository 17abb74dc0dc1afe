// Quick fixes from the findings' own fixes, and `source.fixAll.copydesk` for
// `editor.codeActionsOnSave`. Fixes come from the analysis of the current version, never recomputed.
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import { disableEdit } from '../core/directives';
import { fixAllEdits } from '../core/fixes';
import type { Finding } from '../core/types';
import { toDiagnostic } from '../diagnostics';
import { workspaceEdit } from '../edits';
import { toOffset } from '../positions';
import type { DraftState, Session } from '../session';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

/** More quick fixes for the findings in [start, end] (the names' "Make X the house spelling"). */
export type QuickFixProvider = (state: DraftState, start: number, end: number) => CodeAction[];

export function registerCodeActions(session: Session, providers: QuickFixProvider[] = []): void {
  session.connection.onCodeAction(async (params) => {
    const state = await session.stateOf(params.textDocument.uri);
    if (!state?.analysis) return [];
    const { findings } = state.analysis;
    const only = params.context.only;
    const actions: CodeAction[] = [];

    if (wants(only, CodeActionKind.QuickFix)) {
      const range: Range = params.range;
      const start = toOffset(state.lines, range.start);
      const end = toOffset(state.lines, range.end);
      const touched = findings.filter((f) => f.start <= end && f.end >= start);
      for (const finding of touched) {
        const diagnostic = toDiagnostic(finding, state.lines);
        for (const fix of finding.fixes) {
          actions.push({
            title: fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.isPreferred,
            edit: workspaceEdit(session, state, fix.edits),
          });
        }
      }
      for (const provider of providers) actions.push(...provider(state, start, end));
      // Last in the menu: turning a check off for this draft, once per check touched.
      const codes = new Set<string>();
      for (const finding of touched) {
        if (codes.has(finding.code)) continue;
        codes.add(finding.code);
        const edit = disableEdit(state.analysis.context.doc.text, finding.code, state.analysis.context.doc.frontMatter?.end ?? 0);
        actions.push({
          title: `Turn off ${finding.code} for this draft`,
          kind: CodeActionKind.QuickFix,
          diagnostics: touched.filter((f) => f.code === finding.code).map((f) => toDiagnostic(f, state.lines)),
          edit: workspaceEdit(session, state, [edit]),
        });
      }
    }

    if (wants(only, FIX_ALL_KIND) && (only || findings.some(hasPreferredFix))) {
      const edits = fixAllEdits(findings);
      if (edits.length) {
        actions.push({ title: 'Copydesk: fix all in this draft', kind: FIX_ALL_KIND, edit: workspaceEdit(session, state, edits) });
      }
    }
    return actions;
  });
}

function hasPreferredFix(finding: Finding): boolean {
  return finding.fixes.some((fix) => fix.isPreferred);
}
