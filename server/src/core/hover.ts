// Hover cards, composed from providers: each provider answers for what it knows at an offset
// (a quotation, a name, a title), and the server joins the cards into one hover.
import type { CheckContext } from './checks/check';
import { nameHover } from './names/hover';
import { quotationHover } from './attribution/hover';
import { titleHover } from './titles/hover';

export interface HoverCard {
  start: number;
  end: number;
  markdown: string;
}

export type HoverProvider = (context: CheckContext, offset: number) => HoverCard | undefined;

const PROVIDERS: HoverProvider[] = [quotationHover, nameHover, titleHover];

/** Every card the providers have for `offset`, in provider order. */
export function hoverAt(context: CheckContext, offset: number): HoverCard[] {
  const cards: HoverCard[] = [];
  for (const provider of PROVIDERS) {
    const card = provider(context, offset);
    if (card) cards.push(card);
  }
  return cards;
}
