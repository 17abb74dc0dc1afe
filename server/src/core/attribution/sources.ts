// Sources: who a cue names. The subject before a verb or after an inverted one, a person the people
// layer knows (by name, surname, title or pronoun), an organisation or document "it" stands for, or a
// noun phrase kept as the described source the draft gives ("a senior official close to the talks").

import type { NamedThing, PersonMention } from '../people/people';
import { TITLE_HEADS, TITLE_WORDS } from '../people/lexicon';
import { DETERMINERS, NOUN_LIKE, REPORTING_VERBS, SOURCE_NOUNS } from '../quotes/lexicon';
import { isCommonWord } from '../names/words';
import type { OuterSentence } from '../quotes/sentences';
import type { Speaker, Word } from './types';
import { ADVERBS, FUNCTION_WORDS, PREPOSITIONS, POSSESSIVE_WORD, SOURCE_QUALIFIERS, ON_BEHALF, OPENING_CONJUNCTIONS, FRONTED, AUXILIARIES, ORGANISATION_HEADS, DOCUMENT_HEADS, COLLECTIVE, DESCRIBED_PRONOUNS, isFiniteVerbWord, GENERIC_ORGANISATION, CUE_REACH, LY_NOUNS, TIME_WORDS, TIME_QUALIFIERS, ING_NOUNS } from './lexicon';
import { Reader } from './reader';

export class Sources extends Reader {
  /**
   * The speaker named right before `verbStart` (in `words`, which end before it): skips an
   * apposition or relative clause between commas ("Trump, who arrived on Tuesday, hailed").
   */
  protected subjectBefore(verbStart: number, floor: number, words: Word[], lenient = false): Speaker | null {
    let end = verbStart;
    let k = words.length - 1;
    while (k >= 0 && this.isAdverb(words[k])) { end = words[k].start; k--; }
    if (k < 0) return null;
    // "Ruiz on Tuesday said", "an aide speaking to reporters said": the subject before what stands
    // between it and its verb, else the words right before the verb.
    const subjectEnd = /[,;:()"“”—–]/.test(this.prose.slice(words[k].end, end)) ? k : this.beforeModifiers(words, k, floor);
    if (subjectEnd >= 0 && subjectEnd < k) {
      const subject = this.subjectBefore(words[subjectEnd + 1].start, floor, words.slice(0, subjectEnd + 1), lenient);
      if (subject) return subject;
    }
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
    // "Tusk, who has spent months assuring …", "a deckhand who said": the relative pronoun stands
    // for the source before it; it stays the mention, as a pronoun does.
    if (last.lower === 'who' && k > 0) {
      const antecedent = this.people.mentionAt(words[k - 1].start);
      const who = this.span(last.start, last.end);
      if (antecedent && !antecedent.inQuote && antecedent.kind !== 'pronoun' && antecedent.end >= words[k - 1].end - 2) return { name: antecedent.person.name, mention: who, person: antecedent.person };
      const described = !/[;:()"“”—]/.test(this.prose.slice(words[k - 1].end, last.start)) ? this.describedSource(words, k - 1, floor, true) : null;
      if (described) return { ...described, mention: who };
    }
    if (/^(?:they|it|we|i)$/.test(last.lower)) {
      return this.pronounSource(last);
    }
    // "a spokeswoman for the council said": the spokeswoman, with whom she speaks for.
    const speaksFor = this.qualifiedSource(words, k, floor, Infinity, true);
    if (speaksFor) return speaksFor;
    const described = this.describedSource(words, k, floor, lenient);
    if (described) return described;
    return this.qualifiedSource(words, k, floor);
  }

  /**
   * Back from words[k] over what may stand between a subject and its verb, without commas: a time
   * ("on Tuesday", "at the time", "earlier this week", "in the past"), a phrase placing a person or
   * pronoun ("Ruiz in an interview with the Gazette", "who on a call Friday"), a participle phrase
   * after a noun ("an aide speaking to reporters"), and adverbs. The index of the word the subject
   * ends on, or k when nothing is skipped.
   */
  protected beforeModifiers(words: Word[], k: number, floor: number): number {
    const joined = (a: number) => !/[,;:()"“”—–]/.test(this.prose.slice(words[a].end, words[a + 1].start));
    const named = (i: number) => {
      const mention = this.people.mentionAt(words[i].start);
      return (!!mention && !mention.inQuote && mention.end >= words[i].end - 2) || /^(?:he|she|they|who|i|we|it)$/.test(words[i].lower);
    };
    for (let rounds = 0; rounds < 4 && k > 0; rounds++) {
      const from = k;
      // A time: its last word names one ("Tuesday", "week", "2016"), the words before qualify it.
      if ((TIME_WORDS.has(words[k].lower) || /^(?:1[89]|20)\d\d$/.test(words[k].text)) && !named(k)) {
        let j = k;
        while (j > 0 && k - j < 5 && joined(j - 1) && (TIME_WORDS.has(words[j - 1].lower) || TIME_QUALIFIERS.has(words[j - 1].lower) || /^\d/.test(words[j - 1].text)) && !named(j - 1)) j--;
        if (j > 0 && joined(j - 1) && !PREPOSITIONS.has(words[j - 1].lower) && words[j - 1].start >= floor) k = j - 1;
      }
      // A phrase after a person or pronoun, from its preposition: "Ruiz at a rally in Ohio".
      for (let p = k; p > 0 && k - p < 8 && joined(p - 1) && words[p].start >= floor; p--) {
        const w = words[p];
        // Not "of" (part of the name: "Sanders of Vermont") nor "to" ("Obama to announce" is an infinitive).
        if (w.text === w.lower && w.lower !== 'of' && w.lower !== 'to' && PREPOSITIONS.has(w.lower) && named(p - 1)) { k = p - 1; break; }
        if (w.text === w.lower && !FUNCTION_WORDS.has(w.lower) && isFiniteVerbWord(w.lower)) break;
      }
      // A participle phrase after a noun: "an aide speaking to reporters", "voters living near the port".
      for (let i = k; i > 0 && k - i < 7 && words[i].start >= floor; i--) {
        const w = words[i];
        if (w.text === w.lower && w.lower.length > 5 && w.lower.endsWith('ing') && !NOUN_LIKE.has(w.lower) && !ING_NOUNS.has(w.lower)) {
          const before = words[i - 1];
          if (joined(i - 1) && !FUNCTION_WORDS.has(before.lower) && !DETERMINERS.has(before.lower) && !POSSESSIVE_WORD.test(before.text) && (named(i - 1) || before.text === before.lower)) k = i - 1;
          break;
        }
        if (i > 0 && !joined(i - 1)) break;
      }
      while (k > 0 && this.isAdverb(words[k])) k--;
      if (k === from) break;
    }
    return k;
  }

  /** `said Rubio, the secretary of state` · `added the minister` · `said a senior official` */
  protected subjectAfter(from: number, end: number): Speaker | null {
    const words = this.words(from, end);
    if (!words.length) return null;
    const mention = this.people.mentionAt(words[0].start);
    // "said Rubio, …" names the speaker; "said Rubio's spokesman" does not.
    const possessive = mention && /^['’]s?\s+\p{L}/u.test(this.prose.slice(mention.end, mention.end + 4));
    // "said Trump adviser Stephen Miller": the name qualifies the noun after it.
    const qualifier = mention && words[1] && words[1].start === mention.end + 1 && this.prose[mention.end] === ' '
      && (TITLE_WORDS.has(words[1].lower) || SOURCE_NOUNS.has(words[1].lower)) && words[1].text === words[1].lower;
    if (mention && !mention.inQuote && !possessive && !qualifier) return this.personSpeaker(mention);
    // "said master of ceremonies Asab Tabchi", "said union delegate Bill Eastland": a person named
    // after the lower-case words of a title.
    if (!mention) {
      for (let i = 1; i < Math.min(words.length, 6); i++) {
        const w = words[i - 1];
        if (/[,;:()"“”—–]/.test(this.prose.slice(w.end, words[i].start)) || w.text !== w.lower || (FUNCTION_WORDS.has(w.lower) && w.lower !== 'of') || isFiniteVerbWord(w.lower)) break;
        const named = this.people.mentionAt(words[i].start);
        if (named && !named.inQuote && named.kind !== 'pronoun' && named.start === words[i].start) return this.personSpeaker(named);
      }
    }
    // The noun phrase up to a comma, a preposition, a clause or a word qualifying it ("close to").
    let k = 0;
    while (k + 1 < words.length && k < 7 && !/,/.test(this.prose.slice(words[k].end, words[k + 1].start)) && !PREPOSITIONS.has(words[k + 1].lower) && !SOURCE_QUALIFIERS.has(words[k + 1].lower) && !/^(?:who|which|that|when|while|as)$/.test(words[k + 1].lower)) k++;
    const phrase = words.slice(0, k + 1);
    const head = phrase[phrase.length - 1];
    const within = this.people.mentionsIn(words[0].start, head.end).filter((m) => !m.inQuote && !(m.end < head.start));
    if (within.length) return this.personSpeaker(within[0]);
    const source = this.describedSource(phrase, phrase.length - 1, words[0].start, true);
    // "said a deckhand who asked not to be named because …": the source with its relative clause,
    // which tells the reader who they are or why they are not named, up to its end.
    if (source && !source.person && words[k + 1]?.lower === 'who' && !/[,;:]/.test(this.prose.slice(head.end, words[k + 1].start))) {
      let r = k + 1;
      while (r + 1 < words.length && r - k < 9 && !/[,;:()"“”—]/.test(this.prose.slice(words[r].end, words[r + 1].start)) && !/^(?:because|since|after|and|but|when|while|as|so)$/.test(words[r + 1].lower)) r++;
      if (r - k < 9) return { name: source.name + this.prose.slice(head.end, words[r].end), mention: this.span(source.mention.start, words[r].end), person: null };
    }
    if (!source || !SOURCE_NOUNS.has(head.lower) || !words[k + 1] || !SOURCE_QUALIFIERS.has(words[k + 1].lower) || /[,;:]/.test(this.prose.slice(head.end, words[k + 1].start))) return source;
    // "said a Ukrainian official close to Zelenskyy, granted anonymity …": the source with what
    // qualifies it, one phrase ("close to Zelenskyy", "for the ministry"), up to a comma or a clause.
    let q = k + 1;
    if (!PREPOSITIONS.has(words[q].lower) && words[q + 1] && PREPOSITIONS.has(words[q + 1].lower)) q++; // "close to"
    while (q + 1 < words.length && q - k < 8 && !/[,;:()"“”—]/.test(this.prose.slice(words[q].end, words[q + 1].start))
      && !(PREPOSITIONS.has(words[q + 1].lower) && words[q + 1].lower !== 'of') && !/^(?:who|which|that|when|while|as|and|but|because|said|says|told|on|last|this)$/.test(words[q + 1].lower)) q++;
    return { name: source.name + this.prose.slice(head.end, words[q].end), mention: this.span(source.mention.start, words[q].end), person: null };
  }

  /** "a senior official familiar with the talks": a source noun, then what qualifies it, ending at words[k]. */
  protected qualifiedSource(words: Word[], k: number, floor: number, before = Infinity, onBehalf = false): Speaker | null {
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
  protected prepositionBefore(words: Word[], mention: PersonMention): number {
    let p = words.length - 1;
    while (p >= 0 && words[p].start >= mention.start) p--;
    // Over a title written before the name ("for President Trump", "to Secretary of State Marco Rubio").
    while (p > 0 && TITLE_WORDS.has(words[p].lower) && (/^\p{Lu}/u.test(words[p].text) || /^\p{Lu}/u.test(words[p - 1].text))) p--;
    return p >= 0 && PREPOSITIONS.has(words[p].lower) ? p : -1;
  }

  /** The speaker a span names: the person in it, else the phrase as a described source. */
  protected speakerInSpan(start: number, end: number, lenient = false): Speaker | null {
    const mentions = this.people.mentionsIn(start, end).filter((m) => !m.inQuote);
    const named = mentions.find((m) => m.kind === 'name' || m.kind === 'surname') ?? mentions[0];
    if (named) return this.personSpeaker(named);
    const words = this.words(start, end);
    if (!words.length) return null;
    return this.describedSource(words, words.length - 1, start, lenient);
  }

  protected personSpeaker(mention: PersonMention): Speaker {
    return { name: mention.person.name, mention: this.span(mention.start, mention.end), person: mention.person };
  }

  /**
   * "it" and "they" stand for the organisation, document or group a recent sentence is about
   * ("Netanyahu's office criticized the comments. "…," it said."): the subject of the sentences
   * before, back over ones whose subject is the same pronoun, within this paragraph and the one
   * before. Without one, the pronoun is kept as written.
   */
  protected pronounSource(word: Word): Speaker {
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
  protected sentenceSubject(sentence: OuterSentence, pronoun: string): string | 'same' | undefined {
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
  protected describedSource(words: Word[], k: number, floor: number, lenient = false): Speaker | null {
    let j = k;
    // The noun phrase: back over modifiers to a determiner, a clause boundary or a preposition.
    while (j > 0 && k - j < 7) {
      const previous = words[j - 1];
      const gap = this.prose.slice(previous.end, words[j].start);
      if (/[,;:()"“”—]/.test(gap)) break;
      if (PREPOSITIONS.has(previous.lower) && previous.lower !== 'of') break;
      // "the Ohio senator and presidential candidate": two descriptions of one source.
      if (previous.lower === 'and' && j >= 2 && (TITLE_HEADS.has(words[j - 2].lower) || SOURCE_NOUNS.has(words[j - 2].lower)) && !/[,;:()"“”—]/.test(this.prose.slice(words[j - 2].end, previous.start))) { j--; continue; }
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
    // "one Trzaskowski campaign aide" is a campaign aide: the description reads "a …".
    let name = mention.text.replace(/^(?:A|An|The|Some|Several|Two|Three)\b/, (w) => w.toLowerCase()).replace(/^[Oo]ne\s+(?=\p{L})/u, 'a ');
    const determiner = phraseWords[0].lower;
    // Any noun phrase a determiner opens ("the billionaire business mogul", "one", "another") when
    // its position makes it the subject of the attribution; else a noun that names a source.
    const determined = DETERMINERS.has(determiner) || DESCRIBED_PRONOUNS.has(determiner) || /^(?:one|two|three|four|several|some|many|most|few|other|another)$/.test(determiner);
    if (!capitalised && !SOURCE_NOUNS.has(headLower) && !TITLE_HEADS.has(headLower) && !(lenient && (determined || phraseWords.length === 1 && DESCRIBED_PRONOUNS.has(headLower)) && !FUNCTION_WORDS.has(headLower) && !isFiniteVerbWord(headLower))) return null;
    if (capitalised && phraseWords.some((w, i) => FUNCTION_WORDS.has(w.lower) && w.lower !== 'of' && w.lower !== 'the' && w.lower !== 'and' && !(i === 0 && DETERMINERS.has(w.lower)))) return null;
    // "the secretary of state" → the person with that title.
    if (determiner === 'the' && TITLE_HEADS.has(headLower) || (determiner === 'the' && phraseWords.length > 2 && phraseWords[phraseWords.length - 2]?.lower === 'of' && TITLE_HEADS.has(phraseWords[phraseWords.length - 3]?.lower))) {
      const titled = this.people.mentionAt(start);
      if (titled && titled.kind === 'title') return this.personSpeaker(titled);
      const resolved = this.people.resolveTitle(mention.text, start, true);
      if (resolved) return { name: resolved.person.name, mention, person: resolved.person };
    }
    // "the authority's annual report" after "the Merrow Bay Port Authority": the organisation the
    // draft named, whose name ends in the noun the description uses for it.
    if (determiner === 'the' && phraseWords.length >= 2 && phraseWords[1].text === phraseWords[1].lower && (phraseWords.length === 2 || POSSESSIVE_WORD.test(phraseWords[1].text))) {
      const owner = phraseWords[1];
      const noun = owner.lower.replace(/['’]s?$/, '');
      const organisation = noun.length > 3 ? this.lastOtherBefore(start, (o) => o.kind === 'organisation' && o.text.toLowerCase().endsWith(` ${noun}`)) : undefined;
      if (organisation) return { name: organisation.text.replace(/^The\s+/, '') + this.prose.slice(owner.start + noun.length, end).replace(/^['’]s?/, ''), mention, person: null };
    }
    if (determiner === 'the' && !capitalised) {
      // "the official" after "a Ukrainian official": the same source.
      const same = this.introducedSource(headLower, start);
      if (same) return { name: same, mention, person: null };
      // "the group" after "The Hostages and Missing Families Forum": the organisation.
      if (GENERIC_ORGANISATION.has(headLower)) {
        const paragraph = this.doc.paragraphAt(start)?.index ?? 0;
        const organisation = this.lastOtherBefore(start, (o) => o.kind === 'organisation' && (this.doc.paragraphAt(o.start)?.index ?? -9) >= paragraph - 2, (o) => (this.doc.paragraphAt(o.start)?.index ?? paragraph) >= paragraph - 2);
        if (organisation && (headLower === 'group' || headLower === 'organisation' || headLower === 'organization' || organisation.text.toLowerCase().includes(headLower))) {
          name = organisation.text.replace(/^The\s+/, '');
        }
      }
    }
    return { name, mention, person: null };
  }

  /**
   * The last place or organisation the draft names that ends by `start` and that `wanted` accepts,
   * read back from `start` (the list is in order of start) while `reachable` holds: copying and
   * reversing the draft's whole list for each description made the cost grow with the draft squared.
   */
  private lastOtherBefore(start: number, wanted: (o: NamedThing) => boolean, reachable: (o: NamedThing) => boolean = () => true): NamedThing | undefined {
    const others = this.people.others;
    let lo = 0;
    let hi = others.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (others[mid].start <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && reachable(others[i]); i--) if (others[i].end <= start && wanted(others[i])) return others[i];
    return undefined;
  }

  /** The indefinite description that introduced a source ("a Ukrainian official") before "the official". */
  protected introducedSource(head: string, before: number): string | undefined {
    const paragraph = this.doc.paragraphAt(before)?.index ?? 0;
    const from = this.doc.paragraphs[Math.max(0, paragraph - 3)].start;
    const text = this.prose.slice(from, before);
    const re = introductionPattern(head);
    let last: string | undefined;
    for (let m = re.exec(text); m; m = re.exec(text)) last = m[0];
    return last?.replace(/^(?:A|An|One)\b/, (w) => w.toLowerCase());
  }

  /** An adverb or auxiliary between a subject and its verb ("also", "has"), unless it names someone ("May said"). */
  protected isAdverb(word: Word): boolean {
    // Listed adverbs and auxiliaries, and any lower-case -ly word ("Clinton has increasingly decried").
    const adverb = ADVERBS.has(word.lower) || (word.text === word.lower && /^\p{L}{3,}ly$/u.test(word.lower) && !LY_NOUNS.has(word.lower));
    // "in May": a capitalised month or a name is not the auxiliary or adverb it is spelled like.
    return adverb && !(word.text !== word.lower && (TIME_WORDS.has(word.lower) || this.people.mentionAt(word.start)));
  }

  /** The first noun phrase of a clause: the subject the participles and second verbs share. */
  protected firstSubject(words: Word[], upTo: number, floor: number): Speaker | null {
    const mentions = this.people.mentionsIn(floor, words[upTo]?.end ?? floor).filter((m) => !m.inQuote && m.kind !== 'title');
    if (mentions.length) return this.personSpeaker(mentions[0]);
    return null;
  }

  /**
   * The subject of a participle in an absolute clause ("with Labour MPs saying", "with the mayor
   * calling it"): the noun phrase between "with" and the participle. Other participles ("in
   * saying", "after telling") have no subject of their own.
   */
  protected absoluteSubject(words: Word[], v: number, k: number): Speaker | null {
    for (let w = k; w >= Math.max(0, k - 6); w--) {
      if (/[,;:()"“”—]/.test(this.prose.slice(words[w].end, words[w + 1].start))) return null;
      if (words[w].lower !== 'with') continue;
      if (w === k) return null;
      return this.subjectBefore(words[v].start, words[w + 1].start, words.slice(w + 1, k + 1));
    }
    return null;
  }
}

/** "a/an/one … <head>" patterns by head noun, built once each (a few hundred at most are kept). */
const INTRODUCTION_PATTERNS = new Map<string, RegExp>();

function introductionPattern(head: string): RegExp {
  let re = INTRODUCTION_PATTERNS.get(head);
  if (!re) {
    if (INTRODUCTION_PATTERNS.size >= 500) INTRODUCTION_PATTERNS.clear();
    re = new RegExp(`\\b(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}-]+\\s+){0,4}?${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gu');
    INTRODUCTION_PATTERNS.set(head, re);
  }
  re.lastIndex = 0;
  return re;
}
