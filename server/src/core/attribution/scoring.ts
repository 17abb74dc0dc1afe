// How much a candidate source is worth. Every candidate for a quotation's speaker comes with its
// evidence (where the attribution stands and what form it takes) and a few facts about the source;
// a small linear model weighs them into a score, the best candidate wins, and a quotation is left
// unattributed only when no candidate reaches the threshold. The weights are fitted on annotated
// published news (server/scripts/fit-attribution.ts); see weights.ts for how and the figures.
import { WEIGHTS, THRESHOLD } from './weights';

/** Where and how a candidate source is attributed, strongest first. */
export type Evidence =
  /** In the quotation's own sentence: a subject and verb next to it, "according to", an introduction. */
  | 'own sentence'
  /** A label before it: `Jane Roe, The Daily Ledger: "…"`, `MR. SMITH:`, a broadcast slug. */
  | 'label'
  /** A quotation left open in the paragraph before, continued here. */
  | 'continuation'
  /** An earlier quotation of its sentence, or of the sentence before, with a speaker. */
  | 'quotation before'
  /** A reporting verb in the sentence before, in the same paragraph. */
  | 'sentence before'
  /** A reporting verb in the sentence after, in the same paragraph. */
  | 'sentence after'
  /** The paragraph before ends with a colon after its subject and verb ("Rubio said:", "The chair read the statement aloud:"). */
  | 'colon introduction'
  /** The paragraph before ends on its verb, introducing the speaker ("Her roommate cut in."). */
  | 'introduction'
  /** A quotation-only paragraph after quotation paragraphs a colon introduction opened ("as follows:"). */
  | 'introduced run'
  /** A quotation-only paragraph after a paragraph ending with a quotation that has a speaker. */
  | 'run'
  /** A quotation-only paragraph after a paragraph whose quotation has a speaker, then writer's words. */
  | 'closed run'
  /** A person acting in the quotation's paragraph (an action beat): "Reyes wipes his hands. "…"" */
  | 'beat'
  /** The person the paragraph before ends on, as its subject. */
  | 'paragraph before';

/** Where each evidence stands, in the words a hover or a finding shows. */
export const EVIDENCE_WORDS: Record<Evidence, string> = {
  'own sentence': 'in its own sentence',
  label: 'by a label naming the speaker',
  continuation: 'in the paragraph this quotation continues',
  'quotation before': 'by the quotation before it in the paragraph',
  'sentence before': 'in the sentence before',
  'sentence after': 'in the sentence after',
  'colon introduction': 'by the paragraph before, which introduces it with a colon',
  introduction: 'by the paragraph before, which introduces it',
  'introduced run': 'by the introduction the quotation paragraphs before it follow',
  run: 'by the quotation that ends the paragraph before',
  'closed run': 'by the quotation in the paragraph before',
  beat: 'by the person acting in its paragraph',
  'paragraph before': 'by the person the paragraph before ends on',
};

/** Why a candidate with this evidence is not enough on its own, for the evidence the model rejects. */
export const WEAK_EVIDENCE: Partial<Record<Evidence, string>> = {
  run: 'a new paragraph that opens with a closed quotation needs its own attribution, even from the same speaker',
  'closed run': 'a new paragraph that opens with a closed quotation needs its own attribution, even from the same speaker',
  'paragraph before': 'a paragraph about someone does not say they spoke',
  beat: 'someone acting near a quotation is not said to speak it',
  'sentence after': 'the sentence after it is too far from it to attribute it',
};

/** What kind of source a candidate names. */
export type SourceKind = 'person' | 'pronoun' | 'described' | 'other';

export interface Features {
  evidence: Evidence;
  source: SourceKind;
  /**
   * The quotation is all its paragraph holds. Kept for the hover, not weighed: the stripped
   * attributions the model learns its negatives from are all whole paragraphs, so the weight
   * would learn how the examples were made rather than how copy is written.
   */
  wholeParagraph: boolean;
  /** Sentences between the quotation and the attribution (0: next to it). */
  distance: number;
}

/** The features as the model's inputs, in the order of the weights. */
export const FEATURE_NAMES = [
  'bias',
  'evidence: own sentence', 'evidence: label', 'evidence: continuation', 'evidence: quotation before',
  'evidence: sentence before', 'evidence: sentence after', 'evidence: introduction', 'evidence: introduced run', 'evidence: run', 'evidence: closed run',
  'evidence: beat', 'evidence: paragraph before',
  'source: person', 'source: pronoun', 'source: described', 'distance',
] as const;

export function featureVector(f: Features): number[] {
  const evidence = FEATURE_NAMES.indexOf(`evidence: ${f.evidence}` as (typeof FEATURE_NAMES)[number]);
  const v = new Array<number>(FEATURE_NAMES.length).fill(0);
  v[0] = 1;
  if (evidence >= 0) v[evidence] = 1;
  if (f.source !== 'other') v[FEATURE_NAMES.indexOf(`source: ${f.source}` as (typeof FEATURE_NAMES)[number])] = 1;
  v[FEATURE_NAMES.indexOf('distance')] = Math.min(f.distance, 4);
  return v;
}

/** The model's score of a candidate: the log-odds that it is the speaker. */
export function score(f: Features): number {
  const v = featureVector(f);
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i] * (WEIGHTS[i] ?? 0);
  return sum;
}

/**
 * Evidence that names the speaker as directly as the quotation's own sentence: a label, and a
 * colon introduction (`Rubio said: ¶ "…"`, the wire form across a paragraph break) and the quotation
 * paragraphs it opens. Not left to the model, which weighs what a reader infers.
 */
export const DIRECT: ReadonlySet<Evidence> = new Set<Evidence>(['own sentence', 'label', 'colon introduction', 'introduced run']);

/** Whether a candidate is plausible enough to credit the quotation to it. */
export function plausible(f: Features): boolean {
  return DIRECT.has(f.evidence) || score(f) >= THRESHOLD;
}
