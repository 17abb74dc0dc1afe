// Names in the editor: rename (F2) of every spelling of a name, completion with the house
// spelling, and the "Make X the house spelling" quick fix on name findings.
import { CodeActionKind, CompletionItemKind, type CodeAction, type CompletionItem } from 'vscode-languageserver';
import { nameCompletions, renameEdits, renameTargetAt } from '../core/names/editing';
import { nameSpellingsOf } from '../core/names/spellings';
import { toDiagnostic } from '../diagnostics';
import { workspaceEdit } from '../edits';
import { toOffset, toRange } from '../positions';
import type { DraftState, Session } from '../session';
import { MAKE_HOUSE_SPELLING, type MakeHouseSpellingArgs, type Stylebooks } from './stylebooks';

export function registerNames(session: Session): void {
  const { connection } = session;

  connection.onPrepareRename(async (params) => {
    const state = await session.stateOf(params.textDocument.uri);
    if (!state?.analysis) return null;
    const target = renameTargetAt(state.analysis.context, toOffset(state.lines, params.position));
    return target ? { range: toRange(state.lines, target.start, target.end), placeholder: target.text } : null;
  });

  connection.onRenameRequest(async (params) => {
    const state = await session.stateOf(params.textDocument.uri);
    if (!state?.analysis) return null;
    const edits = renameEdits(state.analysis.context, toOffset(state.lines, params.position), params.newName);
    return edits ? workspaceEdit(session, state, edits) : null;
  });

  connection.onCompletion(async (params): Promise<CompletionItem[]> => {
    const state = await session.stateOf(params.textDocument.uri);
    if (!state?.analysis) return [];
    const offset = toOffset(state.lines, params.position);
    return nameCompletions(state.analysis.context, offset).map((c, i) => ({
      label: c.label,
      kind: CompletionItemKind.Text,
      detail: c.detail,
      sortText: String(i).padStart(3, '0'),
      filterText: state.analysis!.context.doc.text.slice(c.replace.start, c.replace.end) + c.label,
      textEdit: { range: toRange(state.lines, c.replace.start, c.replace.end), newText: c.label },
    }));
  });
}

/** Spellings quoted for a menu title: “A”, “B” and at most two more. */
function quoted(spellings: readonly string[]): string {
  const shown = spellings.slice(0, 3).map((s) => `“${s}”`);
  return spellings.length > 3 ? `${shown.join(', ')} and ${spellings.length - 3} more` : shown.join(', ');
}

/**
 * "Make X the house spelling" for the name findings touching [start, end]: one per spelling of the
 * family, each saying what it replaces so that two entries never read alike. The accepted spelling
 * comes first; a spelling the knowledge base corrects comes last, worded as overriding it.
 */
export function houseSpellingActions(stylebooks: Stylebooks | undefined, state: DraftState, start: number, end: number): CodeAction[] {
  if (!state.analysis || !stylebooks?.trusted) return [];
  const actions: CodeAction[] = [];
  const overrides: CodeAction[] = [];
  const offered = new Set<string>();
  const spellings = nameSpellingsOf(state.analysis.context);
  // The stylebook these findings were computed with: the write is refused if it is no longer that one.
  const stylebook = stylebooks.snapshotFor(state.uri, state.settings);
  // An untitled draft with no stylebook named in the settings has none to write into.
  if (!stylebooks.canWriteFor(state.uri, state.settings)) return [];
  for (const finding of state.analysis.findings) {
    if (!finding.code.startsWith('name.') || finding.end < start || finding.start > end) continue;
    const hit = spellings.familyAt(finding.start);
    if (!hit) continue;
    const family = hit.family;
    const all = family.spellings.map((s) => s.text);
    if (!all.some((s) => s === family.accepted)) all.push(family.accepted);
    // The house stylebook decided (its spelling may also be the knowledge base's: Kyiv).
    const byHouse = family.acceptedFrom === 'stylebook' || finding.code === 'name.house-style';
    for (const house of [family.accepted, hit.occurrence.text]) {
      // Already the house spelling: nothing to write.
      if (house === family.accepted && byHouse) continue;
      if (offered.has(house)) continue;
      offered.add(house);
      const replaced = all.filter((s) => s !== house);
      const args: MakeHouseSpellingArgs = { uri: state.uri, house, replaced, stylebook };
      const overridesHouse = house !== family.accepted && byHouse;
      const overridesKnowledge = house !== family.accepted && !byHouse && family.acceptedFrom === 'knowledge';
      const others = replaced.filter((s) => s !== family.accepted);
      const also = others.length ? ` (also replaces ${quoted(others)})` : '';
      const title = overridesKnowledge
        ? `Make “${house}” the house spelling, overriding the knowledge base’s “${family.accepted}”${also}`
        : overridesHouse
          ? `Make “${house}” the house spelling instead of “${family.accepted}”${also}`
          : `Make “${house}” the house spelling (replaces ${quoted(replaced)})`;
      (overridesKnowledge ? overrides : actions).push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(finding, state.lines)],
        command: { title: `Make “${house}” the house spelling`, command: MAKE_HOUSE_SPELLING, arguments: [args] },
      });
    }
  }
  return [...actions, ...overrides];
}
