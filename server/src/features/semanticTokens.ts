// textDocument/semanticTokens/full and /range: the core's highlights (speakers, unattributed
// quotations) as LSP semantic tokens. Read from the analysis of the current version, never
// recomputed; empty when `copydesk.semanticHighlighting` is off for the draft.
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import { HIGHLIGHT_MODIFIERS, HIGHLIGHT_TYPES, highlightsOf, type Highlight } from '../core/highlights';
import type { LineIndex } from '../core/lines';
import type { DraftState, Session } from '../session';

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...HIGHLIGHT_TYPES],
  tokenModifiers: [...HIGHLIGHT_MODIFIERS],
};

function modifierBits(highlight: Highlight): number {
  return highlight.modifiers.reduce((bits, modifier) => bits | (1 << HIGHLIGHT_MODIFIERS.indexOf(modifier)), 0);
}

/** Encodes highlights overlapping [from, to), one token per line a highlight covers (LSP tokens
 * may not span lines unless a client says so). */
export function encode(highlights: Highlight[], lines: LineIndex, from = 0, to = Number.MAX_SAFE_INTEGER): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const highlight of highlights) {
    if (highlight.end <= from || highlight.start >= to) continue;
    const type = HIGHLIGHT_TYPES.indexOf(highlight.type);
    const modifiers = modifierBits(highlight);
    const start = lines.positionAt(highlight.start);
    const end = lines.positionAt(highlight.end);
    for (let line = start.line; line <= end.line; line++) {
      const lineStart = lines.offsetAt({ line, character: 0 });
      const first = line === start.line ? start.character : 0;
      const last = line === end.line ? end.character : lines.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) - lineStart;
      if (last > first && lineStart + last > from && lineStart + first < to) builder.push(line, first, last - first, type, modifiers);
    }
  }
  return builder.build();
}

function highlightsOfState(state: DraftState | undefined): Highlight[] {
  return state?.analysis ? highlightsOf(state.analysis.context) : [];
}

export function registerSemanticTokens(session: Session): void {
  const { connection } = session;
  connection.languages.semanticTokens.on(async (params) => {
    const state = await session.stateOf(params.textDocument.uri);
    return state ? encode(highlightsOfState(state), state.lines) : { data: [] };
  });
  connection.languages.semanticTokens.onRange(async (params) => {
    const state = await session.stateOf(params.textDocument.uri);
    if (!state) return { data: [] };
    const from = state.lines.offsetAt(params.range.start);
    const to = state.lines.offsetAt(params.range.end);
    return encode(highlightsOfState(state), state.lines, from, to);
  });
  // The setting (or anything the analysis depends on) changed: the editor asks again.
  session.onSettingsChanged(() => {
    if (session.support.semanticTokensRefresh) void connection.languages.semanticTokens.refresh();
  });
}
