// Title mentions: every title the draft gives a person, where it stands and what it is made of.
//
//   before the name    "US Secretary of State Marco Rubio", "Russian President Vladimir Putin"
//   after the name     "Rubio, the secretary of state," · "Sunita Varghese, chief economist at …"
//   before, set off    "Qatar's prime minister and foreign minister, Sheikh Mohammed …"
//   standing alone     "the foreign minister acknowledged", "The US Secretary of State said"
//
// A title is split into what shifts it in time ("former", "then-", "-elect"), the country or
// organisation it belongs to ("Russian", "Ukraine's", "NATO", "the company's") and the title's own
// words, whose span is what a fix replaces. The person comes from the people layer: the name the
// title is attached to, or, for a title standing alone, the person the people layer resolves it to.
import type { CheckContext } from '../checks/check';
import { tokensOf, type Token, type Tokens } from '../names/words';
import { quotationsOf } from '../quotes/quotations';
import type { Span } from '../types';
import {
  DESCRIPTION_HEADS, FUNCTION_WORDS, HONORIFICS, TIME_MARKERS, TITLE_ABBREVIATIONS, TITLE_CONNECTORS,
  TITLE_HEADS, TITLE_MODIFIERS,
} from './lexicon';
import { officeIndex, titleWords, type JurisdictionRef, type OfficeIndex, type TitleWords } from './offices';
import { peopleView, type PersonReference, type TitledPerson } from './people';
import { defineContextLayer } from '../contextLayer';

export type TitlePosition = 'before' | 'after' | 'alone';

/** How the title's own words are capitalised: `Foreign Minister`, `foreign minister`, `Foreign minister`. */
export type Casing = 'title' | 'lower' | 'sentence';

export interface Qualifier extends Span {
  text: string;
  /** The country or organisation it names, when the knowledge base knows it. */
  jurisdiction?: JurisdictionRef;
  /** `adjective` "Russian", "NATO"; `possessive` "Ukraine's", "the company's"; `affiliation` "… at Northgate Securities". */
  form: 'adjective' | 'possessive' | 'affiliation';
}

export interface TitleMention extends Span {
  /** The title's own words as written ("Secretary of State"): the span a fix replaces. */
  text: string;
  /** The words that matter for comparing titles ("secretary", "state"). */
  words: TitleWords;
  /** The noun the title ends with ("minister", "secretary"). */
  head: string;
  position: TitlePosition;
  /** The whole phrase: markers, qualifier and title ("former Russian President"). */
  phrase: Span;
  qualifier?: Qualifier;
  /** Words shifting the title in time, lower-case ("former", "then", "elect", "acting"). */
  markers: string[];
  /** Set off from the name by a comma ("Qatar's prime minister, Sheikh Mohammed"): an apposition, not a title directly before the name. */
  setOff: boolean;
  /** Written with "a"/"an" ("Rutte, a former Dutch prime minister"): a description, not the person's title. */
  indefinite: boolean;
  /** A description rather than a title ("the Ukrainian leader", "the NATO chief"). */
  description: boolean;
  /** Every word of the title is one the office vocabulary knows (no unknown institution in it). */
  understood: boolean;
  casing: Casing;
  /** The phrase starts a sentence. */
  sentenceStart: boolean;
  person?: TitledPerson;
  /** The name the title is attached to (before/after), or the title phrase itself (alone). */
  reference?: PersonReference;
  inQuote: boolean;
  /** Another title written in the same phrase ("prime minister and foreign minister"). */
  conjoined: boolean;
  /**
   * Given for the time of an event the sentence tells ("As secretary of state, she signed …",
   * "became director in 2019"): the draft's title for the person, but no claim about the article date.
   */
  framed?: boolean;
}

export interface Titles {
  mentions: TitleMention[];
  /** The title mention covering `offset` (its phrase), if any. */
  at(offset: number): TitleMention | undefined;
}

const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/;
/** Words after which a name is a title's complement, not the one who holds it ("spokesman for Ryan"). */
const COMPLEMENT_LINKS = new Set(['of', 'for', 'the', 'to', 'at', 'with', 'by', 'from', 'under']);
/** Nouns for people by what they do: "purser", "master", "operator", "machinist", "technician", "attendant". */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent|eer|man|woman|person)$/u;
/** Words with those endings that are no person ("the latter", "the center"). */
const NOT_AGENTS = new Set([
  'other', 'latter', 'former', 'matter', 'number', 'water', 'paper', 'letter', 'border', 'center', 'order', 'corner',
  'weather', 'power', 'answer', 'question', 'winter', 'summer', 'quarter', 'chapter', 'meter', 'error', 'factor',
  'sector', 'motor', 'mirror', 'color', 'colour', 'favor', 'favour', 'honor', 'honour', 'labor', 'labour', 'terror',
  'event', 'moment', 'statement', 'agreement', 'government', 'parliament', 'department', 'amount', 'percent',
  'content', 'incident', 'accident', 'element', 'plant', 'grant', 'variant', 'comment', 'document', 'segment',
  'register', 'shelter', 'monster', 'minister', 'woman', 'man', 'person', 'german', 'human', 'roman',
]);
const MODAL_AFTER = /^(?:['’]s?)?\s+(?:would|could|might)\b/;
/** A title claimed only in a hypothetical: "if elected, Governor Ito", "what would be President Ramos's first act". */
const HYPOTHETICAL_BEFORE = /(?:\bif (?:re-?)?elected|\b(?:would|could|might) (?:be|become)),?\s*$/i;
/** Blanks with one line break: in a paragraph, a space. */
const LINE_BREAK = /^[ \t]*(?:\r\n|\r|\n)[ \t]*$/;
const CLOSES_APPOSITION = /^\s*(?:[,.;:!?)\]—–"“”]|$)/;
/** A paragraph of an interview that asks ("Q:", "**Q.**") or answers ("A:"). */
const QUESTION_LABEL = /^[\s*_]*Q[*_]*\s*[:.—–-]/;
const ANSWER_LABEL = /^[\s*_]*A[*_]*\s*[:.—–-]/;
/** A verb giving the person a title they hold: "…, who is", "became", "was named", "serves as". */
const PREDICATE = /^(?:,[ \t]*(?:\r?\n[ \t]*)?who\s+|\s+)(?:is|became|has\s+become|now\s+serves\s+as|serves\s+as|was\s+(?:named|appointed|promoted\s+to)|has\s+been\s+(?:named|appointed))\s+/;
/** Words that may follow a title given in a predicate ("became director in 2023", "is chief since"). */
const PREDICATE_FOLLOWERS = new Set(['in', 'on', 'since', 'and', 'last', 'this', 'earlier', 'when', 'after', 'before', 'until', 'for', 'at']);
/** Words setting a sentence in the past ("As home secretary, Cooper had pushed …"): the title given there was the person's then. */
const PAST_WORDS = /\b(?:at the time|then|previously|formerly|earlier in (?:his|her|their) career|once|back in|used to|until|had|years ago)\b/i;

/** The title mentions of the draft, computed once per draft version, knowledge base and article date. */
export const titlesOf: (context: CheckContext) => Titles = defineContextLayer('title mentions', (context) => findTitles(context));

function findTitles(context: CheckContext): Titles {
  const finder = new TitleFinder(context);
  const mentions = finder.find();
  return {
    mentions,
    at(offset) {
      return mentions.find((m) => m.phrase.start <= offset && offset < m.phrase.end)
        ?? mentions.find((m) => m.phrase.start <= offset && offset <= m.phrase.end);
    },
  };
}

class TitleFinder {
  private readonly prose: string;
  private readonly tokens: Tokens;
  private readonly offices: OfficeIndex;
  private readonly quotes: Span[];
  private readonly sentenceStarts: Set<number>;
  /** Words read as the head of a job title in apposition though no list holds them ("purser"). */
  private readonly roleHeads = new Set<number>();
  /** Start offsets of the words of people's names: a title never runs across another name. */
  private readonly nameWords = new Set<number>();

  constructor(private readonly context: CheckContext) {
    this.prose = context.doc.prose;
    this.offices = officeIndex(context.knowledge);
    this.quotes = quotationsOf(context.doc).quotes.map((q) => ({ start: q.contentStart, end: q.contentEnd }));
    this.sentenceStarts = new Set(context.doc.sentences.map((s) => s.start));
    this.tokens = tokensOf(context.doc);
  }

  find(): TitleMention[] {
    const people = peopleView(this.context);
    for (const reference of people.mentions) {
      if (reference.kind !== 'name' && reference.kind !== 'surname') continue;
      for (let i = this.tokens.firstFrom(reference.start); i < this.tokens.length && this.tokens.get(i).start < reference.end; i++) this.nameWords.add(this.tokens.get(i).start);
    }
    const mentions: TitleMention[] = [];
    const seen = new Set<string>();
    const add = (found: TitleMention[]) => {
      for (const mention of found) {
        const key = `${mention.start}:${mention.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        mentions.push(mention);
      }
    };
    for (const reference of people.mentions) {
      if (reference.kind === 'name' || reference.kind === 'surname') {
        add(this.titlesBefore(reference));
        add(this.titlesAfter(reference));
        add(this.titlesInPredicate(reference));
      }
      if (reference.kind === 'name' || reference.kind === 'surname' || reference.kind === 'pronoun') add(this.titlesInOpeningAs(reference));
    }
    add(this.titlesAddressedInInterview(people.mentions));
    for (const reference of people.mentions) {
      if (reference.kind !== 'title' || reference.basis === 'apposition') continue;
      const mention = this.titleAlone(reference);
      if (mention) add([mention]);
    }
    mentions.sort((a, b) => a.start - b.start);
    return mentions;
  }

  // --- tokens -------------------------------------------------------------------------------

  /** Index of the last token ending at or before `offset`. */
  private tokenBefore(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens.end[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  private inQuote(offset: number): boolean {
    let lo = 0;
    let hi = this.quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = this.quotes[mid];
      if (offset < q.start) hi = mid - 1;
      else if (offset >= q.end) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** Whether two neighbouring tokens belong to one phrase: one space, a split-off marker, or "Gov. ". */
  private joined(left: Token, right: Token): boolean {
    if (left.paragraph !== right.paragraph) return false;
    if (right.start === left.end + 1 && this.prose.charCodeAt(left.end) === 32) return true;
    const gap = this.prose.slice(left.end, right.start);
    // A line break inside a paragraph is a space: a hard-wrapped title is one title.
    if (LINE_BREAK.test(gap)) return true;
    if (gap === '' && (left.marker || right.marker)) return true;
    // "then–Secretary of State", "ex—President", typed with a dash rather than a hyphen.
    if (/^[-‐–—]$/.test(gap) && (left.lower === 'then' || left.lower === 'ex')) return true;
    return (gap === '. ' || LINE_BREAK.test(gap.slice(1)) && gap[0] === '.') && TITLE_ABBREVIATIONS.get(left.lower) !== undefined;
  }

  // --- word classes -------------------------------------------------------------------------

  private isHead(token: Token): boolean {
    const word = TITLE_ABBREVIATIONS.get(token.lower) ?? token.lower;
    return TITLE_HEADS.has(word) || this.roleHeads.has(token.start);
  }

  private departmentWords(before: Token, after: Token): boolean {
    return before.cap && after.cap && TITLE_MODIFIERS.has(before.lower) && TITLE_MODIFIERS.has(after.lower);
  }

  private isTitleWord(token: Token): boolean {
    // "Under Secretary", but "under President Obama" is a preposition.
    if (token.lower === 'under') return this.tokens.get(token.index + 1)?.lower === 'secretary';
    return this.isHead(token) || TITLE_MODIFIERS.has(token.lower) || TITLE_ABBREVIATIONS.get(token.lower) !== undefined;
  }

  /** A capitalised word that is not a function word: an institution in a title ("Kremlin spokesman"). */
  private isInstitution(token: Token): boolean {
    return token.cap && !FUNCTION_WORDS.has(token.lower) && !POSSESSIVE.test(token.text) && !this.isTitleWord(token)
      && !this.sentenceStarts.has(token.start) && !this.nameWords.has(token.start);
  }

  /** The jurisdiction named by tokens [from..to] ("European Commission", "U.S.", "Ukraine's"). */
  private jurisdictionAt(from: number, to: number): JurisdictionRef | undefined {
    for (let i = from; i < to; i++) if (!this.joined(this.tokens.get(i), this.tokens.get(i + 1))) return undefined;
    const text = this.prose.slice(this.tokens.get(from).start, this.tokens.get(to).end).replace(POSSESSIVE, '');
    if (from === to && !this.tokens.get(from).cap) return undefined;
    return this.offices.jurisdictionOf(text);
  }

  // --- before the name ----------------------------------------------------------------------

  private titlesBefore(reference: PersonReference): TitleMention[] {
    let j = this.tokenBefore(reference.start);
    if (j < 0) return [];
    const name = this.tokens.get(this.tokens.firstFrom(reference.start));
    if (!name) return [];
    let right: Token = name;
    // "Foreign Minister Prince Faisal": a courtesy title between the title and the name. After a
    // modifier the same word is the title's head: "first lady Melania Trump", "Crown Prince Mohammed".
    const honorific = this.tokens.get(j);
    const modifier = this.tokens.get(j - 1);
    const heads = TITLE_HEADS.has(honorific.lower) && !!modifier && TITLE_MODIFIERS.has(modifier.lower) && this.joined(modifier, honorific);
    if (HONORIFICS.has(honorific.lower) && this.joined(honorific, right) && !heads) {
      right = honorific;
      j--;
    }
    if (j < 0 || !this.joined(this.tokens.get(j), right)) {
      // "Qatar's prime minister, Sheikh Mohammed …": a title set off by a comma before the name.
      return this.titlesSetOffBefore(reference);
    }
    // "a spokesman for Ryan", "chief executive of Fox News": the name is the title's complement, and
    // the title someone else's.
    if (COMPLEMENT_LINKS.has(this.tokens.get(j).lower)) return [];
    const span = this.collectBackward(j, right);
    if (!span) return [];
    // "a President Donald Trump": a hypothetical, not a title claimed on the article date.
    const article = this.tokens.get(span.first - 1);
    const hypothetical = !!article && (article.lower === 'a' || article.lower === 'an') && this.joined(article, this.tokens.get(span.first));
    const mentions = this.build(span.first, span.last, 'before', reference, hypothetical);
    // "President Ramos would …": what the person would do in an office is no claim they hold it.
    if (MODAL_AFTER.test(this.prose.slice(reference.end, reference.end + 12))) for (const m of mentions) m.markers.push('hypothetical');
    return mentions;
  }

  /** Collects the title words ending at token `j` (right to left); returns the token range. */
  private collectBackward(j: number, right: Token | null): { first: number; last: number } | undefined {
    let first = j + 1;
    let next = right ?? this.tokens.get(j);
    for (let i = j; i >= 0 && j - i < 10; i--) {
      const token = this.tokens.get(i);
      if (i < j || right) {
        if (!this.joined(token, next)) break;
      }
      // Multi-word names of countries and organisations: "European Commission", "Saudi Arabia's".
      let taken = 0;
      for (let width = 3; width >= 2 && !taken; width--) {
        if (i - width + 1 >= 0 && this.tokens.get(i - width + 1).cap && this.jurisdictionAt(i - width + 1, i)) taken = width;
      }
      if (taken) {
        first = i - taken + 1;
        i = first;
        next = this.tokens.get(first);
        if (POSSESSIVE.test(token.text)) break;
        continue;
      }
      const word = token.lower;
      if (this.nameWords.has(token.start)) break;
      // "head of President Volodymyr Zelenskyy's office": a complete title is not the complement of another.
      if ((word === 'of' || word === 'for') && this.tokens.slice(i + 1, j + 1).some((t) => this.isHead(t))) break;
      // "and" joins two titles only: "Prime Minister and Foreign Minister".
      // And two capitalised words of one department's name: "Health and Human Services Secretary".
      if (word === 'and' && !(i > 0 && this.isHead(this.tokens.get(i - 1)) && this.isTitleWord(next)) && !(i > 0 && this.departmentWords(this.tokens.get(i - 1), next))) break;
      const accepted = token.marker || TIME_MARKERS.has(word) || this.isTitleWord(token) || TITLE_CONNECTORS.has(word)
        || (token.cap && this.jurisdictionAt(i, i) !== undefined)
        || (POSSESSIVE.test(token.text) && (token.cap || this.tokens.get(i - 1)?.lower === 'the'))
        || this.isInstitution(token);
      if (!accepted || (word === 'the' && !TITLE_CONNECTORS.has(this.tokens.get(i + 1)?.lower ?? '') && this.tokens.get(i - 1)?.lower !== 'of')) {
        // "the" belongs to a title only inside it ("Secretary of the Treasury").
        break;
      }
      first = i;
      next = token;
      if (POSSESSIVE.test(token.text)) {
        // "the company's chief executive": the possessive opens the phrase.
        break;
      }
    }
    if (first > j) return undefined;
    // Connectors and institutions cannot open a title.
    while (first <= j && TITLE_CONNECTORS.has(this.tokens.get(first).lower)) first++;
    if (first > j) return undefined;
    return { first, last: j };
  }

  // --- set off before the name --------------------------------------------------------------

  private titlesSetOffBefore(reference: PersonReference): TitleMention[] {
    // "…, Sheikh Mohammed": a courtesy title may stand between the comma and the name.
    let nameStart = reference.start;
    const previous = this.tokens.get(this.tokenBefore(nameStart));
    if (previous && HONORIFICS.has(previous.lower) && this.prose.slice(previous.end, nameStart) === ' ') nameStart = previous.start;
    // The comma and the blanks after it (a space, or a line break of a hard-wrapped paragraph).
    let comma = nameStart;
    while (comma > 0 && /[ \t\r\n]/.test(this.prose[comma - 1])) comma--;
    comma--;
    if (this.prose[comma] !== ',' || !(nameStart - comma - 1 <= 1 || LINE_BREAK.test(this.prose.slice(comma + 1, nameStart)))) return [];
    const j = this.tokenBefore(comma);
    if (j < 0 || this.tokens.get(j).end !== comma) return [];
    const span = this.collectBackward(j, null);
    if (!span) return [];
    // The phrase must open the clause: after a determiner, a possessive, or at a boundary.
    const opener = this.tokens.get(span.first - 1);
    const first = this.tokens.get(span.first);
    const possessiveOpen = POSSESSIVE.test(first.text);
    if (!possessiveOpen && !(opener && /^(?:the|his|her|its|their)$/.test(opener.lower) && this.joined(opener, first))) return [];
    return this.build(span.first, span.last, 'before', reference, false).map((mention) => ({ ...mention, setOff: true }));
  }

  // --- after the name -----------------------------------------------------------------------

  private titlesAfter(reference: PersonReference): TitleMention[] {
    const after = this.prose.slice(reference.end, reference.end + 4);
    const comma = /^(?:['’]s)?,(?:[ \t]*(?:\r\n|\r|\n)[ \t]*|\s)/.exec(this.prose.slice(reference.end, reference.end + 24));
    if (!comma || /^['’]s/.test(after)) return [];
    let i = this.tokens.firstFrom(reference.end + comma[0].length);
    const first = this.tokens.get(i);
    if (!first || first.start !== reference.end + comma[0].length) return [];
    let indefinite = false;
    if (first.lower === 'a' || first.lower === 'an') { indefinite = true; i++; } else if (first.lower === 'the') i++;
    else if (!POSSESSIVE.test(first.text) && !this.isTitleWord(first) && !TIME_MARKERS.has(first.lower) && !(first.cap && this.jurisdictionAt(i, i))) return [];
    const span = this.collectForward(i);
    if (!span) {
      // "Aune, the purser,": a job no list of titles holds, in apposition with "the".
      const role = first.lower === 'the' ? this.roleInApposition(i) : undefined;
      if (!role) return [];
      this.roleHeads.add(this.tokens.get(role).start);
      return this.build(i, role, 'after', reference, false);
    }
    if (!CLOSES_APPOSITION.test(this.prose.slice(this.tokens.get(span.last).end, this.tokens.get(span.last).end + 2))) return [];
    return this.build(span.first, span.last, 'after', reference, indefinite, span.titleEnd);
  }

  /**
   * A lower-case noun phrase of up to three words from token `i`, closing the apposition, whose last
   * word names a person by what they do ("purser", "deck officer", "harbor master", "night manager"):
   * the index of that word.
   */
  private roleInApposition(i: number): number | undefined {
    for (let k = i; k < i + 3 && k < this.tokens.length; k++) {
      const token = this.tokens.get(k);
      if (token.cap || FUNCTION_WORDS.has(token.lower) || (k > i && !this.joined(this.tokens.get(k - 1), token)) || !/^\p{Ll}+$/u.test(token.text)) return undefined;
      if (CLOSES_APPOSITION.test(this.prose.slice(token.end, token.end + 2))) {
        return AGENT_NOUN.test(token.lower) && !NOT_AGENTS.has(token.lower) ? k : undefined;
      }
    }
    return undefined;
  }

  /**
   * Collects a title reading forward from token `i` ("German chancellor", "company's chief
   * financial officer", "head of the presidential office", "chief economist at the … Chamber").
   * `titleEnd`: the last token of the title itself, before an affiliation ("at …", "to …").
   */
  private collectForward(i: number): { first: number; last: number; titleEnd: number } | undefined {
    const tokens = this.tokens;
    let k = i;
    let lastHead = -1;
    let unknown = 0;
    // Markers, qualifiers and modifiers, up to and including the head nouns.
    for (; k < tokens.length && k - i < 8; k++) {
      const token = tokens.get(k);
      if (k > i && !this.joined(tokens.get(k - 1), token)) break;
      let width = 0;
      for (let w = 3; w >= 1 && !width; w--) {
        if (k + w - 1 < tokens.length && tokens.get(k).cap && this.jurisdictionAt(k, k + w - 1)) width = w;
      }
      if (width) { k += width - 1; if (lastHead >= 0) break; continue; }
      if (this.isHead(token)) { lastHead = k; continue; }
      if (lastHead >= 0 && TITLE_MODIFIERS.has(token.lower) && tokens.get(k + 1) && this.isHead(tokens.get(k + 1)) && this.joined(token, tokens.get(k + 1))) continue;
      if (lastHead >= 0) break;
      if (token.marker || TIME_MARKERS.has(token.lower) || TITLE_MODIFIERS.has(token.lower)) continue;
      if (POSSESSIVE.test(token.text) && k === i) continue;
      if (this.isInstitution(token)) continue;
      // A plain word before the head ("the conservative leader"), at most two.
      if (!token.cap && !FUNCTION_WORDS.has(token.lower) && !/ly$/.test(token.lower) && ++unknown <= 2) continue;
      break;
    }
    if (lastHead < 0) return undefined;
    let last = lastHead;
    let titleEnd = lastHead;
    // "of State", "of the presidential office", "for Foreign Affairs and Security Policy"; "at Northgate Securities".
    const link = tokens.get(lastHead + 1);
    if (link && this.joined(tokens.get(lastHead), link) && /^(?:of|for|at|to|in|with)$/.test(link.lower)) {
      let m = lastHead + 2;
      // A person's name ends the complement ("Secretary of State Connie Lawson" is her title).
      // A function word other than a connector ends it ("director of the port authority in January").
      while (m < tokens.length && this.joined(tokens.get(m - 1), tokens.get(m)) && m - lastHead < 10 && !this.nameWords.has(tokens.get(m).start)
        && !(FUNCTION_WORDS.has(tokens.get(m).lower) && !TITLE_CONNECTORS.has(tokens.get(m).lower))) m++;
      if (m < tokens.length && this.nameWords.has(tokens.get(m).start) && this.joined(tokens.get(m - 1), tokens.get(m))) return undefined;
      if (m > lastHead + 2) {
        last = m - 1;
        // "director of the Merrow Bay Port Authority", "fire chief of Dunmore", "treasurer of the
        // cooperative": a place or body no list knows is where the person works (an affiliation),
        // not part of the office's name as "of State" or "of the presidential office" are.
        const complement = tokens.slice(lastHead + 2, m).filter((t) => !TITLE_CONNECTORS.has(t.lower));
        const known = (t: Token) => this.isTitleWord(t) || (t.cap && this.jurisdictionAt(t.index, t.index) !== undefined);
        const elsewhere = link.lower === 'of' && (complement.some((t) => t.cap && !known(t))
          || (tokens.get(lastHead + 2).lower === 'the' && complement.length > 0 && !complement.some(known)));
        if ((link.lower === 'of' || link.lower === 'for') && !elsewhere) titleEnd = last;
      }
    }
    return { first: i, last, titleEnd };
  }

  // --- in a predicate -----------------------------------------------------------------------

  /**
   * A title the sentence gives the person with a verb: "Roe, who is finance director, …", "Okafor
   * became executive director of the port authority", "Roe was named finance director". A past
   * "was" ("who was finance director until 2020") claims nothing for the article date and is left out.
   */
  private titlesInPredicate(reference: PersonReference): TitleMention[] {
    const found = PREDICATE.exec(this.prose.slice(reference.end, reference.end + 60));
    if (!found || reference.inQuote) return [];
    let i = this.tokens.firstFrom(reference.end + found[0].length);
    const first = this.tokens.get(i);
    if (!first || first.start !== reference.end + found[0].length || first.paragraph !== this.tokens.get(this.tokens.firstFrom(reference.start))?.paragraph) return [];
    if (first.lower === 'a' || first.lower === 'an') return [];
    if (first.lower === 'the') i++;
    const span = this.collectForward(i);
    if (!span || !this.endsPredicate(span.last)) return [];
    const mentions = this.build(span.first, span.last, 'after', reference, false, span.titleEnd);
    // "became director in 2023": the year is when the person took the office, not that they left it.
    // "who is", "serves as": the present tense claims the title now, whatever else the sentence
    // tells ("Roe, who is finance director, said costs had doubled").
    const appointed = !/\b(?:is|serves)\b/.test(found[0]);
    if (appointed && this.pastFraming(reference.start, false)) for (const m of mentions) m.markers.push('then');
    if (appointed) for (const m of mentions) m.framed = true;
    return mentions;
  }

  /**
   * "As finance director, Roe signed …", "As the city's planner, she …": a title opening the
   * sentence, given to the subject that follows the comma (a name or a pronoun). A title with no list
   * behind it is taken when it names a person by what they do ("As harbor master, …").
   */
  private titlesInOpeningAs(reference: PersonReference): TitleMention[] {
    if (reference.inQuote) return [];
    // The word before the comma.
    const j = this.tokenBefore(reference.start);
    if (j < 0) return [];
    const before = this.prose.slice(this.tokens.get(j).end, reference.start);
    if (!/^,[ \t]*(?:\r?\n[ \t]*)?$/.test(before) && !/^, $/.test(before)) return [];
    // Back to "As" at the start of the sentence, within a few words.
    let as = -1;
    for (let k = j; k >= 0 && j - k < 8; k--) {
      const token = this.tokens.get(k);
      if (k < j && !this.joined(token, this.tokens.get(k + 1))) break;
      if (token.lower === 'as' && token.cap && this.sentenceStarts.has(token.start)) { as = k; break; }
    }
    if (as < 0) return [];
    let i = as + 1;
    const first = this.tokens.get(i);
    if (!first || first.lower === 'a' || first.lower === 'an') return [];
    if (first.lower === 'the') i++;
    const span = this.collectForward(i);
    let mentions: TitleMention[];
    if (span && span.last === j) {
      mentions = this.build(span.first, span.last, 'after', reference, false, span.titleEnd);
    } else {
      const role = this.roleInApposition(i);
      if (role !== j) return [];
      this.roleHeads.add(this.tokens.get(role).start);
      mentions = this.build(i, role, 'after', reference, false);
    }
    if (this.pastFraming(reference.start)) for (const m of mentions) m.markers.push('then');
    for (const m of mentions) m.framed = true;
    return mentions;
  }

  /**
   * In an interview written as questions and answers, "you" in a question is the person
   * interviewed: "Q: As harbor master, how do you …" gives them that title. The person interviewed
   * is the one the draft names most often in its own words, when one clearly leads.
   */
  private titlesAddressedInInterview(references: readonly PersonReference[]): TitleMention[] {
    const doc = this.context.doc;
    const questions = doc.paragraphs.filter((p) => QUESTION_LABEL.test(this.prose.slice(p.start, Math.min(p.end, p.start + 12))));
    if (!questions.length || !doc.paragraphs.some((p) => ANSWER_LABEL.test(this.prose.slice(p.start, Math.min(p.end, p.start + 12))))) return [];
    const counts = new Map<string, { person: TitledPerson; count: number }>();
    for (const r of references) {
      if (r.inQuote || (r.kind !== 'name' && r.kind !== 'surname')) continue;
      const entry = counts.get(r.person.key) ?? { person: r.person, count: 0 };
      entry.count++;
      counts.set(r.person.key, entry);
    }
    const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
    if (!ranked.length || (ranked[1] && ranked[1].count * 2 > ranked[0].count)) return [];
    const interviewee = ranked[0].person;
    const mentions: TitleMention[] = [];
    for (const paragraph of questions) {
      let as = this.tokens.firstFrom(paragraph.start);
      // The label's letter ("Q") is a token of its own.
      if (this.tokens.get(as)?.text === 'Q') as++;
      const opener = this.tokens.get(as);
      if (!opener || opener.lower !== 'as' || !opener.cap || opener.start >= paragraph.end) continue;
      const first = this.tokens.get(as + 1);
      if (!first || first.lower === 'a' || first.lower === 'an') continue;
      const i = first.lower === 'the' ? as + 2 : as + 1;
      const span = this.collectForward(i);
      let last = span?.last;
      if (last === undefined || this.prose[this.tokens.get(last).end] !== ',') {
        last = this.roleInApposition(i);
        if (last === undefined || this.prose[this.tokens.get(last).end] !== ',') continue;
        this.roleHeads.add(this.tokens.get(last).start);
      }
      // "you" in the rest of the question.
      let you: Token | undefined;
      for (let k = last + 1; k < this.tokens.length && this.tokens.get(k).start < paragraph.end; k++) {
        const token = this.tokens.get(k);
        if (token.lower === 'you' && !token.inQuote) { you = token; break; }
      }
      if (!you) continue;
      const reference: PersonReference = { start: you.start, end: you.end, text: you.text, kind: 'pronoun', person: interviewee, inQuote: false };
      mentions.push(...(span && span.last === last
        ? this.build(span.first, span.last, 'after', reference, false, span.titleEnd)
        : this.build(i, last, 'after', reference, false)));
    }
    return mentions;
  }

  /** Whether the title ends where the predicate does: punctuation, or a word that starts what follows ("in 2023", "since", "and"). */
  private endsPredicate(last: number): boolean {
    const end = this.tokens.get(last).end;
    if (CLOSES_APPOSITION.test(this.prose.slice(end, end + 2))) return true;
    const next = this.tokens.get(last + 1);
    return !!next && this.joined(this.tokens.get(last), next) && PREDICATE_FOLLOWERS.has(next.lower);
  }

  /**
   * The sentence sets the title in the past: a year before the article's, or words that say so
   * ("at the time", "then", "previously"). Such a title is the person's then, not on the article date.
   */
  private pastFraming(offset: number, byYear = true): boolean {
    const sentences = this.context.doc.sentences;
    // The last sentence starting at or before the offset (sentences are in order).
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    const sentence = sentences[lo - 1];
    if (!sentence || offset >= sentence.end) return false;
    const text = this.prose.slice(sentence.start, sentence.end);
    if (PAST_WORDS.test(text)) return true;
    if (!byYear) return false;
    const year = this.context.articleDate.slice(0, 4);
    return (text.match(/\b(?:1[89]|20)\d\d\b/g) ?? []).some((y) => y < year);
  }

  // --- standing alone -----------------------------------------------------------------------

  private titleAlone(reference: PersonReference): TitleMention | undefined {
    let i = this.tokens.firstFrom(reference.start);
    const first = this.tokens.get(i);
    if (!first || first.start !== reference.start) return undefined;
    if (first.lower === 'the') i++;
    const span = this.collectForward(i);
    if (!span || this.tokens.get(span.last).end > reference.end + 1) {
      // The people layer's phrase is the whole title; read it as it stands.
      const end = this.tokenBefore(reference.end);
      if (end < i) return undefined;
      return this.build(i, end, 'alone', reference, false)[0];
    }
    return this.build(span.first, span.last, 'alone', reference, false, span.titleEnd)[0];
  }

  // --- assembling ---------------------------------------------------------------------------

  /** Splits tokens [first..last] into markers, qualifier and title (two titles joined by "and"). */
  private build(first: number, last: number, position: TitlePosition, reference: PersonReference, indefinite: boolean, titleEnd = last): TitleMention[] {
    const tokens = this.tokens;
    const markers: string[] = [];
    let k = first;
    let qualifier: Qualifier | undefined;
    // Leading markers and the qualifier, in any order ("former Russian", "Ukraine's former").
    for (; k <= titleEnd; k++) {
      const token = tokens.get(k);
      if (token.marker || (TIME_MARKERS.has(token.lower) && k < titleEnd)) { markers.push(token.lower); continue; }
      let width = 0;
      for (let w = 3; w >= 1 && !width; w--) {
        if (k + w - 1 <= titleEnd && tokens.get(k).cap && this.jurisdictionAt(k, k + w - 1)) width = w;
      }
      if (width && k + width - 1 < titleEnd) {
        const end = tokens.get(k + width - 1).end;
        const text = this.prose.slice(tokens.get(k).start, end);
        const possessive = POSSESSIVE.test(text);
        qualifier = { start: tokens.get(k).start, end, text, jurisdiction: this.jurisdictionAt(k, k + width - 1), form: possessive ? 'possessive' : 'adjective' };
        k += width - 1;
        continue;
      }
      if (POSSESSIVE.test(token.text) && k < titleEnd) {
        // "the company's", "Hamas'", "Trump's": an owner the knowledge base does not know.
        const start = tokens.get(k - 1)?.lower === 'the' && k - 1 >= first - 1 ? tokens.get(k - 1).start : token.start;
        qualifier = { start, end: token.end, text: this.prose.slice(start, token.end), form: 'possessive' };
        continue;
      }
      if (this.isInstitution(token) && k < titleEnd && this.isTitleWord(tokens.get(k + 1)) && !qualifier) {
        // "Kremlin spokesman", "Bundestag President": an institution the knowledge base does not know.
        qualifier = { start: token.start, end: token.end, text: token.text, form: 'adjective' };
        continue;
      }
      break;
    }
    if (k > titleEnd) return [];
    if (HYPOTHETICAL_BEFORE.test(this.prose.slice(Math.max(0, tokens.get(first).start - 40), tokens.get(first).start))) markers.push('hypothetical');
    // Two titles joined by "and", each with its own head: "prime minister and foreign minister".
    const parts: Array<[number, number]> = [];
    let partStart = k;
    for (let m = k; m <= titleEnd; m++) {
      if (tokens.get(m).lower === 'and' && m > partStart && this.isHead(tokens.get(m - 1)) && tokens.slice(m + 1, titleEnd + 1).some((t) => this.isHead(t))) {
        parts.push([partStart, m - 1]);
        partStart = m + 1;
      }
    }
    parts.push([partStart, titleEnd]);
    const affiliation = titleEnd < last
      ? { start: tokens.get(titleEnd + 1).start, end: tokens.get(last).end, text: this.prose.slice(tokens.get(titleEnd + 1).start, tokens.get(last).end), form: 'affiliation' as const }
      : undefined;
    const result: TitleMention[] = [];
    for (const [from, to] of parts) {
      const mention = this.mention(from, to, position, reference, indefinite, markers, qualifier ?? affiliation, first, last, parts.length > 1);
      if (mention) result.push(mention);
    }
    return result;
  }

  private mention(
    from: number, to: number, position: TitlePosition, reference: PersonReference, indefinite: boolean,
    markers: string[], qualifier: Qualifier | undefined, phraseFirst: number, phraseLast: number, conjoined: boolean,
  ): TitleMention | undefined {
    const tokens = this.tokens.slice(from, to + 1);
    // The head: the last head noun before any "of …" complement.
    let headIndex = -1;
    for (let m = 0; m < tokens.length; m++) {
      if (this.isHead(tokens[m])) headIndex = m;
      // A head noun only after "of" or "for" is a complement: "Brennan Center for Justice" is no title.
      else if (TITLE_CONNECTORS.has(tokens[m].lower) && tokens[m].lower !== 'and') break;
    }
    if (headIndex < 0) return undefined;
    const last = tokens[tokens.length - 1];
    const endsWell = this.isHead(last) || tokens.slice(headIndex + 1).some((t) => t.lower === 'of' || t.lower === 'for');
    if (!endsWell) return undefined;
    const head = TITLE_ABBREVIATIONS.get(tokens[headIndex].lower) ?? tokens[headIndex].lower;
    const start = tokens[0].start;
    const end = last.end;
    const text = this.prose.slice(start, end);
    const content = tokens.filter((t) => !TITLE_CONNECTORS.has(t.lower));
    const understood = content.every((t) => this.isTitleWord(t) || this.jurisdictionAt(t.index, t.index) !== undefined)
      && (!qualifier || !!qualifier.jurisdiction);
    // "the NATO chief", "CIA chief Petraeus", "ex-CIA chief Petraeus" describe; a capitalised "Chief
    // Ellory" alone is a formal title (a police or fire chief).
    const onlyChief = content.length === 1 && head === 'chief' && (position !== 'before' || !!qualifier || !content[0].cap);
    // Plain adjectives before the head ("longest-serving", "conservative") describe, and a country
    // inside the title ("secretary of Ukraine's security council") says whose it is: neither names the office.
    const named = tokens.filter((t) => (t.cap || this.isTitleWord(t) || TITLE_CONNECTORS.has(t.lower)) && !(t.cap && this.jurisdictionAt(t.index, t.index)));
    return {
      start, end, text,
      words: titleWords(named.map((t) => t.text).join(' ').replace(/\./g, '')),
      head,
      position,
      phrase: { start: Math.min(this.tokens.get(phraseFirst).start, qualifier?.start ?? start), end: Math.max(this.tokens.get(phraseLast).end, end) },
      qualifier,
      markers,
      setOff: position !== 'before',
      indefinite,
      description: DESCRIPTION_HEADS.has(head) || onlyChief,
      understood,
      casing: casingOf(tokens),
      sentenceStart: this.sentenceStarts.has(this.tokens.get(phraseFirst).start),
      person: reference.person,
      reference,
      inQuote: this.inQuote(start),
      conjoined,
    };
  }
}

function casingOf(tokens: Token[]): Casing {
  // "prime minister of Ukraine": what follows "of" names the owner, capitalised whatever the title's case.
  const of = tokens.findIndex((t) => t.lower === 'of');
  const words = (of > 0 ? tokens.slice(0, of) : tokens).filter((t) => !TITLE_CONNECTORS.has(t.lower)).filter((t) => /\p{L}/u.test(t.text) && !/^(?:\p{Lu}\.)+$/u.test(t.text) && t.text !== t.text.toUpperCase());
  if (!words.length) return 'title';
  if (words.every((t) => t.cap)) return 'title';
  if (words.every((t) => !t.cap)) return 'lower';
  if (words[0].cap && words.slice(1).every((t) => !t.cap)) return 'sentence';
  return 'title';
}
