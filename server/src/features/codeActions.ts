// Quick fixes from the findings' own fixes, and `source.fixAll.copydesk` for
// `editor.codeActionsOnSave`. Fixes come from the analysis of the current version, never recomputed.
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver';
import { disableEdit } from '../core/directives';
import { fixAllEdits } from '../core/fixes';
import type { Finding, Fix } from '../core/types';
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
      const touched: Finding[] = [];
      // A fix shared by several findings ("change all N") is one action with all their diagnostics.
      const offered = new Map<Fix, CodeAction>();
      findings.forEach((finding, index) => {
        if (finding.start > end || finding.end < start) return;
        touched.push(finding);
        const diagnostic = toDiagnostic(finding, state.lines);
        finding.fixes.forEach((fix, fixIndex) => {
          const shared = offered.get(fix);
          if (shared) {
            shared.diagnostics!.push(diagnostic);
            return;
          }
          const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.isPreferred };
          // A fix over the whole draft is built when chosen (codeAction/resolve), where the client can.
          if (fix.reach === 'draft' && session.support.codeActionResolveEdit) action.data = { uri: state.uri, version: state.version, finding: index, fix: fixIndex } satisfies ResolveData;
          else action.edit = workspaceEdit(session, state, fix.edits);
          offered.set(fix, action);
          actions.push(action);
        });
      });
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

/** What a code action left to resolve carries: the fix, as the analysis of that version holds it. */
interface ResolveData {
  uri: string;
  version: number;
  finding: number;
  fix: number;
}

/** codeAction/resolve: the edit of a fix over the whole draft, built now that it was chosen. */
export function registerCodeActionResolve(session: Session): void {
  session.connection.onCodeActionResolve(async (action) => {
    const data = action.data as ResolveData | undefined;
    if (action.edit || !data || typeof data.uri !== 'string') return action;
    const state = await session.stateOf(data.uri);
    // The draft moved on since the menu was shown: nothing to apply to the text as it is now.
    if (!state?.analysis || state.version !== data.version) return action;
    const fix = state.analysis.findings[data.finding]?.fixes[data.fix];
    if (!fix || fix.title !== action.title) return action;
    return { ...action, edit: workspaceEdit(session, state, fix.edits) };
  });
}

function hasPreferredFix(finding: Finding): boolean {
  return finding.fixes.some((fix) => fix.isPreferred);
}
