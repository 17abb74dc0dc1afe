// textDocument/hover: the cards of every hover provider at the position, joined.
import type { Hover } from 'vscode-languageserver';
import { hoverAt } from '../core/hover';
import { toOffset, toRange } from '../positions';
import type { Session } from '../session';

export function registerHover(session: Session): void {
  session.connection.onHover(async (params): Promise<Hover | null> => {
    const state = await session.stateOf(params.textDocument.uri);
    if (!state?.analysis) return null;
    const cards = hoverAt(state.analysis.context, toOffset(state.lines, params.position));
    if (!cards.length) return null;
    return {
      contents: { kind: 'markdown', value: cards.map((card) => card.markdown).join('\n\n---\n\n') },
      range: toRange(state.lines, cards[0].start, cards[0].end),
    };
  });
}
