// Cues: what attributes a quotation in its own sentence and in the sentences around it. By position
// first: a subject and finite verb next to the quotation ("…," the chairwoman snapped), a clause
// introducing it with a colon or comma, a label (Jane Roe, The Daily Ledger: "…"), "according to";
// then the reporting verbs of a sentence before or after, an introduction ending a paragraph, a
// person acting in the paragraph (an action beat), a broadcast script's sound bite.

import { REPORTING_VERBS, type VerbForm } from '../quotes/lexicon';
import { isAuxiliary, isFiniteVerb } from './verbs';
import type { Quotation } from '../quotes/quotations';
import type { OuterSentence } from '../quotes/sentences';
import type { Speaker, Word, Cue } from './types';
import { FUNCTION_WORDS, ATTRIBUTIVE_DETERMINERS, LY_NOUNS, POSSESSIVE_WORD, CONTRACTED_PRONOUN, OPENING_CONJUNCTIONS, FRONTED, REPORTED_ACTS, QUOTING, DESCRIBED_PRONOUNS, CUE_REACH, PREPOSITIONS } from './lexicon';
import { isBlank } from './text';
import { TITLE_HEADS, TITLE_WORDS } from '../people/lexicon';
import { Sources } from './sources';

/** Words opening a subordinate clause, whose subject is not the sentence's. */
const SUBORDINATORS = /^(?:after|before|when|whenever|while|because|since|if|although|though|once|until|unless|whereas)$/;
/** Words a sentence opening with a fronted phrase or clause starts with ("In the spring, …", "After the vote, …"). */
const FRONTED_OPENING = /^(?:in|on|at|after|before|when|whenever|while|during|since|if|although|though|once|until|unless|despite|with|without|from|by|because|following|amid|throughout)$/;

export class Cues extends Sources {
  /** `"…," Rubio said` · `"…," said Ibarra, who …` · `"…" the ministry said in a statement` */
  /**
   * The attribution closing the quotation's sentence, after the writer's words that run on from it:
   * `"…" that Sanders can catch Clinton, said Steve Elmendorf, …` · `"…" for the victory, Sanders
   * said.` · `"…" the editor responded.` The last clause of the sentence (after its last comma) is
   * an inverted reporting verb and its subject, or a subject and verb ending the sentence.
   */
  protected sentenceFinalCue(quote: Quotation, sentence: OuterSentence): Cue | undefined {
    let end = this.rightBoundary(quote, sentence);
    // A quotation split by its attribution: `"…" by the council, Ruiz said on Monday, "…"`.
    if (end < sentence.end) {
      let comma = end - 1;
      while (comma > quote.end && isBlank(this.prose.charCodeAt(comma))) comma--;
      if (this.prose.charCodeAt(comma) !== 44) return undefined;
      end = comma;
    }
    if (end - quote.end > 300) return undefined;
    const words = this.words(quote.end, end);
    if (!words.length) return undefined;
    // The clause after the last comma, else after the comma before it (`said Steve Ruiz, the
    // mayor's deputy` ends on a description), three at most.
    let c = words.length;
    for (let tries = 0; tries < 3 && c > 0; tries++) {
      c--;
      while (c > 0 && !/,/.test(this.prose.slice(words[c - 1].end, words[c].start))) c--;
      if (c === 0 && (words.length > 10 || /[,;:]/.test(this.prose.slice(quote.end, words[0].start)))) return undefined;
      const found = this.closingClause(words.slice(c), end);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * An attribution clause closing a sentence: an inverted reporting verb and its subject (`said
   * Steve Ruiz, the mayor's deputy`), or a subject starting the clause and its verb, with at most an
   * adverbial after it (`Sanders said`, `the groups say`, `Ruiz said at a town hall on Monday`).
   */
  protected closingClause(clause: Word[], end: number): Cue | undefined {
    // "…, according to the campaign's manager."
    if (clause[0].lower === 'according' && clause[1]?.lower === 'to' && clause[2]) {
      const source = this.subjectAfter(clause[2].start, end);
      return source ? { verb: this.span(clause[0].start, clause[1].end), speaker: source } : undefined;
    }
    const first = this.verbAt(clause, 0);
    // Not "told the meeting": "tell" takes its listener after it and is never inverted.
    if (first?.form.cls === 'speech' && !first.form.progressive && clause.length > first.length && first.form.base !== 'tell') {
      const speaker = this.subjectAfter(clause[first.length].start, end);
      return speaker ? { verb: this.span(clause[0].start, clause[first.length - 1].end), speaker } : undefined;
    }
    for (let v = 1; v < clause.length && v < 12; v++) {
      const strict = this.verbAt(clause, v);
      // Any verb right before the end ("the editor responded"); a reporting verb with an adverbial after it.
      const verb = strict ?? (clause.length - v <= 2 ? this.looseVerbAt(clause, v) : undefined);
      if (!verb || verb.form.cls !== 'speech' || verb.form.progressive) continue;
      const rest = clause.slice(v + verb.length);
      if (rest.length > 8 || (rest.length && !strict && rest.length > 1) || rest.some((w) => w.lower === 'that' || (w.text === w.lower && !FUNCTION_WORDS.has(w.lower) && isFiniteVerb(w.lower, false)))) continue;
      const speaker = this.subjectBefore(clause[v].start, clause[0].start, clause.slice(0, v), true);
      if (speaker && (speaker.mention.start === clause[0].start || this.titleBefore(clause, speaker.mention.start))) return { verb: this.span(clause[v].start, clause[v + verb.length - 1].end), speaker };
    }
    return undefined;
  }

  /** `union spokesman Ravi Mehta said`: only the words of a title stand before the name that starts the clause. */
  private titleBefore(clause: Word[], nameStart: number): boolean {
    const before = clause.filter((w) => w.end <= nameStart);
    if (!before.length || before.length > 4 || /[,;:()"“”—–]/.test(this.prose.slice(clause[0].start, nameStart))) return false;
    const last = before[before.length - 1].lower;
    return (TITLE_WORDS.has(last) || TITLE_HEADS.has(last)) && before.every((w, i) => (w.text !== w.lower || TITLE_WORDS.has(w.lower) || !FUNCTION_WORDS.has(w.lower)) && !this.verbAt(before, i));
  }

  /** The attribution right after the closing mark: `"…," Rubio said` · `"…," said Ibarra`. */
  protected cueRightAfter(quote: Quotation, sentence: OuterSentence): Cue | undefined {
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
    // "…," as Ruiz said on Monday: a reporting verb (not "as the crowd roared").
    if (words[0].lower === 'as' && words.length > 2) {
      const clause = this.closingClause(words.slice(1), end);
      if (clause && REPORTING_VERBS.has(clause.verb.text.toLowerCase())) return clause;
    }
    // "…," and Vance said: a new clause, not this quotation's attribution.
    if (/^(?:and|but|or|while|as|because|which|who|that|so|after|before|when|if|although|though)$/.test(words[0].lower)) return undefined;
    // "…," according to the filing.
    if (words[0].lower === 'according' && words[1]?.lower === 'to' && words[2]) {
      const source = this.subjectAfter(words[2].start, end);
      return source ? { verb: this.span(words[0].start, words[1].end), speaker: source } : undefined;
    }
    // Inverted: said Rubio, the secretary of state. · "…," read one. · "…," was another.
    const first = (words[0].text === words[0].lower ? this.verbAt(words, 0) : undefined) ?? (words.length <= 3 && words[1] && DESCRIBED_PRONOUNS.has(words[1].lower) && (isFiniteVerb(words[0].lower) || isAuxiliary(words[0].lower)) ? { form: { base: words[0].lower, cls: 'speech' as const, progressive: false }, length: 1 } : undefined);
    if (first && first.form.cls === 'speech') {
      const verbEnd = words[first.length - 1].end;
      const subject = this.subjectAfter(verbEnd, end);
      if (subject) return { verb: this.span(words[0].start, verbEnd), speaker: subject };
      return undefined;
    }
    const inverted = this.invertedAttribution(quote, sentence, words, gapMark, end);
    if (inverted) return inverted;
    // A quotation that ends the quoted clause ("…," · "…?" · "…" —) can take the attribution
    // after it. One the writer's sentence runs on from ("would "finish the job" in Gaza, hours
    // after Katz ordered …") takes it only from a subject and verb right after it ("…" he said).
    const endsClause = /[,.!?…:;—–]/.test(this.lastNonBlank(quote.contentStart, quote.contentEnd)) || gapMark;
    // A name and an apposition before the verb ("…," Trump, the front-runner in …, said) reach further.
    const named = this.people.mentionAt(words[0].start);
    // "…," Cruz, who has long opposed the plan, said: a name (known or capitalised) and an
    // apposition between commas reach further; the apposition's verbs are not the attribution's.
    const nameEnd = named ? named.end : /^\p{Lu}/u.test(words[0].text) ? words[0].end : -1;
    const apposition = endsClause && nameEnd >= 0 && /^\s*,/.test(this.prose.slice(nameEnd, nameEnd + 2))
      && (!!named || /^(?:who|whose|a|an|the)$/.test(words.find((w) => w.start > nameEnd)?.lower ?? ''));
    const reach = !endsClause ? 4 : apposition ? 40 : 12;
    let appositionEnd = 0;
    if (apposition) {
      for (let j = 1; j < Math.min(words.length, reach); j++) {
        if (words[j - 1].end > nameEnd && /,/.test(this.prose.slice(words[j - 1].end, words[j].start))) { appositionEnd = j; break; }
      }
    }
    let relative: Speaker | undefined;
    for (let i = 1; i < Math.min(words.length, reach); i++) {
      if (i < appositionEnd) continue;
      // "…," Trump was quoted as saying. · "…," the statement quoted Netanyahu as saying.
      if (QUOTING.has(words[i].lower)) {
        const quoted = this.quotedAsAfter(words, i, gapEnd);
        if (quoted) return quoted;
      }
      // Any verb right after its subject attributes: the position does, not the verb ("snapped").
      const verb = this.verbAt(words, i) ?? (endsClause && i <= 6 ? this.looseVerbAt(words, i) : undefined);
      if (!verb) continue;
      // Words between the quotation and the verb: the subject (with an apposition or adverbs).
      const verbEnd = words[i + verb.length - 1].end;
      const speaker = this.subjectBefore(words[i].start, gapEnd, words.slice(0, i), endsClause);
      if (!speaker) return undefined;
      // "…," a voter who lives nearby said: the verb of a relative clause; the sentence's comes
      // later, and its subject is what the relative pronoun stands for.
      if (/^(?:who|that|which)$/i.test(speaker.mention.text)) {
        relative ??= speaker;
        continue;
      }
      if (relative) {
        const pronoun = words.findIndex((w) => w.start === relative!.mention.start);
        const antecedent = pronoun > 0 ? this.subjectBefore(words[pronoun].start, gapEnd, words.slice(0, pronoun), endsClause) : null;
        return { verb: this.span(words[i].start, verbEnd), speaker: antecedent ?? relative };
      }
      return { verb: this.span(words[i].start, verbEnd), speaker };
    }
    return undefined;
  }

  /**
   * `"…," opined the Gazette.` · `"…," read the statement.` · `"…," exhorted her introducer, the
   * actress Jane Lowe.`: after a quotation that ends its clause, any verb followed by its subject,
   * the noun phrase closing the sentence, attributes; English inverts only the verb of saying there.
   */
  protected invertedAttribution(quote: Quotation, sentence: OuterSentence, words: Word[], gapMark: boolean, end: number): Cue | undefined {
    const verb = words[0];
    // Only for words quoted as a sentence of their own: in `Washington, star of "Scandal," thanked
    // Obama` or `Trump summed her up as "terrible," denounced her record …`, the verb's subject
    // comes before the quotation and what follows is its object.
    if (!/^\s*$|[:—–]\s*$/.test(this.prose.slice(this.leftBoundary(quote, sentence), quote.start))) return undefined;
    if (!words[1] || verb.text !== verb.lower || FUNCTION_WORDS.has(verb.lower) || verb.lower.endsWith('ing') || !isFiniteVerb(verb.lower)) return undefined;
    if (!/[,!?]/.test(this.lastNonBlank(quote.contentStart, quote.contentEnd)) && !gapMark) return undefined;
    const next = words[1];
    if (next.text === next.lower && !/^(?:the|a|an|his|her|their|its|one|another)$/.test(next.lower)) return undefined;
    const speaker = this.subjectAfter(next.start, end);
    if (!speaker) return undefined;
    // The subject closes the clause: nothing but an apposition, a place or a time after it.
    const rest = this.prose.slice(speaker.mention.end, end);
    if (!/^\s*(?:[,.!?;:—–)]|$|(?:in|on|at|during|from|to|of|for|last|this|late|early)\b)/.test(rest)) return undefined;
    return { verb: this.span(verb.start, verb.end), speaker };
  }

  /** `Rubio said: "…"` · `Rubio told CBS that "…"` · `According to Rubio, "…"` · `Putin called it "constructive"` */
  protected cueBefore(quote: Quotation, sentence: OuterSentence): Cue | undefined {
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
      const speaker = this.speakerInSpan(subjectStart, clause ? start + comma : subjectStart + according.length, true);
      if (speaker) accordingCue = { verb: this.span(start + according.cue, start + according.cue + 'according to'.length), speaker };
      if (accordingCue && !clause) return accordingCue;
    }
    const words = this.words(start, quote.start).filter((w) => !this.insideQuote(w.start));
    for (let i = words.length - 1; i >= 0; i--) {
      const verb = this.verbAt(words, i);
      if (!verb) continue;
      // Inverted, right before the quotation: ", explained Rosenberg, "…"".
      const verbEnd = words[i + verb.length - 1].end;
      if (verb.form.cls === 'speech' && !verb.form.progressive && i + verb.length < words.length && /^\s*,\s*$/.test(this.prose.slice(words[words.length - 1].end, quote.start))) {
        const inverted = this.people.mentionAt(words[i + verb.length].start);
        if (inverted && !inverted.inQuote && inverted.end >= words[words.length - 1].end - 2) return { verb: this.span(words[i].start, verbEnd), speaker: this.personSpeaker(inverted) };
      }
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
    return accordingCue ?? this.looseCueBefore(quote, start, words);
  }

  /**
   * The clause before a quotation, by position rather than by verb: its subject and first finite
   * verb, whatever the verb ("the Christie supporter retorted: "…"", "the senator lashed out at the
   * agency in a string of posts: "…"", "The ad claims "…""). A full quotation takes it only when the
   * clause introduces it (a colon or comma before it, or the verb phrase right before it); a
   * fragment inside the clause always does.
   */
  protected looseCueBefore(quote: Quotation, floor: number, words: Word[]): Cue | undefined {
    const before = this.prose.slice(Math.max(floor, quote.start - 3), quote.start);
    const introduced = /[:,—–]\s*$/.test(before);
    // The clause: from the sentence start or the last semicolon or closed quotation before it.
    let from = 0;
    for (let i = words.length - 1; i > 0; i--) {
      if (/[;]/.test(this.prose.slice(words[i - 1].end, words[i].start))) { from = i; break; }
    }
    const clause = this.clauseCue(words, from);
    if (!clause) return introduced ? this.label(quote, words, from) : undefined;
    if (!introduced && words.length - clause.index > 8 && this.quoteKindIsFull(quote)) return undefined;
    return clause;
  }

  /**
   * A label before a quotation, a name and a colon with no verb: `Jane Roe, The Daily Ledger: "…"`,
   * `MR. SMITH: …`, `From the report: "…"`, `Clinton: "…" Bush: "…"`.
   */
  protected label(quote: Quotation, words: Word[], from: number): Cue | undefined {
    // The colon right before the quotation (blanks between), read back in place.
    let colon = quote.start - 1;
    while (colon >= 0 && /\s/.test(this.prose[colon])) colon--;
    if (colon < 0 || this.prose[colon] !== ':' || !words.length || words[words.length - 1].end > colon) return undefined;
    // The label's words: back to the sentence start, a dash or a closed quotation, ten at most.
    let first = words.length - 1;
    while (first > from && !/[—–-]\s*$|[”"]\s*$/.test(this.prose.slice(words[first - 1].end, words[first].start))) first--;
    if (words.length - first > 16) return undefined;
    // `Jane Roe, The Daily Ledger:` · `Maj. Gen. Stefan Orlik, a columnist for …:`: the name comes first.
    const comma = this.prose.indexOf(',', words[first].start);
    const span = this.speakerInSpan(words[first].start, comma >= 0 && comma < colon ? comma : colon, true);
    return span ? { verb: this.span(colon, colon + 1), speaker: span } : undefined;
  }

  /** The subject and first finite verb of the clause starting at words[from], if its subject names a source. */
  protected clauseCue(words: Word[], from: number): (Cue & { index: number }) | undefined {
    // The subject and verb of a fronted subordinate clause, if no main clause follows.
    let subordinate: (Cue & { index: number }) | undefined;
    for (let v = from + 1; v < words.length; v++) {
      const w = words[v];
      if (w.text !== w.lower || FUNCTION_WORDS.has(w.lower) || !isFiniteVerb(w.lower)) continue;
      // A participle between a determiner and its noun is an adjective: "the (widely) reported remarks".
      const previous = words[v - 1];
      const adverb = /ly$/.test(previous.lower) && !LY_NOUNS.has(previous.lower);
      const determiner = adverb ? words[v - 2] : previous;
      if (determiner && (ATTRIBUTIVE_DETERMINERS.has(determiner.lower) || (POSSESSIVE_WORD.test(determiner.text) && !CONTRACTED_PRONOUN.test(determiner.lower)))) continue;
      // After a preposition, a noun ("In response to questions from reporters, …").
      if (PREPOSITIONS.has(previous.lower)) continue;
      const speaker = this.subjectBefore(w.start, words[from].start, words.slice(from, v), true);
      // A verb without a subject of its own opens a fronted clause ("After the strike broke out,
      // Calder proclaimed, "…""): the main clause's verb comes after its comma.
      // Only in a sentence that opens with such a phrase: "Officers and engineers might benefit, he
      // said." reports what was said; its verb is not an introduction.
      const commaAfter = () => FRONTED_OPENING.test(words[from].lower) && words.slice(v + 1).some((x, i) => /,/.test(this.prose.slice(words[v + i].end, x.start)));
      if (!speaker || (words.some((x) => x.start >= words[from].start && x.start < speaker.mention.start && SUBORDINATORS.test(x.text)) && commaAfter())) {
        if (speaker) subordinate ??= { verb: this.span(w.start, w.end), speaker, index: v };
        if (commaAfter()) continue;
        return subordinate;
      }
      return { verb: this.span(w.start, w.end), speaker, index: v };
    }
    return subordinate;
  }

  /** The subject and verb of a sentence that ends with a colon before the quotation: "The board chair read the statement aloud:". */
  protected introducingClause(sentence: OuterSentence): Cue | undefined {
    const words = this.words(sentence.start, Math.min(sentence.end, sentence.start + CUE_REACH)).filter((w) => !this.insideQuote(w.start));
    return words.length ? this.clauseCue(words, 0) : undefined;
  }

  /**
   * A sentence that introduces the quotation after it, ending on its verb: "Her roommate, a nursing
   * student, cut in." · "Rubio added:" (a few words may follow the verb, never what was said).
   */
  protected introduction(sentence: OuterSentence): Cue | undefined {
    const words = this.words(sentence.start, Math.min(sentence.end, sentence.start + CUE_REACH));
    if (!words.length || this.insideQuote(words[words.length - 1].start)) return undefined;
    const clause = this.clauseCue(words, 0);
    if (!clause) return undefined;
    // Nothing after the verb but a particle or an adverb ("cut in", "shot back", "answered quietly").
    const rest = words.slice(clause.index + 1);
    if (rest.length > 1 || rest.some((w) => !/^(?:in|back|up|out|on|off|again|too|first|\p{L}+ly)$/u.test(w.lower))) return undefined;
    return clause;
  }

  /** The cue a reporting verb at words[i] gives, with its subject. */
  protected cueAt(words: Word[], i: number, verb: { form: VerbForm; length: number }, floor: number): Cue | undefined {
    if (verb.form.progressive) {
      const quoted = this.quotedAs(words, i, floor);
      if (quoted) return quoted;
    }
    const speaker = this.subjectOfVerb(words, i, verb.form, floor);
    return speaker ? { verb: this.span(words[i].start, words[i + verb.length - 1].end), speaker } : undefined;
  }

  /** The speech verb before words[i] whose report words[i] stands in ("told the reporter that …"). */
  protected reportingCueBefore(words: Word[], i: number, floor: number): Cue | undefined {
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
  protected quotedAs(words: Word[], v: number, floor: number): Cue | undefined {
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
  protected quotedAsAfter(words: Word[], c: number, floor: number): Cue | undefined {
    for (let v = c + 2; v < Math.min(words.length, c + 11); v++) {
      if (words[v - 1].lower !== 'as') continue;
      const verb = this.verbAt(words, v);
      if (verb?.form.progressive && verb.form.cls === 'speech') return this.quotedAs(words, v, floor);
    }
    return undefined;
  }

  /** A reporting verb with a subject anywhere in a sentence of the writer's (no quotation needed). */
  protected cueInSentence(sentence: OuterSentence): Cue | undefined {
    const words = this.words(sentence.start, sentence.end).filter((w) => !this.insideQuote(w.start));
    for (let i = 0; i < words.length; i++) {
      const verb = this.verbAt(words, i);
      if (!verb || verb.form.cls !== 'speech') continue;
      const cue = this.cueAt(words, i, verb, sentence.start);
      if (cue) return cue;
    }
    return undefined;
  }

  /** The subject of the reporting verb words[v], looking left in its sentence. */
  protected subjectOfVerb(words: Word[], v: number, form: VerbForm, floor: number): Speaker | null {
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
    // "is telling", "was saying": the progressive of a finite verb, whose subject comes before.
    // "kept asking", "began saying", "continued calling": the subject of the verb the participle goes on from.
    if (form.progressive && v > 0 && /^(?:is|was|are|were|be|been|am|keep|keeps|kept|begin|begins|began|start|starts|started|continue|continues|continued|stop|stopped|go|goes|went|spent|spends|spend)$/.test(words[v - 1].lower)) return this.subjectBefore(words[v - 1].start, floor, words.slice(0, v - 1), true);
    if (form.progressive) return this.absoluteSubject(words, v, k);
    return this.subjectBefore(words[v].start, floor, words.slice(0, k + 1));
  }

  /**
   * The person a sentence of the writer's is about, acting: its subject (a person's name, surname,
   * title or pronoun opening it) and the finite verb after it ("Varga coils the stern line").
   */
  protected actingSubject(sentence: OuterSentence): Cue | undefined {
    const words = this.words(sentence.start, Math.min(sentence.end, sentence.start + 400)).filter((w) => !this.insideQuote(w.start));
    let s = 0;
    if (words.length && OPENING_CONJUNCTIONS.has(words[0].lower)) s++;
    if (words[s] && FRONTED.has(words[s].lower)) {
      let c = s + 1;
      while (c < words.length && c - s < 12 && !/,/.test(this.prose.slice(words[c - 1].end, words[c].start))) c++;
      if (c >= words.length || c - s >= 12) return undefined;
      s = c;
    }
    const first = words[s];
    if (!first) return undefined;
    const mention = this.people.mentionAt(first.start);
    if (!mention || mention.inQuote || (mention.kind === 'pronoun' && !/^(?:he|she)$/i.test(mention.text))) return undefined;
    // The verb: the first finite verb after the subject and any apposition between commas.
    let v = s + 1;
    while (v < words.length && words[v].end <= mention.end) v++;
    if (v < words.length && /,/.test(this.prose.slice(words[v - 1].end, words[v].start))) {
      let c = v + 1;
      while (c < words.length && c - v < 12 && !/,/.test(this.prose.slice(words[c - 1].end, words[c].start))) c++;
      if (c >= words.length || c - v >= 12) return undefined;
      v = c;
    }
    for (; v < words.length && v - s < 16; v++) {
      const w = words[v];
      if (/[;:"“”(]/.test(this.prose.slice(words[v - 1].end, w.start)) || w.text !== w.lower) return undefined;
      if (isFiniteVerb(w.lower) || isAuxiliary(w.lower)) return { verb: this.span(w.start, w.end), speaker: this.personSpeaker(mention) };
      if (!this.isAdverb(w)) return undefined;
    }
    return undefined;
  }

  /**
   * A broadcast script's sound bite: `IN: "…"   OUT: "…"` cues under a slug naming the speaker
   * (`SOT — MAYOR LEE — :12`), a few lines up. The slug's name is the speaker: the person the draft
   * introduces under that name, else the name as written.
   */
  protected soundBite(quote: Quotation): Speaker | null {
    const paragraph = this.doc.paragraphs[quote.paragraph];
    if (!/(?:^|\s)(?:IN|OUT)\s*:\s*$/.test(this.prose.slice(Math.max(paragraph.start, quote.start - 40), quote.start))) return null;
    for (let p = quote.paragraph - 1; p >= Math.max(0, quote.paragraph - 3); p--) {
      const { start, end } = this.doc.paragraphs[p];
      const line = this.prose.slice(start, Math.min(end, start + 200));
      const slug = /^(?:SOT|SOUNDBITE|SOUND ?BITE|BITE|VO\/SOT)\b[^\n]*?[—–-]\s*(\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu})\s*(?:[—–-]|$)/u.exec(line);
      if (!slug) continue;
      const name = slug[1];
      const at = start + slug.index + slug[0].indexOf(name);
      const mention = this.span(at, at + name.length);
      const person = this.people.persons.find((x) => x.name.toUpperCase() === name || x.name.toUpperCase().endsWith(` ${name}`));
      const written = name.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
      return { name: person?.name ?? written, mention, person: person ?? null };
    }
    return null;
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
