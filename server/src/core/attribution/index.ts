// The attribution layer: who said each quotation. It sits above the quotation marks (quotes/) and
// the people of the draft (people/), and every check, view and tool that asks who is speaking reads
// it through this module.
export {
  attributionsOf, accordingToAtEnd,
  type AttributedQuotation, type Attributions, type AttributionVia, type QuoteKind, type Speaker, type TextSpan,
} from './attributor';
