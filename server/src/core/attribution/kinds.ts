// Kinds: whether a quotation is someone's words (a full quotation, or a partial one woven into the
// writer's sentence) or needs no speaker (a scare quote, the title of a work), read from the words
// around its marks.
import { REPORTING_VERBS, TITLE_MARKERS, WORK_NOUNS } from '../quotes/lexicon';
import type { Quotation } from '../quotes/quotations';
import { lastPieces } from './text';

export function titleReason(before: string, text: string, titleCase: boolean): string | null {
  if (TITLE_MARKERS.test(before)) return `the title of a work ("${before.trim().split(/\s+/).pop()}")`;
  if (/^Operation\s+\p{Lu}/u.test(text)) return 'the name of an operation';
  if (!titleCase) return null;
  // CBS's "Face the Nation" · Fox News' "Hannity"
  // The name of the outlet is a few words: looking further back would retry every capitalised word.
  if (/\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*)*(?:['’]s|s['’]|['’])\s*$/u.test(before.slice(-120))) {
    return 'the title of a show, publication or work';
  }
  // the book "…" · a report called "…"
  const words = before.trim().toLowerCase().replace(/[,]/g, '').split(/\s+/);
  const nearWork = words.slice(-4).some((w) => WORK_NOUNS.has(w.replace(/['’]s$/, '')));
  if (nearWork && (WORK_NOUNS.has(words[words.length - 1]) || /^(?:called|named|dubbed)$/.test(words[words.length - 1]))) return 'the title of a work';
  return null;
}

/** Whether the words before a quotation end a clause, so the quotation is a sentence of its own. */
export function startsClause(before: string): boolean {
  const trimmed = before.trimEnd();
  if (!trimmed.trim()) return true;
  if (/[:]$/.test(trimmed)) return true;
  if (/[—–]$/.test(trimmed)) return true;
  // The last ten blank-separated pieces, last first: all that is read of what may be a long sentence.
  const tokens = lastPieces(trimmed, 10);
  const last = tokens[0].toLowerCase().replace(/[,]$/, '');
  if (/,$/.test(trimmed)) {
    if (/\baccording to\b/i.test(trimmed)) return true;
    return tokens.some((t) => { const f = REPORTING_VERBS.get(t.toLowerCase().replace(/[,.]$/, '')); return f?.cls === 'speech'; })
      || /^(?:in|on)\s+(?:a|an|his|her|its|their)\s+(?:statement|post|interview|letter|speech|address|message|tweet|video)/i.test(trimmed.trim());
  }
  const form = REPORTING_VERBS.get(last);
  if (form?.cls === 'speech' && !form.progressive) return true;
  if (form?.cls === 'speech' && form.progressive) return true; // "saying "…""
  if (last === 'that') {
    // said that "…" · told Reuters that "…"
    return tokens.slice(1, 8).some((t) => REPORTING_VERBS.get(t.toLowerCase().replace(/[,.]$/, ''))?.cls === 'speech');
  }
  return false;
}

/** Writer's words run on right after the closing mark: the quotation is part of a phrase (`"concessions" to end`). */
export function embedded(quote: Quotation, after: string, lastMark: string): boolean {
  if (quote.close === null) return false;
  if (/[,.;:!?…—-]/.test(lastMark)) return false;
  const m = /^\s+([\p{Ll}][\p{L}'’-]*)/u.exec(after);
  if (!m) return false;
  const word = m[1].toLowerCase();
  if (REPORTING_VERBS.has(word) || /^(?:he|she|they|it|we|i)$/.test(word)) return false;
  return true;
}

