// textDocument/documentSymbol: the draft's speakers, each with their quotations (the Outline view).
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { speakersOf } from '../core/attribution/speakers';
import { toRange } from '../positions';
import type { Session } from '../session';

const MAX_NAME = 80;

export function registerSymbols(session: Session): void {
  session.connection.onDocumentSymbol(async (params): Promise<DocumentSymbol[]> => {
    const state = await session.stateOf(params.textDocument.uri);
    if (!state?.analysis) return [];
    const lines = state.lines;
    return speakersOf(state.analysis.context).map((group) => {
      const children: DocumentSymbol[] = group.quotes.map((q) => ({
        name: q.text.text.length > MAX_NAME ? `${q.text.text.slice(0, MAX_NAME - 1)}…` : q.text.text || '(empty quotation)',
        detail: q.speaker ? `${q.kind}${q.cue ? `, "${q.cue.text}"` : ''}` : `${q.kind}, unattributed`,
        kind: SymbolKind.String,
        range: toRange(lines, q.quote.start, Math.max(q.quote.end, q.text.end)),
        selectionRange: toRange(lines, q.text.start, q.text.end),
      }));
      const first = group.quotes[0];
      const start = Math.min(...group.quotes.map((q) => q.quote.start));
      const end = Math.max(...group.quotes.map((q) => Math.max(q.quote.end, q.text.end)));
      return {
        name: group.name ?? 'Unattributed',
        detail: `${group.quotes.length} quotation${group.quotes.length === 1 ? '' : 's'}`,
        kind: group.name ? SymbolKind.Object : SymbolKind.Null,
        range: toRange(lines, start, end),
        selectionRange: toRange(lines, first.text.start, first.text.end),
        children,
      };
    });
  });
}
