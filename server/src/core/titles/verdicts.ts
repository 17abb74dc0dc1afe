// What each title mention is worth, decided once per draft version for every title check and the
// hover: right, outdated, mismatched or inconsistent, with the message and the replacements.
//
// A title attached to a name is judged against the knowledge base first (the person is certain);
// a title standing alone is judged against the draft first, because only the draft says whom it
// means. For an article dated after the knowledge base was checked, only what contradicts a known
// fact is flagged: a title the person gave up before that date, or a name the country does not
// use for the office, never an office the person may have taken since.
import type { CheckContext } from '../checks/check';
import type { Person, Place, Role } from '../knowledge';
import { nameMentionsOf } from '../names/mentions';
import type { Span } from '../types';
import { NOT_CURRENT, RANK_WORDS, RELATIONAL_TITLES, STANDING_HEADS } from './lexicon';
import { quotationsOf } from '../quotes/quotations';
import { titlesOf, type TitleMention } from './mentions';
import { fits, holdsOn, officeIndex, type OfficeIndex, type TitleWords } from './offices';
import { peopleView, type TitledPerson } from './people';
import { applyCasing, draftStyleOf, fitReplacement, formatDate, possessiveOf, renderTitle, theName, type DraftStyle } from './render';
import { defineContextLayer } from '../contextLayer';
import { firstStartingAtOrAfter } from '../spans';

export type TitleStatus = 'right' | 'outdated' | 'mismatch' | 'inconsistent' | 'unknown';

export interface TitleSuggestion extends Span {
  /** The words that replace the span. */
  text: string;
  /** The code action's title. */
  title: string;
  preferred: boolean;
}

export interface TitleVerdict {
  mention: TitleMention;
  status: TitleStatus;
  /** The span a finding points at (the title's words; for an outdated title, with the name). */
  span: Span;
  message: string;
  suggestions: TitleSuggestion[];
  /** The knowledge-base role the title names, when it is right (or was, for an outdated one). */
  role?: Role;
}

export interface TitleVerdicts {
  verdicts: TitleVerdict[];
  /** The verdict on the title mention covering `offset`. */
  at(offset: number): TitleVerdict | undefined;
}

export const titleVerdictsOf: (context: CheckContext) => TitleVerdicts = defineContextLayer('title verdicts', (context) => new Judge(context).judgeAll());

interface GivenTitle {
  mention: TitleMention;
  words: TitleWords;
}

class Judge {
  private readonly offices: OfficeIndex;
  private readonly date: string;
  /** The article is dated after the knowledge base was last checked. */
  private readonly beyondKnowledge: boolean;
  /** The article is dated before the knowledge base's first day: it confirms titles, never contradicts them. */
  private readonly beforeKnowledge: boolean;
  private readonly style: DraftStyle;
  private readonly given = new Map<string, GivenTitle[]>();

  constructor(private readonly context: CheckContext) {
    this.offices = officeIndex(context.knowledge);
    this.date = context.articleDate;
    this.beyondKnowledge = !!context.knowledge.checked && context.articleDate > context.knowledge.checked;
    this.beforeKnowledge = !!context.knowledge.since && context.articleDate < context.knowledge.since;
    this.style = draftStyleOf(context.doc.prose);
  }

  judgeAll(): TitleVerdicts {
    const verdicts: TitleVerdict[] = [];
    for (const mention of titlesOf(this.context).mentions) {
      const verdict = this.judge(mention);
      verdicts.push(verdict);
      // What the draft has called the person so far, for later references.
      const person = mention.person;
      // A title the person held only before the article date, given for the time of an event
      // ("became secretary of state in 2009"), is not what the draft calls them now.
      const bygone = mention.framed && !!person?.knowledge && person.knowledge.roles.some((r) => this.names(mention, r))
        && !this.active(person.knowledge).some((r) => this.names(mention, r));
      if (person && !bygone && !mention.inQuote && !mention.indefinite && !mention.description && mention.position !== 'alone') {
        let list = this.given.get(person.key);
        if (!list) this.given.set(person.key, (list = []));
        list.push({ mention, words: mention.words });
      }
    }
    return {
      verdicts,
      at(offset) {
        return verdicts.find((v) => v.mention.phrase.start <= offset && offset < v.mention.phrase.end)
          ?? verdicts.find((v) => v.mention.phrase.start <= offset && offset <= v.mention.phrase.end);
      },
    };
  }

  private judge(mention: TitleMention): TitleVerdict {
    const unknown: TitleVerdict = { mention, status: 'unknown', span: mention, message: '', suggestions: [] };
    if (mention.inQuote || mention.description || !mention.person) return unknown;
    if (mention.markers.some((m) => NOT_CURRENT.has(m))) return this.stillHeld(mention) ?? this.knownRole(mention) ?? unknown;
    if (mention.position === 'alone') {
      if (this.meansSomeoneElse(mention) || this.looselyTied(mention)) return this.knownRole(mention) ?? unknown;
      const fromDraft = this.fromDraft(mention);
      if (fromDraft) return fromDraft;
      // The knowledge base judges a title standing alone only when the draft tied it to the person
      // by that very title ("Foreign Minister Marco Rubio … the foreign minister said").
      const tied = mention.reference?.basis === 'title' || mention.reference?.basis === 'apposition';
      return (tied ? this.fromKnowledge(mention) : this.knownRole(mention)) ?? unknown;
    }
    if (mention.indefinite) return this.knownRole(mention) ?? unknown;
    // A title for the time of an event the sentence tells is checked only against the draft's
    // other titles, and any office the person ever held fits it.
    if (mention.framed) {
      if (mention.person.knowledge?.roles.some((role) => this.names(mention, role))) return this.knownRole(mention) ?? unknown;
      return this.fromDraft(mention) ?? this.knownRole(mention) ?? unknown;
    }
    if (this.maybeNamesake(mention)) return unknown;
    if (this.heldInTheSentencesYear(mention)) return this.knownRole(mention) ?? unknown;
    const known = this.fromKnowledge(mention);
    // Before the knowledge base's first day it knows nothing of who held what: silent, not a guess.
    if (known && known.status !== 'right' && this.beforeKnowledge) return this.fromDraft(mention) ?? unknown;
    return known ?? this.fromDraft(mention) ?? unknown;
  }

  /**
   * A title before a bare surname, for a known person the draft has not introduced by full name,
   * naming none of the offices that person ever held, is someone else's when something says so: a
   * year before the known person's first office in the sentence ("President Johnson's decision in
   * 1965"), or several people the knowledge base knows by that surname. The check then says nothing
   * of a person the draft never named.
   */
  private maybeNamesake(mention: TitleMention): boolean {
    const person = mention.person;
    const known = person?.knowledge;
    if (!known || mention.position !== 'before' || mention.reference?.kind !== 'surname') return false;
    const introduced = this.introductions().get(person.key);
    if (introduced !== undefined && introduced < mention.start) return false;
    if (known.roles.some((role) => this.names(mention, role) || this.offices.namesOffice(mention.words, role.office, role.of))) return false;
    const namesakes = this.context.knowledge.lookup(known.surname).filter((f) => f.entity.type === 'person' && f.entity.entry !== known);
    if (namesakes.length) return true;
    const first = known.roles.reduce((min, role) => (role.start < min ? role.start : min), '9999');
    const sentence = this.context.doc.sentences.find((s) => s.start <= mention.start && mention.start < s.end);
    const years = sentence ? this.context.doc.prose.slice(sentence.start, sentence.end).match(/\b1[89]\d\d\b|\b20[0-4]\d\b/g) ?? [] : [];
    return years.some((year) => year < first.slice(0, 4));
  }

  /**
   * A title before the name for an event the sentence dates to an earlier year, when the person
   * held that office ("in 2023, when Transportation Secretary Pete Buttigieg announced …"): the
   * title is right for the time of the event, so it is not outdated on the article date.
   */
  private heldInTheSentencesYear(mention: TitleMention): boolean {
    const known = mention.person?.knowledge;
    if (!known || mention.position !== 'before') return false;
    const articleYear = this.date.slice(0, 4);
    const sentence = this.context.doc.sentences.find((s) => s.start <= mention.start && mention.start < s.end);
    if (!sentence) return false;
    const years = (this.context.doc.prose.slice(sentence.start, sentence.end).match(/\b(?:19|20)\d\d\b/g) ?? []).filter((y) => y < articleYear);
    if (!years.length) return false;
    return known.roles.some((role) => role.end !== null && role.end < this.date && this.names(mention, role)
      && years.some((y) => role.start.slice(0, 4) <= y && y <= role.end!.slice(0, 4)));
  }

  /**
   * A title standing alone with its own country or organisation ("the Ukrainian defense minister
   * said") names whoever holds that office: when that is not the person the passage is about, it
   * is someone else, introduced by title.
   */
  private meansSomeoneElse(mention: TitleMention): boolean {
    const person = mention.person;
    if (!person) return false;
    if (mention.reference?.basis === 'recent') {
      // Only recency ties the title to the person: a spokesman or an aide, or an office of some
      // institution ("the company's chief financial officer said"), is usually someone new.
      if (STAFF_HEADS.has(mention.head)) return true;
      if (mention.qualifier && !mention.qualifier.jurisdiction) return true;
    }
    if (mention.reference?.basis !== 'apposition' && this.fitsSomeoneElse(mention)) return true;
    // A title standing alone without a country ("the defense minister said") is the office of the
    // country the story is about, when the draft makes that plain (a Paris dateline, France alone named).
    const qualifier = mention.qualifier?.jurisdiction?.id ?? (mention.reference?.basis === 'recent' ? this.draftCountry() : undefined);
    if (!qualifier) return false;
    const known = person.knowledge;
    const given = this.given.get(person.key) ?? [];
    const places = new Set<string>([
      ...given.map((g) => g.mention.qualifier?.jurisdiction?.id).filter((id): id is string => !!id),
      ...(known ? [...(known.nationality ? [known.nationality] : []), ...known.roles.map((r) => r.of)] : []),
    ]);
    // Another country's or organisation's office: another person.
    if (places.size && ![...places].some((p) => this.offices.within(p, qualifier) || this.offices.within(qualifier, p))) return true;
    if (this.beyondKnowledge) return false;
    // An office of the same country that the knowledge base says someone else holds.
    const offices = this.offices.officesNamed(mention.words, qualifier);
    return offices.length > 0 && offices.every((office) => {
      const holders = this.offices.holdersOn(office, qualifier, this.date);
      return holders.length > 0 && !holders.some((h) => h.person === known);
    });
  }

  /**
   * A title standing alone that only recency ties to the person ("the CIA base chief", "the president
   * said" right after a senator) may well be someone new. It speaks against the person's title only
   * when nothing else could be meant: no other person is named since the person was, and either it
   * shares a word with the title the person was given ("the deputy mayor" after Mayor Kowalczyk) or
   * it credits a quotation that goes on from the person's, in the paragraph where they speak
   * ("…," Abdelatty told reporters. "…," the intelligence chief added).
   */
  private looselyTied(mention: TitleMention): boolean {
    if (mention.reference?.basis !== 'recent') return false;
    const person = mention.person!;
    const references = peopleView(this.context).mentions;
    // Back from the title to the person's last mention: anyone else named on the way?
    let last = firstStartingAtOrAfter(references, mention.phrase.start) - 1;
    let someoneElse = false;
    for (; last >= 0; last--) {
      const reference = references[last];
      if (reference.person.key === person.key && !reference.inQuote && reference.kind !== 'title') break;
      if (reference.person.key !== person.key && (reference.kind === 'name' || reference.kind === 'surname')) someoneElse = true;
    }
    if (last < 0 || someoneElse) return true;
    const given = (this.given.get(person.key) ?? []).filter((g) => g.mention.start < mention.start);
    // A word in common ties it ("the deputy mayor" after Mayor Kowalczyk), but not the head alone
    // when each names its own portfolio ("the defense minister" after Interior Minister Nuñez:
    // another minister of the same government).
    const shared = given.some((g) => mention.words.some((w) => g.words.includes(w) && w !== mention.head)
      || (g.words.includes(mention.head) && [...mention.words, ...g.words].every((w) => (mention.words.includes(w) && g.words.includes(w)) || RANK_WORDS.has(w))));
    if (shared) return false;
    const doc = this.context.doc;
    const paragraph = doc.paragraphAt(mention.phrase.start);
    const sameParagraph = !!paragraph && references[last].start >= paragraph.start;
    return !(sameParagraph && this.creditsQuotation(mention));
  }

  /** Whether the title phrase is the speaker of a quotation right next to it ("…," the X added / the X said: "…"). */
  private creditsQuotation(mention: TitleMention): boolean {
    const prose = this.context.doc.prose;
    const quotes = quotationsOf(this.context.doc).quotes;
    // The quotations just before the phrase and just after it, in its paragraph.
    const at = firstStartingAtOrAfter(quotes, mention.phrase.start);
    for (const quote of quotes.slice(Math.max(0, at - 2), at + 2)) {
      const close = quote.close ?? quote.contentEnd;
      if (close < mention.phrase.start && /^[\s,.!?—–-]*(?:the\s+)?$/i.test(prose.slice(close + 1, mention.phrase.start))) return true;
      if (quote.open !== null && quote.open > mention.phrase.end && quote.open - mention.phrase.end < 40
        && /^\s+\p{L}+[:,]?\s*$/u.test(prose.slice(mention.phrase.end, quote.open))) return true;
    }
    return false;
  }

  private storyCountry: string | null | undefined;

  /**
   * The one country the story is about: the only country the draft names or whose places it names
   * ("PARIS — … France"). None when it names places of several.
   */
  private draftCountry(): string | undefined {
    if (this.storyCountry !== undefined) return this.storyCountry ?? undefined;
    const countryOf = (place: Place) => (place.kind === 'country' ? place.id : place.country);
    const places = nameMentionsOf(this.context).mentions.filter((m) => m.entity?.type === 'place');
    // A dateline says where the story was filed, not whom it is about ("ISTANBUL —" over talks
    // between two other countries): only a draft whose places all lie in one country says it.
    const countries = new Set(places.map((m) => countryOf(m.entity!.entry as Place) ?? m.entity!.entry.id));
    this.storyCountry = countries.size === 1 ? [...countries][0] : null;
    return this.storyCountry ?? undefined;
  }

  private introductionList: Map<string, number> | undefined;

  /** Where the draft first names each person in full. */
  private introductions(): Map<string, number> {
    if (!this.introductionList) {
      this.introductionList = new Map();
      for (const m of peopleView(this.context).mentions) {
        if (m.kind === 'name' && !this.introductionList.has(m.person.key)) this.introductionList.set(m.person.key, m.start);
      }
    }
    return this.introductionList;
  }

  private firstMentionList: Array<{ start: number; person: TitledPerson }> | undefined;

  /** Each person once, at the draft's first mention of them, in document order (so a title looks at people, not at every mention). */
  private firstMentions(): Array<{ start: number; person: TitledPerson }> {
    if (!this.firstMentionList) {
      const seen = new Set<string>();
      this.firstMentionList = [];
      for (const reference of peopleView(this.context).mentions) {
        if (seen.has(reference.person.key)) continue;
        seen.add(reference.person.key);
        this.firstMentionList.push({ start: reference.start, person: reference.person });
      }
    }
    return this.firstMentionList;
  }

  /**
   * Whether someone else the draft has already named carries this title (given by the draft, or
   * their office on the date): the title may well mean them ("Rubio met Lavrov … the foreign
   * minister said"), so it is no evidence against the person it was resolved to.
   */
  private fitsSomeoneElse(mention: TitleMention): boolean {
    const person = mention.person!;
    for (const { start, person: other } of this.firstMentions()) {
      if (start >= mention.start) break;
      if (other.key === person.key) continue;
      const given = this.given.get(other.key) ?? [];
      if (given.some((g) => fits(mention.words, g.words) || fits(g.words, mention.words))) return true;
      if (other.knowledge && this.active(other.knowledge).some((role) => this.names(mention, role))) return true;
    }
    return false;
  }

  /**
   * "former Chancellor Friedrich Merz" while he is chancellor, and never was before: the title is
   * his on the article date, so "former" is wrong.
   */
  private stillHeld(mention: TitleMention): TitleVerdict | undefined {
    const person = mention.person?.knowledge;
    const former = mention.markers.find((m) => m === 'former' || m === 'ex');
    if (!person || !former || !mention.understood || this.beyondKnowledge || this.beforeKnowledge || mention.position === 'alone') return undefined;
    const current = this.active(person).find((role) => this.names(mention, role) && role.start < this.date);
    if (!current || person.roles.some((role) => role.end !== null && role.end < this.date && this.names(mention, role))) return undefined;
    const prose = this.context.doc.prose;
    // The marker and what joins it to the title: "former ", "ex-".
    const from = Math.max(0, mention.phrase.start - 1);
    const found = prose.slice(from, mention.start).toLowerCase().lastIndexOf(former);
    const markerStart = found >= 0 ? from + found : -1;
    if (markerStart < 0) return undefined;
    let markerEnd = markerStart + former.length;
    while (markerEnd < mention.start && /[\s\-‐–—]/.test(prose[markerEnd])) markerEnd++;
    const rest = prose.slice(markerEnd, mention.end);
    const text = markerStart === mention.phrase.start && mention.sentenceStart ? rest[0].toUpperCase() + rest.slice(1) : rest;
    return {
      mention, status: 'mismatch', span: { start: markerStart, end: mention.end }, role: current,
      message: `${person.name} is ${this.describe(current)} on ${formatDate(this.date)} (since ${formatDate(current.start)}): not a former one.`,
      suggestions: [{ start: markerStart, end: mention.end, text, title: `Change to "${oneLine(text)}"`, preferred: true }],
    };
  }

  /** The role a title names, for the hover, without judging it. */
  private knownRole(mention: TitleMention): TitleVerdict | undefined {
    const person = mention.person?.knowledge;
    if (!person) return undefined;
    const role = person.roles.find((r) => this.names(mention, r));
    return role ? { mention, status: 'right', span: mention, message: '', suggestions: [], role } : undefined;
  }

  // --- against the knowledge base -----------------------------------------------------------

  /** Whether the title, as written, names the role (its words fit one of the role's names, in its jurisdiction). */
  private names(mention: TitleMention, role: Role): boolean {
    const qualifier = mention.qualifier?.jurisdiction?.id;
    if (qualifier && !this.offices.within(role.of, qualifier)) return false;
    return this.offices.namesOf(role.office, role.of, role).some((name) => fits(mention.words, name));
  }

  private active(person: Person): Role[] {
    return person.roles.filter((role) => holdsOn(role, this.date));
  }

  private fromKnowledge(mention: TitleMention): TitleVerdict | undefined {
    const draftPerson = mention.person!;
    const person = draftPerson.knowledge;
    if (!person || !mention.understood) return undefined;
    const qualifier = mention.qualifier?.jurisdiction?.id;
    const active = this.active(person);
    const matching = active.find((role) => this.names(mention, role));
    if (matching) return { mention, status: 'right', span: mention, message: '', suggestions: [], role: matching };

    // The role's office, named in general ("foreign minister") or as its jurisdiction calls it.
    const sameKind = (role: Role) => (!qualifier || this.offices.within(role.of, qualifier)) && this.offices.namesOffice(mention.words, role.office, role.of);
    const stillHeld = (role: Role) => active.some((r) => r.office === role.office && r.of === role.of);

    // A title the person held before the article date.
    const past = person.roles
      .filter((role) => role.end !== null && role.end < this.date && !stillHeld(role) && (this.names(mention, role) || sameKind(role)))
      .sort((a, b) => (b.end ?? '').localeCompare(a.end ?? ''))[0];
    if (past) {
      // Long gone and since replaced by another office, it is a wrong title rather than a dated one
      // ("Russian Prime Minister Vladimir Putin" in 2025).
      if (active.length && yearsBetween(past.end!, this.date) > STALE_YEARS) {
        return this.mismatch(mention, active,
          `${person.name} has not been ${this.describe(past)} since ${formatDate(past.end!)}; on ${formatDate(this.date)} ${this.subject(person)} ${this.currentlyText(active)}.`);
      }
      return this.outdated(mention, person, past, active);
    }

    // A title the person took only after the article date, while holding no office of that kind on
    // it: a wrong title, or one only an article of a later date could give. A one-word title for a
    // longer office name ("adviser" for national security adviser) says too little to tell.
    const future = person.roles.find((role) => role.start > this.date && (this.names(mention, role) || sameKind(role))
      && !active.some((r) => r.office === role.office) && (mention.words.length > 1 || this.offices.namesOf(role.office, role.of, role).some((name) => name.length === 1)));
    if (future) {
      return this.mismatch(mention, active,
        `${person.name} became ${this.describe(future)} only on ${formatDate(future.start)}; on ${formatDate(this.date)} ${this.subject(person)} ${this.currentlyText(active)}.`);
    }

    // The right office under the wrong name: "foreign minister" for the US secretary of state.
    // A country may give two kinds of office one title, held by one person (the President of the
    // Swiss Confederation heads state and government): "Prime Minister" names that office wrongly.
    const titles = this.context.knowledge.offices.jurisdictions;
    const oneOffice = (role: Role) => {
      const own = titles[role.of]?.[role.office];
      return !!own && Object.entries(titles[role.of]).some(([kind, title]) => kind !== role.office && title === own && this.offices.strict(kind)
        && (!qualifier || this.offices.within(role.of, qualifier)) && this.offices.namesOffice(mention.words, kind, role.of));
    };
    const renamed = active.find((role) => (sameKind(role) || oneOffice(role)) && this.offices.strict(role.office));
    if (renamed) {
      const own = this.offices.titleOf(renamed.office, renamed.of, renamed);
      const where = theName(this.context.knowledge.jurisdictionName(renamed.of));
      return this.mismatch(mention, [renamed],
        `${capitalise(where)} does not call this office "${oneLine(mention.text)}": ${person.name} is the ${this.spell(own)}${this.knownSince(renamed)}.`);
    }

    // An office someone else holds, or the person holds in another country.
    // Without a country in the title or one the person belongs to, the country the story is about,
    // when the person has held an office there.
    const story = qualifier || this.home(person) ? undefined : this.draftCountry();
    const jurisdiction = qualifier ?? this.home(person) ?? (story && person.roles.some((r) => r.of === story) ? story : undefined);
    if (!jurisdiction) return undefined;
    const claimed = this.offices.officesNamed(mention.words, jurisdiction);
    if (!claimed.length) return undefined;
    const elsewhere = active.find((role) => claimed.includes(role.office) && role.of !== jurisdiction);
    if (elsewhere) {
      return this.mismatch(mention, [elsewhere],
        `${person.name} is ${this.describe(elsewhere)}, not of ${this.context.knowledge.jurisdictionName(jurisdiction)}.`);
    }
    if (this.beyondKnowledge) return undefined;
    const others = claimed.map((office) => ({ office, holders: this.offices.exclusive(office, jurisdiction) ? this.offices.holdersOn(office, jurisdiction, this.date).filter((h) => h.person !== person) : [] }));
    if (!others.every((o) => o.holders.length)) return undefined;
    const holder = others[0].holders[0];
    return this.mismatch(mention, active,
      `${person.name} is not ${this.describe({ office: others[0].office, of: jurisdiction })} on ${formatDate(this.date)}: ${holder.person.name} is. ${capitalise(this.subject(person))} ${this.currentlyText(active)}.`);
  }

  /** The person's country: their nationality, else the one country all their roles belong to. */
  private home(person: Person): string | undefined {
    if (person.nationality) return person.nationality;
    const countries = new Set(person.roles.map((r) => r.of));
    return countries.size === 1 ? [...countries][0] : undefined;
  }

  private outdated(mention: TitleMention, person: Person, past: Role, active: Role[]): TitleVerdict {
    const name = mention.reference && mention.position === 'before' ? mention.reference : undefined;
    const prose = this.context.doc.prose;
    // "Chicago Mayor Lori Lightfoot": a place the title words did not take in still belongs to the
    // title, and "former" goes before it ("former Chicago Mayor", never "Chicago former Mayor").
    const place = name ? this.placeBefore(mention.phrase.start) : undefined;
    const start = place ?? mention.phrase.start;
    const span: Span = name ? { start, end: Math.max(name.end, mention.phrase.end) } : mention.phrase;
    const written = prose.slice(span.start, span.end);
    const suggestions: TitleSuggestion[] = [];
    const pronoun = this.subject(person);
    const former = place !== undefined ? `${this.opensSentence(place) ? 'Former' : 'former'} ${written}` : this.formerText(mention, past, written, span);
    // The person's title on the article date, preferred when it is in the same government (a
    // prime minister moved to defence); "former" when they left for another country or organisation.
    const current = active.find((r) => r.office !== past.office || r.of !== past.of);
    const currentText = current && mention.position === 'before'
      ? this.sentenceCase(`${this.retitle(mention, current, span.start)} ${prose.slice(name!.start, name!.end)}`, mention)
      : undefined;
    const currentFirst = !!currentText && current!.of === past.of;
    if (currentText && currentFirst) suggestions.push({ ...span, text: currentText, title: `Change to "${oneLine(currentText)}"`, preferred: true });
    suggestions.push({ ...span, text: former, title: `Change to "${oneLine(former)}"`, preferred: suggestions.length === 0 });
    if (currentText && !currentFirst) suggestions.push({ ...span, text: currentText, title: `Change to "${oneLine(currentText)}"`, preferred: false });
    // The office's holder on the article date, named in the message only: a fix never puts a person
    // the writer did not choose into the copy (what Scholz said is not what Merz said).
    let holder = '';
    if (mention.position === 'before' && !this.beyondKnowledge && this.offices.exclusive(past.office, past.of)) {
      const successor = this.offices.holdersOn(past.office, past.of, this.date).find((h) => h.person !== person);
      if (successor) holder = ` ${successor.person.name} holds the office on ${formatDate(this.date)}.`;
    }
    suggestions.splice(0, suggestions.length, ...suggestions.map((s) => this.fit(s)));
    const until = past.end ? ` until ${formatDate(past.end)}` : '';
    const now = active.length ? `; on ${formatDate(this.date)} ${pronoun} ${this.currentlyText(active)}` : '';
    return {
      mention, status: 'outdated', span, suggestions, role: past,
      message: `${person.name} was ${this.describe(past)}${until}${now}.${suggestions[1] ? ` Or write "${oneLine(suggestions[1].text)}".` : ''}${holder}`,
    };
  }

  /** The start of a known place's name written just before a title ("Chicago" in "Chicago Mayor"), if any. */
  private placeBefore(titleStart: number): number | undefined {
    const prose = this.context.doc.prose;
    const from = Math.max(0, titleStart - 60);
    const window = prose.slice(from, titleStart);
    if (!/[ \t]$/.test(window)) return undefined;
    // The capitalised words (up to three) that end just before the title, blanks between them.
    const tokens = [...window.matchAll(/\S+/g)].slice(-3);
    let firstCapital = tokens.length;
    while (firstCapital > 0 && /^\p{Lu}[\p{L}.-]*$/u.test(tokens[firstCapital - 1][0])) firstCapital--;
    const words = tokens.slice(firstCapital).map((m) => ({ text: m[0], start: from + m.index! }));
    // The longest run of the capitalised words that ends at the title and names a place.
    for (let k = words.length; k >= 1; k--) {
      const first = words[words.length - k];
      const text = words.slice(words.length - k).map((w) => w.text).join(' ');
      if (this.context.knowledge.lookup(text).some((form) => form.entity.type === 'place')) return first.start;
    }
    return undefined;
  }

  private opensSentence(offset: number): boolean {
    const before = this.context.doc.prose.slice(Math.max(0, offset - 6), offset);
    const text = before.trimEnd();
    if (text.length === before.length) return false;
    return (offset < 6 && text === '') || before.slice(text.length).includes('\n') || /[.!?]["”’']?$/.test(text);
  }

  private formerText(mention: TitleMention, past: Role, written: string, span: Span): string {
    const at = mention.phrase.start - span.start;
    const head = written.slice(0, at);
    let rest = written.slice(at);
    // The right name for the office the person held ("former Secretary of State", not "former Foreign Minister").
    if (!this.names(mention, past)) {
      rest = `${this.retitle(mention, past, mention.phrase.start)}${written.slice(mention.end - span.start)}`;
    }
    const atStart = mention.sentenceStart && at === 0;
    return `${head}${atStart ? 'Former' : 'former'} ${rest}`;
  }

  /** The words from `from` to the end of the title, retitled for a role (markers kept, qualifier changed where needed). */
  private retitle(mention: TitleMention, role: Role, from: number): string {
    const prose = this.context.doc.prose;
    const title = this.render(mention, role);
    if (title.qualifier === null) return `${prose.slice(from, mention.start)}${title.text}`;
    const qualifierStart = mention.qualifier && mention.qualifier.form !== 'affiliation' ? mention.qualifier.start : mention.start;
    return `${prose.slice(from, Math.max(from, qualifierStart))}${title.qualifier}${title.text}`;
  }

  private mismatch(mention: TitleMention, roles: Role[], message: string): TitleVerdict {
    const suggestions: TitleSuggestion[] = [];
    const seen = new Set<string>();
    for (const role of roles) {
      const title = this.render(mention, role);
      const changesQualifier = !!mention.qualifier && title.qualifier !== null && mention.qualifier.form !== 'affiliation';
      const span: Span = changesQualifier ? { start: mention.qualifier!.start, end: mention.end } : { start: mention.start, end: mention.end };
      const text = title.qualifier !== null ? `${title.qualifier}${title.text}` : title.text;
      const key = `${span.start}:${span.end}:${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      suggestions.push(this.fit({ ...span, text, title: `Change to "${oneLine(text)}"`, preferred: suggestions.length === 0 }));
    }
    const span = suggestions[0] ?? { start: mention.start, end: mention.end };
    return { mention, status: 'mismatch', span: { start: span.start, end: span.end }, message, suggestions };
  }

  // --- against the draft --------------------------------------------------------------------

  private fromDraft(mention: TitleMention): TitleVerdict | undefined {
    const person = mention.person!;
    // A rank, a courtesy title, a seat or a chair sits beside any office: no conflict either way.
    if (standing(mention)) return undefined;
    const earlier = (this.given.get(person.key) ?? []).filter((g) => g.mention.start < mention.start && !g.mention.markers.some((m) => NOT_CURRENT.has(m)));
    // "first lady Jill Biden … President Biden": a title by relation means someone else holds the other.
    if (earlier.some((g) => RELATIONAL_TITLES.test(g.mention.text) !== RELATIONAL_TITLES.test(mention.text))) return undefined;
    const given = earlier.filter((g) => !standing(g.mention));
    if (!given.length) return undefined;
    const consistent = (words: TitleWords) => fits(mention.words, words) || fits(words, mention.words);
    if (given.some((g) => consistent(g.words))) return undefined;
    // The person's offices on the article date are titles the draft may use.
    if (person.knowledge && mention.understood && this.active(person.knowledge).some((role) => this.names(mention, role))) return undefined;
    const first = given[0].mention;
    const right = this.rightTitle(person, first);
    const replacement = applyCasing(right, mention.casing, mention.sentenceStart && mention.position !== 'alone');
    const introduced = oneLine(first.qualifier && first.qualifier.form !== 'affiliation' ? `${first.qualifier.text} ${first.text}` : first.text);
    const written = oneLine(mention.text);
    const message = mention.position === 'alone'
      ? `"${written}" refers back to ${person.name}, whom the draft introduced as ${introduced}; no one in the draft was introduced as ${withArticle(written.toLowerCase())}. Use the same title, or name the person meant.`
      : `The draft gives ${person.name} two titles: ${introduced} and ${written}. Use one.`;
    return {
      mention, status: 'inconsistent', span: mention, message,
      suggestions: [this.fit({ start: mention.start, end: mention.end, text: replacement, title: `Change to "${replacement}"`, preferred: true })],
    };
  }

  /** The title to use for a person: their first title in the draft, or the knowledge base's when that one is wrong. */
  private rightTitle(person: TitledPerson, first: TitleMention): string {
    const known = person.knowledge;
    if (known && first.understood) {
      const active = this.active(known);
      if (!active.some((role) => this.names(first, role)) && active.length) {
        return this.render(first, active[0]).text;
      }
    }
    return oneLine(first.text);
  }

  // --- wording ------------------------------------------------------------------------------

  /** A suggestion fitted to the words around it (render.ts: possessives, articles, capitals), its title with it. */
  private fit(suggestion: TitleSuggestion): TitleSuggestion {
    const fitted = fitReplacement(this.context.doc.prose, suggestion);
    if (fitted.text === suggestion.text && fitted.start === suggestion.start) return suggestion;
    return { ...suggestion, ...fitted, title: suggestion.title.replace(`"${suggestion.text}"`, `"${fitted.text}"`) };
  }

  private render(mention: TitleMention, role: Role): { qualifier: string | null; text: string } {
    return renderTitle(this.context.knowledge, this.offices, role, mention, this.style);
  }

  private sentenceCase(text: string, mention: TitleMention): string {
    return mention.sentenceStart ? text[0].toUpperCase() + text.slice(1) : text;
  }

  /** "the Prime Minister of Ukraine", "the President of the European Commission". */
  private describe(role: Pick<Role, 'office' | 'of' | 'title'>): string {
    const title = this.spell(this.offices.titleOf(role.office, role.of, role as Role));
    const where = this.context.knowledge.jurisdictionName(role.of);
    if (title.toLowerCase().includes(where.toLowerCase())) return `the ${title}`;
    return `${possessiveOf(where)} ${title}`;
  }

  /** A title in the draft's spelling ("Defense Minister" in American copy). */
  private spell(title: string): string {
    return this.style.american ? title.replace(/\b([Dd])efence\b/g, '$1efense') : title.replace(/\b([Dd])efense\b/g, '$1efence');
  }

  private currentlyText(active: Role[]): string {
    if (!active.length) return 'holds none of the offices the knowledge base records';
    return `is ${joinAnd(active.map((r) => this.describe(r)))}`;
  }

  private knownSince(role: Role): string {
    return role.start ? ` (since ${formatDate(role.start)})` : '';
  }

  private subject(person: Person): string {
    return person.pronouns === 'she' ? 'she' : person.pronouns === 'he' ? 'he' : 'they';
  }
}

/** Words that make a rank or a seat an office of its own: Attorney General, Trade Representative. */
const OFFICE_OF_RANK = new Set(['attorney', 'surgeon', 'inspector', 'solicitor', 'postmaster', 'adjutant', 'trade', 'special', 'auditor', 'governor', 'consul', 'permanent', 'high']);

/** A rank, courtesy title, seat, bench or chair (Maj. Gen., Sen., Justice, chairman), not an office like Attorney General. */
function standing(mention: TitleMention): boolean {
  return STANDING_HEADS.has(mention.head) && !mention.words.some((w) => OFFICE_OF_RANK.has(w));
}

/** Titles of people who speak for others, often left unnamed ("the spokesman said"). */
const STAFF_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'assistant', 'negotiator', 'representative', 'member']);

/** Years after which a title given up is no longer "outdated" but simply not the person's. */
const STALE_YEARS = 2;

function yearsBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);
}


function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A title as a message or a replacement shows it: a line break of a hard-wrapped paragraph is a space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function capitalise(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

function withArticle(text: string): string {
  return /^[aeiou]/i.test(text) ? `an ${text}` : `a ${text}`;
}

