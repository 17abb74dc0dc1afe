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
import { DETERMINERS, REPORTING_VERBS, SCARE_MARKERS } from '../quotes/lexicon';
import { DIRECT, plausible, score, type Evidence, type Features } from './scoring';
import type { Quotation } from '../quotes/quotations';
import { defineContextLayer } from '../contextLayer';
import { type Cue, type TextSpan, type Speaker, type AttributionVia, type AttributedQuotation, type Candidate, sourceKind, type Attributions } from './types';
import { FUNCTION_WORDS, PREPOSITIONS, FIRST_PERSON, ADVERBS, isFiniteVerbWord } from './lexicon';
import { isTitleCase, blankRuns, isBlank, lastPiece } from './text';
import { titleReason, startsClause, embedded } from './kinds';
import { Cues } from './cues';
import type { OuterSentence } from '../quotes/sentences';
import { isAuxiliary } from './verbs';

/** The quotations of the draft with their kinds, cues and speakers; computed once per draft version. */
export const attributionsOf: (context: CheckContext) => Attributions = defineContextLayer('attributions', (context) => new Attributor(context).run());

/** Whether the writer's words before a quotation end with a colon or comma after a word: "X said: "…"". */
function introducedBy(before: string): boolean {
  let i = before.length - 1;
  while (i >= 0 && isBlank(before.charCodeAt(i))) i--;
  const mark = before.charCodeAt(i);
  if (i <= 0 || (mark !== 58 && mark !== 44)) return false; // : ,
  i--;
  while (i >= 0 && isBlank(before.charCodeAt(i))) i--;
  return i >= 0 && /[\p{L}\p{N})’'.]/u.test(before[i]);
}

/** The best score a source in the sentence after can reach: a result above it need not read that sentence. */
const SENTENCE_AFTER_BEST = Math.max(...(['person', 'pronoun', 'described', 'other'] as const).flatMap((source) => (['sentence after', 'beat'] as const).map((evidence) => score({ evidence, source, wholeParagraph: false, distance: 0 }))));
const outranksSentenceAfter = (result: AttributedQuotation) => !!result.speaker && !!result.candidates?.some((c) => c.speaker === result.speaker && (DIRECT.has(c.features.evidence) || c.score > SENTENCE_AFTER_BEST));

/** Labels first (they name the speaker outright), then by score. */
const rank = (c: Candidate) => (DIRECT.has(c.features.evidence) ? Infinity : c.score);

/** Words opening a clause of its own: a pronoun after them is that clause's subject. */
const OWN_CLAUSE = /\b(?:when|where|which|whom|whose|but|and|or|while|as|after|before|because|since|although|though|if|until|whereas|once|so)\s+$/i;

class Attributor extends Cues {
  /** The attribution closing each sentence that has one, by sentence index (null: none). */
  private readonly closingCues = new Map<number, Cue | null>();

  run(): Attributions {
    for (const quote of this.quotes) {
      const result = this.attribute(quote);
      if (result.speaker && (result.kind === 'full' || result.kind === 'partial')) this.spoken.push(this.results.length);
      this.results.push(result);
    }
    // Attribution in the sentence after: only once every quotation has its own.
    for (const result of this.results) {
      if (result.needsSpeaker && result.evidence !== 'own sentence' && !outranksSentenceAfter(result)) this.fromSentenceAfter(result);
    }
    const results = this.results;
    return {
      quotes: results,
      at(offset) {
        return results.find((r) => r.quote.start <= offset && offset < Math.max(r.quote.end, r.text.end));
      },
    };
  }

  protected attribute(quote: Quotation): AttributedQuotation {
    const text = this.quoteText(quote);
    const sentence = this.sentences.at(quote.start) ?? { start: quote.start, end: quote.end, paragraph: quote.paragraph, index: -1 };
    const paragraph = this.doc.paragraphs[quote.paragraph];
    const before = this.prose.slice(this.leftBoundary(quote, sentence), quote.start);
    const after = this.prose.slice(quote.end, this.rightBoundary(quote, sentence));
    const result: AttributedQuotation = { quote, text, kind: 'full', speaker: null, cue: null, via: null, needsSpeaker: true, kindReason: '' };

    // Titles and scare quotes need no speaker.
    const titleCase = isTitleCase(text.text);
    const title = titleReason(before, text.text, titleCase);
    if (title) return { ...result, kind: 'title', needsSpeaker: false, kindReason: title };
    if (SCARE_MARKERS.test(before) && !this.activeCharacterisation(this.leftBoundary(quote, sentence), before)) return { ...result, kind: 'scare', needsSpeaker: false, kindReason: `a term the writer holds at a distance ("${before.trim().split(/\s+/).slice(-2).join(' ')}")` };

    // The attribution in the quotation's own sentence.
    // A quotation the writer introduces ("X yelled, "…"" · "X said: "…"") takes that clause first.
    // The sentence's closing attribution, after the writer's words run on, comes last.
    // One that ends on a comma, "!" or "?" with a reporting verb and its subject right after it
    // ("Clinton seemed irritated: "…," she wrote" · "…, despite the tone, "…," said Kunin") takes
    // that: it is the attribution, and the clause before sets the scene.
    let cue: Cue | undefined;
    if (introducedBy(before)) {
      const after = /[,!?]/.test(this.lastNonBlank(quote.contentStart, quote.contentEnd)) ? this.cueRightAfter(quote, sentence) : undefined;
      cue = after && this.reportsRightAfter(quote, after, sentence) ? after : this.cueBefore(quote, sentence) ?? after;
    } else cue = this.cueRightAfter(quote, sentence) ?? this.cueBefore(quote, sentence);
    cue ??= this.sentenceFinalCue(quote, sentence) ?? this.closingCueOf(quote, sentence);
    const fullPosition = startsClause(before) && !embedded(quote, after, this.lastNonBlank(quote.contentStart, quote.contentEnd));
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
      // A term between a determiner or preposition and the noun it describes ("a "higher for longer"
      // outlook"), unless a reporting verb of its sentence credits someone with it ("Barkley said CNN
      // has done an "awful" job").
      const modifier = closesBare && !!nextWord && !FUNCTION_WORDS.has(nextWord) && !REPORTING_VERBS.has(nextWord)
        && !PREPOSITIONS.has(nextWord) && !/ing$/.test(nextWord)
        && (DETERMINERS.has(lastBefore) || PREPOSITIONS.has(lastBefore)) && pieces <= 4
        && !(cue && REPORTING_VERBS.get(cue.verb.text.toLowerCase())?.cls === 'speech');
      if (modifier) return { ...result, kind: 'scare', needsSpeaker: false, kindReason: `a term used to describe "${nextWord}", not words anyone is quoted saying` };
      if (!cue && !FIRST_PERSON.test(text.text) && pieces < 6) {
        return { ...result, kind: 'scare', needsSpeaker: false, kindReason: 'a term in quotation marks with no one credited with it in its sentence' };
      }
      result.kind = 'partial';
      result.kindReason = 'a fragment of someone\'s words woven into the writer\'s sentence';
    }

    if (cue) {
      result.cue = cue.verb;
      result.speaker = this.outerSubject(cue.speaker, quote, sentence) ?? cue.speaker;
      result.via = 'same sentence';
      result.evidence = 'own sentence';
      this.remember(cue.speaker);
      return result;
    }
    const whole = this.wholeParagraph(quote);
    const candidates: Candidate[] = [];
    const add = (speaker: Speaker | null | undefined, cueSpan: TextSpan | null, via: AttributionVia, evidence: Evidence, distance = 0) => {
      if (!speaker) return;
      const features: Features = { evidence, source: sourceKind(speaker), wholeParagraph: whole, distance };
      candidates.push({ speaker, cue: cueSpan, via, features, score: score(features) });
    };
    // A paragraph continuing a quotation left open keeps its speaker.
    if (quote.continuation) {
      const previous = this.lastResult((r) => r.quote.paragraph >= quote.paragraph - 1, (r) => r.quote.paragraph === quote.paragraph - 1 && (r.quote.continues || r.quote.style === 'blockquote'));
      if (previous?.speaker) add(previous.speaker, previous.cue, 'continuation', 'continuation');
    }
    // An earlier quotation of the same sentence ("…," said Graham, R-S.C. "…"): its speaker.
    const sameSentence = this.lastSpoken(sentence.start, quote.start);
    if (sameSentence) add(sameSentence.speaker, sameSentence.cue, 'sentence before', 'quotation before');
    // One attribution serves the quoted sentences that follow it in the paragraph.
    const previousSentence = sentence.index > 0 ? this.sentences.sentences[sentence.index - 1] : undefined;
    if (!sameSentence && previousSentence && previousSentence.paragraph === quote.paragraph) {
      const earlier = this.lastSpoken(previousSentence.start, previousSentence.end);
      // Else the last quotation with a speaker earlier in the paragraph ("…," Woolson said. Writer's words. "…").
      const further = earlier ?? this.lastSpoken(paragraph.start, previousSentence.start);
      if (further) add(further.speaker, further.cue, 'sentence before', 'quotation before', earlier ? 0 : sentence.index - (this.sentences.at(further.quote.start)?.index ?? sentence.index));
      else {
        const spoken = this.cueInSentence(previousSentence);
        if (spoken) add(spoken.speaker, spoken.verb, 'sentence before', 'sentence before');
        else {
          const actor = this.actingSubject(previousSentence);
          if (actor) add(actor.speaker, actor.verb, 'sentence before', 'beat');
        }
      }
    }
    // A blockquote signed off: "> … — Marco Rubio"
    if (quote.style === 'blockquote' && quote.end < paragraph.end) {
      const signed = this.speakerInSpan(quote.end, paragraph.end);
      if (signed) add(signed, this.span(quote.end, paragraph.end), 'same sentence', 'label');
    }
    if (quote.start === paragraph.start && quote.paragraph > 0) this.paragraphBefore(quote, add);
    const slug = this.soundBite(quote);
    if (slug) add(slug, slug.mention, 'paragraph before', 'label');
    return this.choose(result, candidates);
  }

  /** A reporting verb (not a participle) within a few words after the quotation: `"…," she wrote`, `"…," said Kunin`. */
  protected reportsRightAfter(quote: Quotation, cue: Cue, sentence: OuterSentence): boolean {
    const form = REPORTING_VERBS.get(cue.verb.text.toLowerCase());
    if (!form || form.cls !== 'speech' || form.progressive || cue.verb.start - quote.end > 40) return false;
    // Not a clause that goes on to introduce the next quotation ("…?" Mills then writes back, "…"):
    // that one is a new sentence, as a capital after "?" may start.
    const next = this.quotes[this.quoteFrom(cue.verb.end)];
    return !(next && next.start < sentence.end);
  }

  /**
   * "Rubio said that over the last five days he has begun "…"", "Cruz has railed against what he
   * calls the "…"": a pronoun inside the clause of a person named as its sentence's subject stands
   * for that person, and the sentence's subject is the source a reader credits.
   */
  protected outerSubject(speaker: Speaker | null, quote: Quotation, sentence: OuterSentence): Speaker | null {
    const pronoun = speaker?.mention;
    // After the quotation ("Calder sounded weary: "…," she said"), the pronoun's clause is the attribution.
    if (!pronoun || sentence.index < 0 || pronoun.start > quote.start || !/^(?:he|she)$/.test(pronoun.text)) return null;
    const mentions = this.people.mentionsIn(sentence.start, pronoun.start).filter((m) => !m.inQuote);
    const subject = mentions[0];
    if (!subject || subject.kind === 'pronoun' || subject.kind === 'title') return null;
    if (mentions.some((m) => m.person !== subject.person && m.kind !== 'pronoun')) return null;
    if (subject.person.pronoun && subject.person.pronoun !== pronoun.text) return null;
    // "when he told", "which he called", "but she also noted": a clause of the pronoun's own.
    const between = this.prose.slice(subject.end, pronoun.start);
    if (/;/.test(between) || OWN_CLAUSE.test(between)) return null;
    const resolved = this.people.mentionAt(pronoun.start);
    if (resolved && resolved.kind === 'pronoun' && resolved.person !== subject.person) return null;
    // The sentence's subject: at most a title's words or a fronted phrase before it, then its verb
    // (past an apposition between commas).
    const lead = this.prose.slice(sentence.start, subject.start);
    if (!/^[\s"“‘(]*$/.test(lead) && !/,\s*$/.test(lead)) return null;
    const next = /^\s*(?:,[^,;:"“”]{1,80},\s*)?([\p{Ll}][\p{L}’'-]*)/u.exec(this.prose.slice(subject.end, pronoun.start))?.[1];
    if (!next || !(isFiniteVerbWord(next) || isAuxiliary(next) || ADVERBS.has(next) || /ly$/.test(next))) return null;
    return this.personSpeaker(subject);
  }

  /**
   * "which he described as "…"", "what she referred to as "…"": a marker of a scare quote ("described
   * as", "dubbed") with a speaker of its own right before it credits them, as "he called it "…"" does;
   * "is described as", "a plan dubbed "…"" keep it a term held at a distance.
   */
  protected activeCharacterisation(from: number, before: string): boolean {
    const marker = /\b(?:described|referred to|dubbed|branded|nicknamed)(?:\s+as)?\s*$/i.exec(before);
    if (!marker) return false;
    const preceding = before.slice(0, marker.index).trimEnd();
    if (/^(?:he|she|they|i|we|who)$/i.test(lastPiece(preceding))) return true;
    const mention = preceding ? this.people.mentionAt(from + preceding.length - 1) : undefined;
    return !!mention && !mention.inQuote && mention.kind !== 'title';
  }

  /**
   * The attribution closing the sentence after its last quotation, for an earlier fragment of the
   * same sentence: `The plan was a "good idea" that delivered "frankly good results," he remarked.`
   * Read once per sentence.
   */
  protected closingCueOf(quote: Quotation, sentence: OuterSentence): Cue | undefined {
    if (sentence.index < 0) return undefined;
    const last = this.quotes[this.quoteFrom(sentence.end) - 1];
    if (!last || last.start <= quote.start || last.start < sentence.start) return undefined;
    let cue = this.closingCues.get(sentence.index);
    if (cue === undefined) {
      const after = this.rightBoundary(last, sentence) >= sentence.end ? this.cueRightAfter(last, sentence) : undefined;
      cue = after ?? this.sentenceFinalCue(last, sentence) ?? null;
      this.closingCues.set(sentence.index, cue);
    }
    return cue ?? undefined;
  }

  /** Candidates from the paragraph before a quotation that opens its paragraph. */
  protected paragraphBefore(quote: Quotation, add: (speaker: Speaker | null | undefined, cue: TextSpan | null, via: AttributionVia, evidence: Evidence, distance?: number) => void): void {
    const previousParagraph = this.doc.paragraphs[quote.paragraph - 1];
    const last = this.sentences.at(previousParagraph.end - 1);
    // Rubio said: ¶ "…"  (or a blockquote after the sentence that introduces it)
    if (/:\s*$/.test(this.prose.slice(Math.max(previousParagraph.start, previousParagraph.end - 8), previousParagraph.end)) || (quote.style === 'blockquote' && !previousParagraph.blockquote)) {
      const spoken = last && (this.cueInSentence(last) ?? this.actingSubject(last) ?? this.introducingClause(last));
      if (spoken) add(spoken.speaker, spoken.verb, 'paragraph before', 'colon introduction');
    }
    // A run of quotation paragraphs: the speaker of the paragraph before's last quotation.
    const previous = this.lastResult((r) => r.quote.paragraph >= quote.paragraph - 1, (r) => r.quote.paragraph === quote.paragraph - 1 && (r.kind === 'full' || r.kind === 'partial'));
    if (previous?.speaker) {
      // Closed when the writer's words follow its last quotation ("…," Barkley said.).
      const closed = /[\p{L}\p{N}]/u.test(this.prose.slice(previous.quote.end, previousParagraph.end));
      const introduced = !closed && (previous.evidence === 'colon introduction' || previous.evidence === 'introduced run') && this.wholeParagraph(previous.quote);
      add(previous.speaker, previous.cue, 'paragraph before', introduced ? 'introduced run' : closed ? 'closed run' : 'run');
    }
    else if (!previous && last) {
      // The paragraph before ends on an introduction ("Her roommate, a nursing student, cut in."),
      // or on a sentence about a person.
      const introduction = this.introduction(last);
      if (introduction) add(introduction.speaker, introduction.verb, 'paragraph before', 'introduction');
      else {
        const actor = this.actingSubject(last);
        if (actor) add(actor.speaker, actor.verb, 'paragraph before', 'paragraph before');
      }
    }
  }

  /** The best candidate, when it is plausible; the others are kept for the hover. */
  protected choose(result: AttributedQuotation, candidates: Candidate[]): AttributedQuotation {
    let best: Candidate | undefined;
    for (const c of candidates) if (!best || rank(c) > rank(best)) best = c;
    result.candidates = candidates;
    if (best && plausible(best.features)) {
      result.speaker = best.speaker;
      result.cue = best.cue;
      result.via = best.via;
      result.evidence = best.features.evidence;
    }
    return result;
  }

  protected fromSentenceAfter(result: AttributedQuotation): void {
    const sentence = this.sentences.at(result.quote.start);
    if (!sentence) return;
    const next = this.sentences.sentences[sentence.index + 1];
    if (!next || next.paragraph !== sentence.paragraph) return;
    const first = this.quotes[this.quoteFrom(next.start)];
    if (first && first.start < next.end) return;
    const spoken = this.cueInSentence(next);
    const actor = spoken ? undefined : this.actingSubject(next);
    const found = spoken ?? actor;
    if (!found?.speaker) return;
    const features: Features = { evidence: spoken ? 'sentence after' : 'beat', source: sourceKind(found.speaker), wholeParagraph: false, distance: 0 };
    const candidate: Candidate = { speaker: found.speaker, cue: found.verb, via: 'sentence after', features, score: score(features) };
    const candidates = [...(result.candidates ?? []), candidate];
    const chosen = result.speaker ? candidates.find((c) => c.speaker === result.speaker) : undefined;
    if (chosen && chosen.score >= candidate.score) { result.candidates = candidates; return; }
    result.speaker = null;
    this.choose(result, candidates);
  }

}
