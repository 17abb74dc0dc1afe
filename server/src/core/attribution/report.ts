// The machine-readable form of a draft's quotations: what `copydesk quotes --format json`
// prints and what newsroom tools and the evaluation read. Offsets are UTF-16 code units.
import type { CheckContext } from '../checks/check';
import { attributionsOf, type QuoteKind } from '.';
import { whyUnattributed } from './hover';

export interface SpanJson {
  start: number;
  end: number;
  text: string;
}

export interface QuotationJson extends SpanJson {
  kind: QuoteKind;
  /** `name`: the resolved full name or the described source; `mention`: the words that attribute it. */
  speaker: { name: string; mention: SpanJson } | null;
  cue: SpanJson | null;
  /** Where the attribution stands ("own sentence", "sentence before", "label", "introduction", …); null when none. */
  evidence: string | null;
  /** For a quotation nobody is credited with, why: nothing names a speaker, or the nearest source is too weak. */
  unattributed?: string;
}

export function quotationsJson(context: CheckContext): QuotationJson[] {
  return attributionsOf(context).quotes.map((q) => ({
    start: q.text.start,
    end: q.text.end,
    text: q.text.text,
    kind: q.kind,
    speaker: q.speaker ? { name: q.speaker.name, mention: { ...plain(q.speaker.mention) } } : null,
    cue: q.cue ? plain(q.cue) : null,
    evidence: q.speaker ? q.evidence ?? null : null,
    ...(q.needsSpeaker && !q.speaker ? { unattributed: whyUnattributed(q) } : {}),
  }));
}

function plain(span: SpanJson): SpanJson {
  return { start: span.start, end: span.end, text: span.text };
}
