// The attribution layer: who said each quotation. It sits above the quotation marks (quotes/) and
// the people of the draft (people/); every check, view and tool that asks who is speaking reads it
// through this module.
//
//   types.ts      a quotation's kind, speaker, cue and the candidates considered for it
//   kinds.ts      full, partial, scare quote or title, from the words around the marks
//   reader.ts     the prose, quotations, sentences and people every part reads
//   sources.ts    who a cue names: a person, a pronoun, an organisation, a described source
//   cues.ts       what attributes: a subject and verb next to the quotation, an introduction, a
//                 label, "according to", a sentence or paragraph around it, a sound bite
//   scoring.ts    the evidence of each candidate weighed by a small fitted model (weights.ts)
//   attributor.ts the layer: for each quotation, its kind, its candidates, the best plausible one
//   verbs.ts      finite verbs from a tagged lexicon (verbForms.ts, generated at build time)
//   speakers.ts, report.ts, hover.ts   the views: the Outline's speakers, `copydesk quotes` JSON, the hover
export { attributionsOf } from './attributor';
export { accordingToAtEnd } from './cues';
export { sourceKind, type AttributedQuotation, type Attributions, type AttributionVia, type Candidate, type QuoteKind, type Speaker, type TextSpan } from './types';
export { FEATURE_NAMES, featureVector, score, type Evidence, type Features, type SourceKind } from './scoring';
