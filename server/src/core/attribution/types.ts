// The attribution layer's vocabulary: a quotation's kind, its speaker, how the draft attributes it,
// and the sources considered for it.

import type { DraftPerson } from '../people/people';
import type { Span } from '../types';
import type { Evidence, Features, SourceKind } from './scoring';
import type { Quotation } from '../quotes/quotations';

export type QuoteKind = 'full' | 'partial' | 'scare' | 'title';

export interface TextSpan extends Span {
  text: string;
}

export interface Speaker {
  /** The person's full name, or the described source as the draft words it ("a senior Ukrainian official"). */
  name: string;
  /** The words of the draft that name the speaker for this quotation ("he", "Rubio", "the secretary of state"). */
  mention: TextSpan;
  /** The person, when the speaker is one the draft names. */
  person: DraftPerson | null;
}

/** How the draft attributes a quotation. */
export type AttributionVia =
  | 'same sentence'         // "…," Rubio said. · Rubio said: "…"
  | 'sentence before'       // Rubio said talks went well. "…"  ·  "…," he said. "…"
  | 'sentence after'        // "…" That was how Rubio put it.
  | 'continuation'          // a quotation running on from the previous paragraph
  | 'paragraph before';     // Rubio said: ¶ "…" (or a blockquote), a run of quotation paragraphs

export interface AttributedQuotation {
  quote: Quotation;
  /** The quoted words: between the marks, without surrounding spaces and one trailing comma or period. */
  text: TextSpan;
  kind: QuoteKind;
  speaker: Speaker | null;
  /** The attribution words ("said", "according to", "told"), where the draft has them. */
  cue: TextSpan | null;
  via: AttributionVia | null;
  /** Full and partial quotations need a speaker; scare quotes and titles do not. */
  needsSpeaker: boolean;
  /** Why the kind was chosen, in the words a hover shows. */
  kindReason: string;
  /** What attributes it: the evidence of the chosen source. */
  evidence?: Evidence;
  /** Every source considered around the quotation, scored (the own sentence's cue is not listed). */
  candidates?: Candidate[];
}

/** A source considered for a quotation, with the evidence for it and its score. */
export interface Candidate {
  speaker: Speaker;
  cue: TextSpan | null;
  via: AttributionVia;
  features: Features;
  score: number;
}

/** The kind of source a speaker is, for the model. */
export function sourceKind(speaker: Speaker): SourceKind {
  if (speaker.person) return /^(?:he|she|him|her|his)$/i.test(speaker.mention.text) ? 'pronoun' : 'person';
  if (/^(?:he|she|it|they|we|i)$/i.test(speaker.mention.text)) return 'pronoun';
  return /^(?:a|an|the|one|another|some|two|three|several|many)\b/i.test(speaker.mention.text) ? 'described' : 'other';
}

export interface Attributions {
  quotes: AttributedQuotation[];
  /** The quotation whose marks or words cover `offset`. */
  at(offset: number): AttributedQuotation | undefined;
}

/** A word of the writer's prose, with its lower-case form. */
export interface Word extends Span {
  text: string;
  lower: string;
}

/** An attribution cue: the words that attribute (a verb, "according to", a colon) and the source they name. */
export interface Cue {
  verb: TextSpan;
  speaker: Speaker | null;
}
