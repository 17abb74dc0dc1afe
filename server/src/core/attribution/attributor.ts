// Who said each quotation. For every quotation of the draft: its kind (a full quotation, a partial
// one woven into the writer's sentence, a scare quote, a title), the attribution cue the draft
// gives (the reporting verb or "according to", and where), and the speaker it names, resolved
// through the people layer to a person or kept as the described source the writer gives.
//
// The rules follow wire-service practice (newsroom-conventions.md): the attribution stands in the
// quotation's own sentence, or in the sentence right before or after it in the same paragraph; one
// attribution serves the quoted sentences that follow it in the paragraph; a paragraph that
// continues a quotation left open keeps its speaker.
import type { CheckContext } from '../checks/check';
import type { DraftDocument } from '../document';
import { peopleOf, type DraftPerson, type People, type PersonMention } from '../people/people';
import { TITLE_HEADS, TITLE_WORDS } from '../people/lexicon';
import type { Span } from '../types';
import {
  DETERMINERS, MULTIWORD_FIRST, NOUN_LIKE, REPORTING_VERBS, SCARE_MARKERS, SOURCE_NOUNS, TITLE_MARKERS,
  WORK_NOUNS, type VerbForm,
} from '../quotes/lexicon';
import { isCommonWord } from '../names/words';
import { quotationsOf, type Quotation } from '../quotes/quotations';
import { outerSentencesOf, type OuterSentence } from '../quotes/sentences';
import { defineContextLayer } from '../contextLayer';

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
  | 'paragraph before';     // Rubio said: ¶ "…" (or a blockquote)

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
}

export interface Attributions {
  quotes: AttributedQuotation[];
  /** The quotation whose marks or words cover `offset`. */
  at(offset: number): AttributedQuotation | undefined;
}

interface Word extends Span {
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;
const ADVERBS = new Set(['also', 'later', 'then', 'again', 'further', 'once', 'still', 'previously', 'earlier', 'repeatedly', 'separately', 'recently', 'has', 'had', 'have', 'will', 'would', 'did', 'does', 'do', 'was', 'is', 'were', 'could', 'may', 'might', 'had', 'not', 'never', 'often', 'publicly', 'privately', 'simply', 'flatly', 'quickly', 'angrily', 'reportedly', 'allegedly', 'been', 'today', 'yesterday', 'tonight', 'now', 'formally', 'officially', 'jointly', 'initially', 'finally', 'subsequently', 'immediately', 'swiftly', 'openly', 'bluntly', 'firmly', 'sharply', 'strongly', 'explicitly', 'directly', 'personally']);
const FUNCTION_WORDS = new Set([
  'of', 'in', 'to', 'for', 'and', 'or', 'but', 'from', 'with', 'that', 'which', 'who', 'as', 'at', 'on', 'by',
  'between', 'against', 'about', 'over', 'into', 'than', 'if', 'when', 'while', 'because', 'after', 'before',
  'since', 'until', 'unless', 'so', 'yet', 'nor', 'through', 'within', 'without', 'during', 'toward', 'towards',
  'among', 'amid', 'despite', 'under', 'across', 'around', 'beyond', 'like', 'unlike', 'is', 'was', 'are',
  'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may',
  'might', 'must', 'do', 'does', 'did', 'not', 'no', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this',
  'these', 'those', 'there', 'here', 'where', 'how', 'why', 'what', 'whose', 'whom', 'all', 'both', 'either',
  'neither', 'each', 'every', 'more', 'most', 'less', 'least', 'very', 'too', 'also', 'only', 'just', 'even',
  'up', 'down', 'out', 'off', 'back', 'again', 'per', 'via', 'upon', 'onto', 'along', 'the', 'a', 'an',
]);
const PREPOSITIONS = new Set(['of', 'in', 'to', 'for', 'from', 'with', 'at', 'on', 'by', 'about', 'into', 'over', 'against', 'between', 'despite', 'under', 'toward', 'towards', 'among', 'amid', 'through', 'during', 'after', 'before', 'without', 'within', 'across']);
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself|we|we're|we’re|we've|we’ve|we'd|we’d|we'll|we’ll|us|our|ours|ourselves)\b/i;
/** Past-tense and participle endings of the reporting verbs (regular -ed and the irregular ones). */
const PAST_PARTICIPLE = /(?:ed|^said|^told|^written|^spoken|^sought|^found|^begun)$/;
/** Determiners before an adjective ("the proposed budget"); not "that", which also opens a clause. */
const ATTRIBUTIVE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Nouns ending in -ly, never the adverb of "the widely reported remarks". */
const LY_NOUNS = new Set(['assembly', 'family', 'ally', 'rally', 'supply', 'monopoly', 'anomaly', 'homily', 'jelly', 'belly', 'bully', 'lily', 'folly', 'italy']);
const POSSESSIVE_WORD = /\p{L}['’]s?$/u;
/** "he's said", "it's noted": a pronoun with "has" or "is", not a possessive. */
const CONTRACTED_PRONOUN = /^(?:he|she|it|that|who|there|what|here|where)['’]s$/;
/** Words that start what qualifies a source noun: "an official close to", "a source familiar with", "an aide to". */
const SOURCE_QUALIFIERS = new Set(['familiar', 'close', 'with', 'from', 'at', 'in', 'of', 'to', 'for', 'who', 'involved', 'briefed', 'knowledgeable', 'speaking', 'based', 'aware']);
/** Qualifiers that tie a source to whom they speak for or are close to ("a spokeswoman for", "an aide to"). */
const ON_BEHALF = new Set(['for', 'to', 'close', 'familiar', 'involved', 'briefed', 'knowledgeable', 'aware']);
/** Words that open a sentence before its subject ("But the ministry …"). */
const OPENING_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so', 'or', 'still', 'instead', 'meanwhile']);
/** Words that start a phrase fronted before the subject, ended by a comma ("On Tuesday, …"). */
const FRONTED = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'since', 'despite', 'following', 'amid', 'with', 'without', 'under',
  'over', 'for', 'from', 'by', 'as', 'when', 'while', 'although', 'though', 'because', 'if', 'once', 'until',
  'earlier', 'later', 'however', 'separately', 'last', 'this', 'yesterday', 'today', 'speaking', 'asked',
]);
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'also', 'then', 'later', 'again', 'not']);
/** Bodies that speak as one: what "it said" (and "they said") stands for. */
const ORGANISATION_HEADS = new Set([
  'ministry', 'government', 'kremlin', 'military', 'army', 'navy', 'police', 'office', 'department', 'commission',
  'court', 'embassy', 'administration', 'authority', 'authorities', 'delegation', 'palace', 'board', 'parliament',
  'senate', 'congress', 'cabinet', 'presidency', 'secretariat', 'regime', 'leadership', 'newspaper',
  'broadcaster', 'outlet', 'channel', 'station', 'service', 'university', 'school', 'hospital', 'city', 'county',
  'state', 'country', 'family', 'regulator', 'ministries', 'governments', 'agencies', 'groups', 'companies',
  'unions', 'parties', 'militants', 'rebels', 'forces',
]);
/** Documents that "say" things. */
const DOCUMENT_HEADS = new Set([
  'statement', 'report', 'declaration', 'document', 'letter', 'communique', 'communiqué', 'resolution', 'study',
  'paper', 'survey', 'poll', 'filing', 'lawsuit', 'complaint', 'memo', 'note', 'post', 'message', 'bill',
  'indictment', 'ruling', 'judgment', 'judgement', 'order', 'decision', 'agreement', 'proposal', 'text', 'draft',
]);
/** Singular nouns for groups referred to as "they". */
const COLLECTIVE = new Set(['police', 'people', 'staff', 'authorities', 'family', 'government', 'team', 'military']);
/**
 * Reporting verbs that tell of a decision or a commitment rather than of words ("agreed to",
 * "promised", "ordered"): inside what another speaker reported, they do not attribute.
 */
const REPORTED_ACTS = new Set(['agree', 'disagree', 'promise', 'vow', 'pledge', 'offer', 'propose', 'demand', 'order', 'rule', 'find', 'recommend', 'advise', 'direct', 'instruct', 'volunteer']);
/** Forms of the verbs that report words someone else heard: "was quoted as saying", "cited officials as saying". */
const QUOTING = new Set(['quote', 'quotes', 'quoted', 'quoting', 'cite', 'cites', 'cited', 'citing']);
/** A new coordinated clause in the writer's words (plain string search, no backtracking). */
const CLAUSE_BREAK = /;|,\s+(?:and|but)\s/;
const GENERIC_ORGANISATION = new Set(['group', 'organisation', 'organization', 'company', 'firm', 'forum', 'union', 'campaign', 'association', 'coalition', 'alliance', 'bank', 'agency', 'ministry', 'party', 'council', 'committee', 'movement', 'charity', 'network', 'institute', 'foundation', 'club', 'team', 'business', 'lender', 'retailer', 'insurer', 'carrier', 'airline', 'automaker', 'manufacturer', 'utility']);

/** The quotations of the draft with their kinds, cues and speakers; computed once per draft version. */
export const attributionsOf: (context: CheckContext) => Attributions = defineContextLayer('attributions', (context) => new Attributor(context).run());

interface Cue {
  verb: TextSpan;
  speaker: Speaker | null;
}

/**
 * How far before a quotation (in characters) its attribution is looked for. No cue stands that far
 * from its quotation in real copy; without a bound, a sentence of thousands of quotations made
 * every quotation read every word before it.
 */
const CUE_REACH = 1000;
/** How many earlier quotations of its sentence the cue before a quotation may reach back over. */
const QUOTATIONS_CROSSED_BY_CUE = 16;

class Attributor {
  private readonly doc: DraftDocument;
  private readonly prose: string;
  private readonly people: People;
  private readonly quotes: Quotation[];
  private readonly reach: Int32Array;
  private readonly sentences: ReturnType<typeof outerSentencesOf>;
  private readonly results: AttributedQuotation[] = [];
  /** Indexes of the results so far that credit a speaker with a full or partial quotation, in order. */
  private readonly spoken: number[] = [];
  /** Described sources met so far, for "the official" after "a Ukrainian official". */
  private readonly described: Speaker[] = [];

  constructor(context: CheckContext) {
    this.doc = context.doc;
    this.prose = context.doc.prose;
    this.people = peopleOf(context);
    // A quotation inside another is part of its words: the outer one is attributed.
    this.quotes = quotationsOf(context.doc).quotes.filter((q) => !q.nested);
    // The furthest end of the quotations up to each one, to find the quotation covering an offset
    // by binary search even when a stray mark makes two of them overlap.
    this.reach = new Int32Array(this.quotes.length);
    let reach = -1;
    this.quotes.forEach((q, i) => { reach = Math.max(reach, q.end); this.reach[i] = reach; });
    this.sentences = outerSentencesOf(context.doc);
  }

  run(): Attributions {
    for (const quote of this.quotes) {
      const result = this.attribute(quote);
      if (result.speaker && (result.kind === 'full' || result.kind === 'partial')) this.spoken.push(this.results.length);
      this.results.push(result);
    }
    // Attribution in the sentence after: only once every quotation has its own.
    for (const result of this.results) {
      if (result.needsSpeaker && !result.speaker) this.fromSentenceAfter(result);
    }
    const results = this.results;
    return {
      quotes: results,
      at(offset) {
        return results.find((r) => r.quote.start <= offset && offset < Math.max(r.quote.end, r.text.end));
      },
    };
  }

  private attribute(quote: Quotation): AttributedQuotation {
    const text = this.quoteText(quote);
    const sentence = this.sentences.at(quote.start) ?? { start: quote.start, end: quote.end, paragraph: quote.paragraph, index: -1 };
    const paragraph = this.doc.paragraphs[quote.paragraph];
    const before = this.prose.slice(this.leftBoundary(quote, sentence), quote.start);
    const after = this.prose.slice(quote.end, this.rightBoundary(quote, sentence));
    const result: AttributedQuotation = { quote, text, kind: 'full', speaker: null, cue: null, via: null, needsSpeaker: true, kindReason: '' };

    // Titles and scare quotes need no speaker.
    const titleCase = isTitleCase(text.text);
    const title = this.titleReason(quote, before, text.text, titleCase);
    if (title) return { ...result, kind: 'title', needsSpeaker: false, kindReason: title };
    if (SCARE_MARKERS.test(before)) return { ...result, kind: 'scare', needsSpeaker: false, kindReason: `a term the writer holds at a distance ("${before.trim().split(/\s+/).slice(-2).join(' ')}")` };

    // The attribution in the quotation's own sentence.
    const cue = this.cueAfter(quote, sentence) ?? this.cueBefore(quote, sentence);
    const fullPosition = this.startsClause(before) && !this.embedded(quote, after);
    // Counted without splitting: the number of pieces `text.text.split(/\s+/)` would give, up to
    // six (no rule below tells six from more).
    const pieces = blankRuns(text.text, 5) + 1;
    const lastMark = this.lastNonBlank(quote.contentStart, quote.contentEnd);
    const completeSentence = /^[\p{Lu}\p{N}]/u.test(text.text) && /[.!?…]/.test(lastMark) && pieces >= 3;
    // A name in title case woven into the sentence: a show, a book, a campaign ("on "Meet the Press."").
    if (!fullPosition && titleCase && pieces >= 2 && !cue) {
      return { ...result, kind: 'title', needsSpeaker: false, kindReason: 'a name in title case, not words anyone is quoted saying' };
    }
    if (fullPosition || completeSentence || quote.continuation || (quote.open === null)) {
      result.kind = 'full';
      result.kindReason = 'a quoted sentence or clause';
    } else {
      // A fragment in the writer's sentence.
      const lastBefore = lastPiece(before).toLowerCase();
      const nextWord = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(after)?.[1];
      const closesBare = quote.close !== null && !/[,.;:!?…]/.test(lastMark);
      const modifier = closesBare && !!nextWord && !FUNCTION_WORDS.has(nextWord) && !REPORTING_VERBS.has(nextWord)
        && (DETERMINERS.has(lastBefore) || PREPOSITIONS.has(lastBefore)) && pieces <= 4;
      if (modifier) return { ...result, kind: 'scare', needsSpeaker: false, kindReason: `a term used to describe "${nextWord}", not words anyone is quoted saying` };
      if (!cue && !FIRST_PERSON.test(text.text) && pieces < 6) {
        return { ...result, kind: 'scare', needsSpeaker: false, kindReason: 'a term in quotation marks with no one credited with it in its sentence' };
      }
      result.kind = 'partial';
      result.kindReason = 'a fragment of someone\'s words woven into the writer\'s sentence';
    }

    if (cue) {
      result.cue = cue.verb;
      result.speaker = cue.speaker;
      result.via = 'same sentence';
      this.remember(cue.speaker);
      return result;
    }
    // A paragraph continuing a quotation left open keeps its speaker.
    if (quote.continuation) {
      const previous = this.lastResult((r) => r.quote.paragraph >= quote.paragraph - 1, (r) => r.quote.paragraph === quote.paragraph - 1 && (r.quote.continues || r.quote.style === 'blockquote'));
      if (previous?.speaker) return { ...result, speaker: previous.speaker, cue: previous.cue, via: 'continuation' };
    }
    // An earlier quotation of the same sentence ("…," said Graham, R-S.C. "…"): its speaker.
    const sameSentence = this.lastSpoken(sentence.start, quote.start);
    if (sameSentence) return { ...result, speaker: sameSentence.speaker, cue: sameSentence.cue, via: 'sentence before' };
    // One attribution serves the quoted sentences that follow it in the paragraph.
    const previousSentence = sentence.index > 0 ? this.sentences.sentences[sentence.index - 1] : undefined;
    if (previousSentence && previousSentence.paragraph === quote.paragraph) {
      const earlier = this.lastSpoken(previousSentence.start, previousSentence.end);
      if (earlier) return { ...result, speaker: earlier.speaker, cue: earlier.cue, via: 'sentence before' };
      const spoken = this.cueInSentence(previousSentence);
      if (spoken) return { ...result, speaker: spoken.speaker, cue: spoken.verb, via: 'sentence before' };
    }
    // A blockquote signed off: "> … — Marco Rubio"
    if (quote.style === 'blockquote' && quote.end < paragraph.end) {
      const signed = this.speakerInSpan(quote.end, paragraph.end);
      if (signed) return { ...result, speaker: signed, cue: this.span(quote.end, paragraph.end), via: 'same sentence' };
    }
    // Rubio said: ¶ "…"  (or a blockquote after the sentence that introduces it)
    if (quote.start === paragraph.start && quote.paragraph > 0) {
      const previousParagraph = this.doc.paragraphs[quote.paragraph - 1];
      if (/:\s*$/.test(this.prose.slice(previousParagraph.start, previousParagraph.end)) || (quote.style === 'blockquote' && !previousParagraph.blockquote)) {
        const last = this.sentences.at(previousParagraph.end - 1);
        const spoken = last && this.cueInSentence(last);
        if (spoken) return { ...result, speaker: spoken.speaker, cue: spoken.verb, via: 'paragraph before' };
      }
    }
    return result;
  }

  private fromSentenceAfter(result: AttributedQuotation): void {
    const sentence = this.sentences.at(result.quote.start);
    if (!sentence) return;
    const next = this.sentences.sentences[sentence.index + 1];
    if (!next || next.paragraph !== sentence.paragraph) return;
    const first = this.quotes[this.quoteFrom(next.start)];
    if (first && first.start < next.end) return;
    const spoken = this.cueInSentence(next);
    if (spoken) {
      result.speaker = spoken.speaker;
      result.cue = spoken.verb;
      result.via = 'sentence after';
    }
  }

  // --- text helpers ---------------------------------------------------------------------------

  private quoteText(quote: Quotation): TextSpan {
    let start = quote.contentStart;
    let end = quote.contentEnd;
    while (start < end && /\s/.test(this.prose[start])) start++;
    while (end > start && /\s/.test(this.prose[end - 1])) end--;
    if (end > start && /[,.]/.test(this.prose[end - 1]) && this.prose[end - 2] !== '.') end--;
    return { start, end, text: this.prose.slice(start, end) };
  }

  /** Where the writer's words before a quotation begin: the sentence start or the previous quotation's end. */
  private leftBoundary(quote: Quotation, sentence: OuterSentence): number {
    let boundary = sentence.start;
    // The quotations before it in its paragraph (in order of their starts, all before this one's).
    // None before index i ends after `boundary` once their furthest end does not: stop there, or a
    // paragraph of thousands of quotations reads every earlier one for each.
    for (let i = this.quoteFrom(quote.start) - 1; i >= 0 && this.quotes[i].paragraph === quote.paragraph && this.reach[i] > boundary; i--) {
      const other = this.quotes[i];
      if (other.end <= quote.start && other.end > boundary) boundary = other.end;
    }
    return Math.min(boundary, quote.start);
  }

  private rightBoundary(quote: Quotation, sentence: OuterSentence): number {
    const boundary = Math.max(sentence.end, quote.end);
    // The first quotation starting at or after its end.
    const next = this.quotes[this.quoteFrom(quote.end)];
    return next && next.start < boundary ? next.start : boundary;
  }

  private words(start: number, end: number): Word[] {
    const words: Word[] = [];
    const text = this.prose.slice(start, end);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      let word = m[0];
      // A trailing period belongs to the sentence, not the word ("said." → "said"), except in initials.
      if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word)) word = word.slice(0, -1);
      words.push({ start: start + m.index, end: start + m.index + word.length, text: word, lower: word.toLowerCase() });
    }
    return words;
  }

  /** The reporting verb starting at words[i] (one or two words), unless it is a noun here ("a note"). */
  private verbAt(words: Word[], i: number): { form: VerbForm; length: number } | undefined {
    const w = words[i];
    if (MULTIWORD_FIRST.has(w.lower) && words[i + 1]) {
      const two = REPORTING_VERBS.get(`${w.lower} ${words[i + 1].lower}`);
      if (two && this.prose.slice(w.end, words[i + 1].start) === ' ') return { form: two, length: 2 };
    }
    const form = REPORTING_VERBS.get(w.lower);
    if (!form) return undefined;
    if (/^\p{Lu}/u.test(w.text) && i > 0) return undefined; // "Said", "Post" inside a name
    const previous = words[i - 1];
    if (previous && NOUN_LIKE.has(w.lower) && (DETERMINERS.has(previous.lower) || /['’]s$/.test(previous.text) || /^(?:to|will|would|could|should|can|may|might|must|did|does|do)$/.test(previous.lower) === false && /\p{L}(?:al|ive|ous|ful|ic|ed)$/u.test(previous.lower) && !REPORTING_VERBS.has(previous.lower))) return undefined;
    if (form.progressive && previous && DETERMINERS.has(previous.lower)) return undefined; // "the saying"
    // "the council's proposed budget", "her stated aim", "the widely reported remarks": a past
    // participle between a determiner or a possessive and its noun is an adjective, not a verb.
    if (!form.progressive && PAST_PARTICIPLE.test(w.lower) && words[i + 1] && this.prose.slice(w.end, words[i + 1].start) === ' ') {
      const adverb = previous && /ly$/.test(previous.lower) && previous.lower.length > 4 && !LY_NOUNS.has(previous.lower);
      const determiner = adverb ? words[i - 2] : previous;
      const joined = determiner && /^ $/.test(this.prose.slice(determiner.end, (adverb ? previous : w).start)) && (!adverb || this.prose.slice(previous.end, w.start) === ' ');
      if (joined && (ATTRIBUTIVE_DETERMINERS.has(determiner.lower) || (POSSESSIVE_WORD.test(determiner.text) && !CONTRACTED_PRONOUN.test(determiner.lower)))) return undefined;
    }
    // "state television", "a note": a present-tense form that is also a noun is a verb only after its subject.
    if (NOUN_LIKE.has(w.lower) && !/(?:ed|ing)$/.test(w.lower)) {
      const mention = previous && this.people.mentionAt(previous.start);
      const afterSubject = previous && (/^(?:he|she|they|it|we|i|who|also|later|then)$/.test(previous.lower) || (mention && mention.end >= previous.end - 2));
      if (!afterSubject) return undefined;
    }
    return { form, length: 1 };
  }

  /** The last character of prose[start, end) that is not blank ('' if none): how a quotation's words end. */
  private lastNonBlank(start: number, end: number): string {
    while (end > start && isBlank(this.prose.charCodeAt(end - 1))) end--;
    return end > start ? this.prose[end - 1] : '';
  }

  private span(start: number, end: number): TextSpan {
    return { start, end, text: this.prose.slice(start, end) };
  }

  // --- kinds ------------------------------------------------------------------------------------

  private titleReason(quote: Quotation, before: string, text: string, titleCase: boolean): string | null {
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
    void quote;
    return null;
  }

  /** Whether the words before a quotation end a clause, so the quotation is a sentence of its own. */
  private startsClause(before: string): boolean {
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
  private embedded(quote: Quotation, after: string): boolean {
    if (quote.close === null) return false;
    if (/[,.;:!?…—-]/.test(this.lastNonBlank(quote.contentStart, quote.contentEnd))) return false;
    const m = /^\s+([\p{Ll}][\p{L}'’-]*)/u.exec(after);
    if (!m) return false;
    const word = m[1].toLowerCase();
    if (REPORTING_VERBS.has(word) || /^(?:he|she|they|it|we|i)$/.test(word)) return false;
    return true;
  }

  // --- cues -------------------------------------------------------------------------------------

  /** `"…," Rubio said` · `"…," said Ibarra, who …` · `"…" the ministry said in a statement` */
  private cueAfter(quote: Quotation, sentence: OuterSentence): Cue | undefined {
    const end = this.rightBoundary(quote, sentence);
    // The blanks, commas and dashes right after the closing mark.
    let gapEnd = quote.end;
    let gapMark = false;
    for (; gapEnd < end; gapEnd++) {
      const code = this.prose.charCodeAt(gapEnd);
      if (code === 44 || code === 0x2014 || code === 0x2013 || code === 45) gapMark = true; // , — – -
      else if (!isBlank(code)) break;
    }
    const words = this.words(gapEnd, end);
    if (!words.length) return undefined;
    // "…," and Vance said: a new clause, not this quotation's attribution.
    if (/^(?:and|but|or|while|as|because|which|who|that|so|after|before|when|if|although|though)$/.test(words[0].lower)) return undefined;
    // Inverted: said Rubio, the secretary of state.
    const first = this.verbAt(words, 0);
    if (first && first.form.cls === 'speech') {
      const verbEnd = words[first.length - 1].end;
      const subject = this.subjectAfter(verbEnd, end);
      if (subject) return { verb: this.span(words[0].start, verbEnd), speaker: subject };
      return undefined;
    }
    // A quotation that ends the quoted clause ("…," · "…?" · "…" —) can take the attribution
    // after it. One the writer's sentence runs on from ("would "finish the job" in Gaza, hours
    // after Katz ordered …") takes it only from a subject and verb right after it ("…" he said).
    const endsClause = /[,.!?…:;—–]/.test(this.lastNonBlank(quote.contentStart, quote.contentEnd)) || gapMark;
    const reach = endsClause ? 12 : 4;
    for (let i = 1; i < Math.min(words.length, reach); i++) {
      // "…," Trump was quoted as saying. · "…," the statement quoted Netanyahu as saying.
      if (QUOTING.has(words[i].lower)) {
        const quoted = this.quotedAsAfter(words, i, gapEnd);
        if (quoted) return quoted;
      }
      const verb = this.verbAt(words, i);
      if (!verb) continue;
      if (verb.form.cls !== 'speech' && !/^(?:call|describe)/.test(verb.form.base)) return undefined;
      // Words between the quotation and the verb: the subject (with an apposition or adverbs).
      const verbEnd = words[i + verb.length - 1].end;
      const speaker = this.subjectBefore(words[i].start, gapEnd, words.slice(0, i));
      if (!speaker) return undefined;
      return { verb: this.span(words[i].start, verbEnd), speaker };
    }
    return undefined;
  }

  /** `Rubio said: "…"` · `Rubio told CBS that "…"` · `According to Rubio, "…"` · `Putin called it "constructive"` */
  private cueBefore(quote: Quotation, sentence: OuterSentence): Cue | undefined {
    const start = this.leftBoundaryForCue(quote, sentence);
    const text = this.prose.slice(start, quote.start);
    const according = accordingToAtEnd(text);
    let accordingCue: Cue | undefined;
    if (according) {
      const subjectStart = start + according.subject;
      // "According to the ministry, the talks were "constructive"": the source ends at its comma and
      // the writer's clause follows (a description of the source would close with a comma before
      // the quotation: "According to Ed Park, the council's spokesman, "…""). A reporting verb in
      // that clause ("According to the ministry, Park said "…"") still names the speaker.
      const comma = text.indexOf(',', according.subject);
      const clause = comma >= 0 && comma < according.subject + according.length && !text.trimEnd().endsWith(',');
      const speaker = this.speakerInSpan(subjectStart, clause ? start + comma : subjectStart + according.length);
      if (speaker) accordingCue = { verb: this.span(start + according.cue, start + according.cue + 'according to'.length), speaker };
      if (accordingCue && !clause) return accordingCue;
    }
    const words = this.words(start, quote.start).filter((w) => !this.insideQuote(w.start));
    for (let i = words.length - 1; i >= 0; i--) {
      const verb = this.verbAt(words, i);
      if (!verb) continue;
      const cue = this.cueAt(words, i, verb, start);
      if (!cue) continue;
      // Reported speech: a quotation joined on after a reported clause ("X told the reporter that
      // Israel has agreed to …, and "…"") or after a verb of deciding or committing inside it ("X
      // said Israel agreed to "…"") goes on with the report: its speaker is the outer reporting
      // verb's, not the subject of a verb inside what was reported.
      const outer = REPORTED_ACTS.has(verb.form.base) || this.clauseBreakBetween(Math.max(words[i + verb.length - 1].end, this.leftBoundary(quote, sentence)), quote.start)
        ? this.reportingCueBefore(words, i, start) : undefined;
      return outer ?? cue;
    }
    return accordingCue;
  }

  /** The cue a reporting verb at words[i] gives, with its subject. */
  private cueAt(words: Word[], i: number, verb: { form: VerbForm; length: number }, floor: number): Cue | undefined {
    if (verb.form.progressive) {
      const quoted = this.quotedAs(words, i, floor);
      if (quoted) return quoted;
    }
    const speaker = this.subjectOfVerb(words, i, verb.form, floor);
    return speaker ? { verb: this.span(words[i].start, words[i + verb.length - 1].end), speaker } : undefined;
  }

  /** A new coordinated clause (", and" · ", but" · ";") in the writer's words between `from` and `to`. */
  private clauseBreakBetween(from: number, to: number): boolean {
    return from < to && CLAUSE_BREAK.test(this.prose.slice(from, to));
  }

  /** The speech verb before words[i] whose report words[i] stands in ("told the reporter that …"). */
  private reportingCueBefore(words: Word[], i: number, floor: number): Cue | undefined {
    for (let o = i - 1; o >= 0; o--) {
      if (/;/.test(this.prose.slice(words[o].end, words[o + 1].start))) return undefined;
      const verb = this.verbAt(words, o);
      if (!verb || verb.form.cls !== 'speech' || verb.form.progressive || REPORTED_ACTS.has(verb.form.base)) continue;
      const cue = this.cueAt(words, o, verb, floor);
      if (cue) return cue;
    }
    return undefined;
  }

  /**
   * `X was quoted as saying` · `the statement quoted X as saying` · `X is cited by Y as saying`
   * (words[v] is the participle after "as"): the person quoted said it; an agent ("by state
   * media") only reported it.
   */
  private quotedAs(words: Word[], v: number, floor: number): Cue | undefined {
    if (v < 2 || words[v - 1].lower !== 'as') return undefined;
    for (let c = v - 2; c >= Math.max(0, v - 10); c--) {
      if (/[;:"“”]/.test(this.prose.slice(words[c].end, words[c + 1].start))) return undefined;
      if (!QUOTING.has(words[c].lower)) continue;
      const cue = this.span(words[c].start, words[v].end);
      const passive = c === v - 2 || words[c + 1].lower === 'by';
      const speaker = passive
        ? this.subjectBefore(words[c].start, floor, words.slice(0, c))
        : this.subjectBefore(words[v - 1].start, words[c + 1].start, words.slice(c + 1, v - 1));
      return speaker ? { verb: cue, speaker } : undefined;
    }
    return undefined;
  }

  /** `quoted … as saying` starting at words[c] (a form of quote or cite), looking ahead. */
  private quotedAsAfter(words: Word[], c: number, floor: number): Cue | undefined {
    for (let v = c + 2; v < Math.min(words.length, c + 11); v++) {
      if (words[v - 1].lower !== 'as') continue;
      const verb = this.verbAt(words, v);
      if (verb?.form.progressive && verb.form.cls === 'speech') return this.quotedAs(words, v, floor);
    }
    return undefined;
  }

  /** Cues before a quotation may reach back over earlier quotations of the same sentence ("X said, "A," and "B.""). */
  private leftBoundaryForCue(quote: Quotation, sentence: OuterSentence): number {
    // Back over sixteen quotations at most (a list of quoted words after one verb is shorter):
    // reading back over every quotation of a run of them made each cost as much as the run.
    const crossed = this.quotes[this.quoteFrom(quote.start) - QUOTATIONS_CROSSED_BY_CUE];
    const floor = crossed && crossed.end <= quote.start ? crossed.end : 0;
    const start = Math.max(floor, Math.min(sentence.start, quote.start));
    if (quote.start - start <= CUE_REACH) return start;
    // Far back in a very long sentence: start at a word, CUE_REACH characters before the quotation.
    let cut = quote.start - CUE_REACH;
    while (cut < quote.start && !/\s/.test(this.prose[cut - 1])) cut++;
    return cut;
  }

  /** A reporting verb with a subject anywhere in a sentence of the writer's (no quotation needed). */
  private cueInSentence(sentence: OuterSentence): Cue | undefined {
    const words = this.words(sentence.start, sentence.end).filter((w) => !this.insideQuote(w.start));
    for (let i = 0; i < words.length; i++) {
      const verb = this.verbAt(words, i);
      if (!verb || verb.form.cls !== 'speech') continue;
      const cue = this.cueAt(words, i, verb, sentence.start);
      if (cue) return cue;
    }
    return undefined;
  }

  private insideQuote(offset: number): boolean {
    for (let i = this.quoteFrom(offset + 1) - 1; i >= 0 && this.reach[i] > offset; i--) if (this.quotes[i].end > offset) return true;
    return false;
  }

  /** The index of the first quotation starting at or after `offset`. */
  private quoteFrom(offset: number): number {
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The last result so far that `wanted` accepts, looking back while `reachable` holds (results are
   * in document order, so what lies before the window is never looked at).
   */
  private lastResult(reachable: (r: AttributedQuotation) => boolean, wanted: (r: AttributedQuotation) => boolean): AttributedQuotation | undefined {
    for (let i = this.results.length - 1; i >= 0 && reachable(this.results[i]); i--) if (wanted(this.results[i])) return this.results[i];
    return undefined;
  }

  /**
   * The last result so far crediting a speaker with a full or partial quotation that starts in
   * [from, to): a binary search, where looking back through every result of a long sentence was
   * quadratic.
   */
  private lastSpoken(from: number, to: number): AttributedQuotation | undefined {
    let lo = 0;
    let hi = this.spoken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.results[this.spoken[mid]].quote.start < to) lo = mid + 1;
      else hi = mid;
    }
    const last = lo > 0 ? this.results[this.spoken[lo - 1]] : undefined;
    return last && last.quote.start >= from ? last : undefined;
  }

  /** The subject of the reporting verb words[v], looking left in its sentence. */
  private subjectOfVerb(words: Word[], v: number, form: VerbForm, floor: number): Speaker | null {
    let k = v - 1;
    while (k >= 0 && this.isAdverb(words[k])) k--;
    if (k < 0) return null;
    // A participle after a comma ("…, saying") or a second verb ("called it … and said"): the clause's subject.
    const between = this.prose.slice(words[k].end, words[k + 1]?.start ?? words[v].start);
    if ((form.progressive && /,/.test(between)) || /^(?:and|but|or)$/.test(words[k].lower)) {
      for (let j = k - 1; j >= 0; j--) {
        const earlier = this.verbAt(words, j);
        if (earlier && !earlier.form.progressive) return this.subjectOfVerb(words, j, earlier.form, floor);
      }
      return this.firstSubject(words, k, floor);
    }
    // "with Labour MPs saying …": the participle's own subject, in an absolute clause.
    if (form.progressive) return this.absoluteSubject(words, v, k);
    return this.subjectBefore(words[v].start, floor, words.slice(0, k + 1));
  }

  /**
   * The subject of a participle in an absolute clause ("with Labour MPs saying", "with the mayor
   * calling it"): the noun phrase between "with" and the participle. Other participles ("in
   * saying", "after telling") have no subject of their own.
   */
  private absoluteSubject(words: Word[], v: number, k: number): Speaker | null {
    for (let w = k; w >= Math.max(0, k - 6); w--) {
      if (/[,;:()"“”—]/.test(this.prose.slice(words[w].end, words[w + 1].start))) return null;
      if (words[w].lower !== 'with') continue;
      if (w === k) return null;
      return this.subjectBefore(words[v].start, words[w + 1].start, words.slice(w + 1, k + 1));
    }
    return null;
  }

  /** An adverb or auxiliary between a subject and its verb ("also", "has"), unless it names someone ("May said"). */
  private isAdverb(word: Word): boolean {
    return ADVERBS.has(word.lower) && !(word.text !== word.lower && this.people.mentionAt(word.start));
  }

  /** The first noun phrase of a clause: the subject the participles and second verbs share. */
  private firstSubject(words: Word[], upTo: number, floor: number): Speaker | null {
    const mentions = this.people.mentionsIn(floor, words[upTo]?.end ?? floor).filter((m) => !m.inQuote && m.kind !== 'title');
    if (mentions.length) return this.personSpeaker(mentions[0]);
    return null;
  }

  /**
   * The speaker named right before `verbStart` (in `words`, which end before it): skips an
   * apposition or relative clause between commas ("Trump, who arrived on Tuesday, hailed").
   */
  private subjectBefore(verbStart: number, floor: number, words: Word[]): Speaker | null {
    let end = verbStart;
    let k = words.length - 1;
    while (k >= 0 && this.isAdverb(words[k])) { end = words[k].start; k--; }
    if (k < 0) return null;
    for (let skips = 0; skips < 3; skips++) {
      const text = this.prose.slice(floor, words[k].end + (this.prose[words[k].end] === ',' ? 1 : 0));
      if (!/,\s*$/.test(this.prose.slice(words[k].end, end))) break;
      // ", who …," · ", a spokesman for …," · ", speaking on condition of anonymity,"
      const comma = text.lastIndexOf(',', text.length - 2);
      if (comma < 0) break;
      const segment = text.slice(comma + 1).trim().toLowerCase();
      const cut = floor + comma;
      const namedBefore = this.people.mentionAt(Math.max(floor, cut - 1));
      if (!/^(?:who|whose|which|a|an|the|one|speaking|citing|now|also|then|himself|herself|his|her|its|their|like|as|in|at|\d)/.test(segment)
        && !(namedBefore && namedBefore.end === cut && namedBefore.kind !== 'pronoun')) break;
      while (k >= 0 && words[k].start >= cut) k--;
      if (k < 0) return null;
      end = cut + 1;
    }
    const last = words[k];
    const mention = this.people.mentionAt(last.start);
    // "a source close to Zelenskyy said", "an aide to the president said": the person named after a
    // preposition only qualifies the source who spoke.
    const preposition = mention && mention.end >= last.end - 2 && !mention.inQuote ? this.prepositionBefore(words, mention) : -1;
    if (preposition >= 0) {
      const qualified = this.qualifiedSource(words, k, floor, words[preposition].end);
      if (qualified) return qualified;
    }
    if (mention && mention.end >= last.end - 2 && !mention.inQuote) return this.personSpeaker(mention);
    if (/^(?:he|she)$/.test(last.lower)) {
      return { name: last.text.toLowerCase(), mention: this.span(last.start, last.end), person: null };
    }
    if (/^(?:they|it|we|i)$/.test(last.lower)) {
      return this.pronounSource(last);
    }
    // "a spokeswoman for the council said": the spokeswoman, with whom she speaks for.
    const speaksFor = this.qualifiedSource(words, k, floor, Infinity, true);
    if (speaksFor) return speaksFor;
    const described = this.describedSource(words, k, floor);
    if (described) return described;
    return this.qualifiedSource(words, k, floor);
  }

  /** "a senior official familiar with the talks": a source noun, then what qualifies it, ending at words[k]. */
  private qualifiedSource(words: Word[], k: number, floor: number, before = Infinity, onBehalf = false): Speaker | null {
    for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
      if (/[,;:()"“”—]/.test(this.prose.slice(words[j].end, words[j + 1].start))) return null;
      if (words[j + 1].start >= before) continue; // the source and its qualifier come before the person
      if (!SOURCE_NOUNS.has(words[j].lower) || !(onBehalf ? ON_BEHALF.has(words[j + 1].lower) : SOURCE_QUALIFIERS.has(words[j + 1].lower))) continue;
      const source = this.describedSource(words, j, floor);
      if (!source) return null;
      return { name: source.name + this.prose.slice(words[j].end, words[k].end), mention: this.span(source.mention.start, words[k].end), person: null };
    }
    return null;
  }

  /** The preposition a person's mention is the object of ("close to Zelenskyy", "for President Trump"), or -1. */
  private prepositionBefore(words: Word[], mention: PersonMention): number {
    let p = words.length - 1;
    while (p >= 0 && words[p].start >= mention.start) p--;
    // Over a title written before the name ("for President Trump", "to Secretary of State Marco Rubio").
    while (p > 0 && TITLE_WORDS.has(words[p].lower) && (/^\p{Lu}/u.test(words[p].text) || /^\p{Lu}/u.test(words[p - 1].text))) p--;
    return p >= 0 && PREPOSITIONS.has(words[p].lower) ? p : -1;
  }

  /** `said Rubio, the secretary of state` · `added the minister` · `said a senior official` */
  private subjectAfter(from: number, end: number): Speaker | null {
    const words = this.words(from, end);
    if (!words.length) return null;
    const mention = this.people.mentionAt(words[0].start);
    // "said Rubio, …" names the speaker; "said Rubio's spokesman" does not.
    const possessive = mention && /^['’]s?\s+\p{L}/u.test(this.prose.slice(mention.end, mention.end + 4));
    // "said Trump adviser Stephen Miller": the name qualifies the noun after it.
    const qualifier = mention && words[1] && words[1].start === mention.end + 1 && this.prose[mention.end] === ' '
      && (TITLE_WORDS.has(words[1].lower) || SOURCE_NOUNS.has(words[1].lower)) && words[1].text === words[1].lower;
    if (mention && !mention.inQuote && !possessive && !qualifier) return this.personSpeaker(mention);
    // The noun phrase up to a comma, a preposition, a clause or a word qualifying it ("close to").
    let k = 0;
    while (k + 1 < words.length && k < 7 && !/,/.test(this.prose.slice(words[k].end, words[k + 1].start)) && !PREPOSITIONS.has(words[k + 1].lower) && !SOURCE_QUALIFIERS.has(words[k + 1].lower) && !/^(?:who|which|that|when|while|as)$/.test(words[k + 1].lower)) k++;
    const phrase = words.slice(0, k + 1);
    const head = phrase[phrase.length - 1];
    const within = this.people.mentionsIn(words[0].start, head.end).filter((m) => !m.inQuote && !(m.end < head.start));
    if (within.length) return this.personSpeaker(within[0]);
    const source = this.describedSource(phrase, phrase.length - 1, words[0].start);
    if (!source || !SOURCE_NOUNS.has(head.lower) || !words[k + 1] || !SOURCE_QUALIFIERS.has(words[k + 1].lower) || /[,;:]/.test(this.prose.slice(head.end, words[k + 1].start))) return source;
    // "said a Ukrainian official close to Zelenskyy, granted anonymity …": the source with what
    // qualifies it, one phrase ("close to Zelenskyy", "for the ministry"), up to a comma or a clause.
    let q = k + 1;
    if (!PREPOSITIONS.has(words[q].lower) && words[q + 1] && PREPOSITIONS.has(words[q + 1].lower)) q++; // "close to"
    while (q + 1 < words.length && q - k < 8 && !/[,;:()"“”—]/.test(this.prose.slice(words[q].end, words[q + 1].start))
      && !(PREPOSITIONS.has(words[q + 1].lower) && words[q + 1].lower !== 'of') && !/^(?:who|which|that|when|while|as|and|but|because|said|says|told|on|last|this)$/.test(words[q + 1].lower)) q++;
    return { name: source.name + this.prose.slice(head.end, words[q].end), mention: this.span(source.mention.start, words[q].end), person: null };
  }

  /** The speaker a span names: the person in it, else the phrase as a described source. */
  private speakerInSpan(start: number, end: number): Speaker | null {
    const mentions = this.people.mentionsIn(start, end).filter((m) => !m.inQuote);
    const named = mentions.find((m) => m.kind === 'name' || m.kind === 'surname') ?? mentions[0];
    if (named) return this.personSpeaker(named);
    const words = this.words(start, end);
    if (!words.length) return null;
    return this.describedSource(words, words.length - 1, start);
  }

  private personSpeaker(mention: PersonMention): Speaker {
    return { name: mention.person.name, mention: this.span(mention.start, mention.end), person: mention.person };
  }

  /**
   * "it" and "they" stand for the organisation, document or group a recent sentence is about
   * ("Netanyahu's office criticized the comments. "…," it said."): the subject of the sentences
   * before, back over ones whose subject is the same pronoun, within this paragraph and the one
   * before. Without one, the pronoun is kept as written.
   */
  private pronounSource(word: Word): Speaker {
    const mention = this.span(word.start, word.end);
    const fallback: Speaker = { name: word.text.toLowerCase(), mention, person: null };
    if (word.lower !== 'it' && word.lower !== 'they') return fallback;
    const sentence = this.sentences.at(word.start);
    if (!sentence) return fallback;
    let paragraph = sentence.paragraph;
    let looked = 0;
    // At most a few sentences back, however long a run of "It …" sentences: bounded work per pronoun.
    for (let index = sentence.index - 1; index >= 0 && looked < 3 && sentence.index - index <= 8; index--) {
      const previous = this.sentences.sentences[index];
      if (previous.paragraph < paragraph - 1) break;
      const subject = this.sentenceSubject(previous, word.lower);
      if (subject === 'same') { paragraph = previous.paragraph; continue; }
      if (subject) return { name: subject, mention, person: null };
      looked++;
    }
    return fallback;
  }

  /**
   * The subject of a sentence when it is an organisation, a document or a group the pronoun can
   * stand for ("same" when it is that pronoun again), read from the words before its verb.
   */
  private sentenceSubject(sentence: OuterSentence, pronoun: string): string | 'same' | undefined {
    // A sentence opening with a quotation: the source its attribution names.
    const firstIndex = this.quoteFrom(sentence.start);
    const first = this.quotes[firstIndex];
    if (first && first.start === sentence.start) {
      // One result per quotation, in order: its result, once it has one.
      const result = this.results[firstIndex];
      const speaker = result?.speaker;
      if (!speaker || speaker.person) return undefined;
      if (speaker.mention.text.toLowerCase() === pronoun) return 'same';
      return /^(?:he|she|it|they|we|i)$/.test(speaker.name) ? undefined : speaker.name;
    }
    const words = this.words(sentence.start, Math.min(sentence.end, sentence.start + CUE_REACH)).filter((w) => !this.insideQuote(w.start));
    let s = 0;
    if (words.length && OPENING_CONJUNCTIONS.has(words[0].lower)) s++;
    // A fronted phrase ("On Tuesday, …", "In a statement, …"): the subject follows its comma.
    if (words[s] && FRONTED.has(words[s].lower)) {
      let c = s + 1;
      while (c < words.length && c - s < 12 && !/,/.test(this.prose.slice(words[c - 1].end, words[c].start))) c++;
      if (c >= words.length || c - s >= 12) return undefined;
      s = c;
    }
    // The noun phrase: up to the verb, a comma (an apposition follows) or a preposition.
    let e = s;
    while (e < words.length && e - s < 7) {
      const w = words[e];
      if (e > s && /[,;:()"“”—]/.test(this.prose.slice(words[e - 1].end, w.start))) break;
      if (e > s && (this.verbAt(words, e) || AUXILIARIES.has(w.lower) || (/^\p{Ll}+ed$/u.test(w.text) && !SOURCE_NOUNS.has(w.lower)))) break;
      if (e > s && w.lower !== 'of' && (FUNCTION_WORDS.has(w.lower) && w.lower !== 'the' && w.lower !== 'and')) break;
      e++;
    }
    if (e === s || e - s >= 7 || e >= words.length) return undefined;
    const phrase = words.slice(s, e);
    if (phrase.length === 1 && /^(?:it|they|he|she|we|i|you)$/.test(phrase[0].lower)) return phrase[0].lower === pronoun ? 'same' : undefined;
    // The head: the last word that can name a body, a document or a group, before any "of"
    // ("the head of the agency" is a person) unless a name runs on over it ("the Ministry of Defence").
    const of = phrase.findIndex((w, i) => i > 0 && w.lower === 'of');
    const capitalised = (w: Word) => /^\p{Lu}/u.test(w.text) && (w !== words[0] || !isCommonWord(w.text));
    let h = (of > 0 ? of : phrase.length) - 1;
    const fits = (w: Word) => {
      const lower = w.lower.replace(/['’]s?$/, '');
      const plural = /[^s]s$/.test(lower) || COLLECTIVE.has(lower);
      const body = ORGANISATION_HEADS.has(lower) || GENERIC_ORGANISATION.has(lower) || DOCUMENT_HEADS.has(lower);
      // A name ("Hamas", "the Mayor's Office") is either; "it" is one body or document, "they" a group.
      return capitalised(w) || (pronoun === 'it' ? body && !plural : body || (plural && SOURCE_NOUNS.has(lower)));
    };
    while (h >= 0 && !fits(phrase[h])) h--;
    if (h < 0 || POSSESSIVE_WORD.test(phrase[h].text)) return undefined;
    const named = this.people.mentionAt(phrase[h].start);
    if (named && !named.inQuote) return undefined; // a person: "it" is not them
    let last = h;
    if (of === h + 1 && capitalised(phrase[h])) {
      last = of;
      while (last + 1 < phrase.length && (capitalised(phrase[last + 1]) || phrase[last + 1].lower === 'the')) last++;
    }
    const source = this.describedSource(words, s + h, sentence.start);
    if (source?.person) return undefined;
    if (source && last === h) return source.name;
    return this.prose.slice(phrase[0].start, phrase[last].end).replace(/^(?:A|An|The)\b/, (w) => w.toLowerCase());
  }

  /**
   * A described source ending at words[k]: "a senior Ukrainian official", "the ministry", "NATO",
   * "officials". A definite description of a source met before ("the official") is that source;
   * a title phrase ("the secretary of state") is the person holding it.
   */
  private describedSource(words: Word[], k: number, floor: number): Speaker | null {
    let j = k;
    // The noun phrase: back over modifiers to a determiner, a clause boundary or a preposition.
    while (j > 0 && k - j < 7) {
      const previous = words[j - 1];
      const gap = this.prose.slice(previous.end, words[j].start);
      if (/[,;:()"“”—]/.test(gap)) break;
      if (PREPOSITIONS.has(previous.lower) && previous.lower !== 'of') break;
      if (/^(?:and|but|or|that|which|who|when|while|as|if|because|after|before|then)$/.test(previous.lower)) break;
      if (REPORTING_VERBS.has(previous.lower) && !DETERMINERS.has(words[j].lower)) break;
      if (DETERMINERS.has(previous.lower) || /^(?:one|two|three|four|several|some|many|most|few|other|senior|top)$/.test(previous.lower)) { j--; if (DETERMINERS.has(previous.lower)) break; continue; }
      j--;
    }
    while (j < k && words[j].lower === 'of') j++;
    const phraseWords = words.slice(j, k + 1);
    if (!phraseWords.length || phraseWords[0].start < floor) return null;
    const head = phraseWords[phraseWords.length - 1];
    const headLower = head.lower.replace(/['’]s?$/, '');
    const capitalised = /^\p{Lu}/u.test(head.text);
    const start = phraseWords[0].start;
    const end = head.end;
    const mention = this.span(start, end);
    let name = mention.text.replace(/^(?:A|An|The|One|Some|Several|Two|Three)\b/, (w) => w.toLowerCase());
    const determiner = phraseWords[0].lower;
    if (!capitalised && !SOURCE_NOUNS.has(headLower) && !TITLE_HEADS.has(headLower)) return null;
    if (capitalised && phraseWords.some((w) => FUNCTION_WORDS.has(w.lower) && w.lower !== 'of' && w.lower !== 'the' && w.lower !== 'and')) return null;
    // "the secretary of state" → the person with that title.
    if (determiner === 'the' && TITLE_HEADS.has(headLower) || (determiner === 'the' && phraseWords.length > 2 && phraseWords[phraseWords.length - 2]?.lower === 'of' && TITLE_HEADS.has(phraseWords[phraseWords.length - 3]?.lower))) {
      const titled = this.people.mentionAt(start);
      if (titled && titled.kind === 'title') return this.personSpeaker(titled);
      const resolved = this.people.resolveTitle(mention.text, start, true);
      if (resolved) return { name: resolved.person.name, mention, person: resolved.person };
    }
    if (determiner === 'the' && !capitalised) {
      // "the official" after "a Ukrainian official": the same source.
      const same = this.introducedSource(headLower, start);
      if (same) return { name: same, mention, person: null };
      // "the group" after "The Hostages and Missing Families Forum": the organisation.
      if (GENERIC_ORGANISATION.has(headLower)) {
        const paragraph = this.doc.paragraphAt(start)?.index ?? 0;
        const organisation = [...this.people.others].reverse().find((o) => o.end <= start && o.kind === 'organisation' && (this.doc.paragraphAt(o.start)?.index ?? -9) >= paragraph - 2);
        if (organisation && (headLower === 'group' || headLower === 'organisation' || headLower === 'organization' || organisation.text.toLowerCase().includes(headLower))) {
          name = organisation.text.replace(/^The\s+/, '');
        }
      }
    }
    return { name, mention, person: null };
  }

  /** The indefinite description that introduced a source ("a Ukrainian official") before "the official". */
  private introducedSource(head: string, before: number): string | undefined {
    const paragraph = this.doc.paragraphAt(before)?.index ?? 0;
    const from = this.doc.paragraphs[Math.max(0, paragraph - 3)].start;
    const text = this.prose.slice(from, before);
    const re = new RegExp(`\\b(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,4}?${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu');
    let last: string | undefined;
    for (let m = re.exec(text); m; m = re.exec(text)) last = m[0];
    return last?.replace(/^(?:A|An|One)\b/, (w) => w.toLowerCase());
  }

  private remember(speaker: Speaker | null): void {
    if (speaker && !speaker.person) this.described.push(speaker);
  }
}

/**
 * `according to X` running to the end of `text` (a comma and blanks may follow): where the cue and
 * X start, and X's length. X is a phrase without `,;:`, or such a phrase, a comma and a description
 * without `,;:"“`. String work rather than one regular expression, which backtracked cubically on a
 * long run of blanks (Markdown's blanked inline code and links leave such runs in the prose).
 */
export function accordingToAtEnd(text: string): { cue: number; subject: number; length: number } | undefined {
  const cue = /\baccording to\s+/gi;
  const blank = (at: number) => /\s/.test(text[at]);
  for (let m = cue.exec(text); m; m = cue.exec(text)) {
    const from = m.index + m[0].length;
    let end = text.length;
    while (end > from && blank(end - 1)) end--;
    if (end > from && text[end - 1] === ',') {
      end--;
      while (end > from && blank(end - 1)) end--;
    }
    if (end === from) {
      // Nothing but blanks and a comma after the cue: the phrase is the cue's last blank.
      if (m[0].length - 'according to'.length >= 2) return { cue: m.index, subject: from - 1, length: 1 };
      continue;
    }
    const subject = text.slice(from, end);
    if (/[;:]/.test(subject)) continue;
    const comma = subject.indexOf(',');
    if (comma >= 0) {
      const description = subject.slice(comma + 1).replace(/^\s+/, '');
      if (comma === 0 || !description || /[,"“]/.test(description)) continue;
    }
    return { cue: m.index, subject: from, length: subject.length };
  }
  return undefined;
}

const TITLE_CASE_FIRST = /[\p{Lu}\p{N}]/uy;
const TITLE_CASE_WORD = /[\p{Lu}\p{N}"“‘'(]/uy;
const MINOR_WORD = /^(?:a|an|the|and|but|or|nor|for|of|in|on|at|to|by|with|from|as|is|are|vs\.?|via|into|over)$/;
const TRAILING_PUNCTUATION = ',.:;!?';

/**
 * Every word capitalised but the minor ones, after the first; trailing punctuation aside. Read in
 * place (no split): it runs on every quotation.
 */
function isTitleCase(text: string): boolean {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.includes(text[end - 1])) end--;
  let first = true;
  for (let i = 0; i < end;) {
    if (isBlank(text.charCodeAt(i))) { i++; continue; }
    let wordEnd = i + 1;
    while (wordEnd < end && !isBlank(text.charCodeAt(wordEnd))) wordEnd++;
    const head = first ? TITLE_CASE_FIRST : TITLE_CASE_WORD;
    head.lastIndex = i;
    if (!head.test(text) && (first || !MINOR_WORD.test(text.slice(i, wordEnd)))) return false;
    first = false;
    i = wordEnd;
  }
  return !first;
}

/** The characters `\s` matches in a regular expression (ECMAScript white space and line terminators). */
function isBlank(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * The last `count` blank-separated pieces of `text`, last first: `text.split(/\s+/).slice(-count)`
 * reversed, except for the empty piece leading blanks give.
 */
function lastPieces(text: string, count: number): string[] {
  const pieces: string[] = [];
  let end = text.length;
  while (pieces.length < count) {
    while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
    if (end === 0) break;
    let start = end;
    while (start > 0 && !isBlank(text.charCodeAt(start - 1))) start--;
    pieces.push(text.slice(start, end));
    end = start;
  }
  return pieces;
}

/** How many runs of blanks `text` holds, counting no further than `most`. */
function blankRuns(text: string, most: number): number {
  let runs = 0;
  for (let i = 0; i < text.length && runs < most; i++) {
    if (isBlank(text.charCodeAt(i)) && (i === 0 || !isBlank(text.charCodeAt(i - 1)))) runs++;
  }
  return runs;
}

/** The last blank-separated piece of `text` ('' when it is all blanks), as `text.trim().split(/\s+/).pop()`. */
function lastPiece(text: string): string {
  let end = text.length;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isBlank(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

export type { DraftPerson };
