// Writing a title the way the draft writes titles: its capitalisation ("Foreign Minister" before a
// name, "the foreign minister" standing alone, or lower case throughout), its spelling (defense or
// defence) and its way of naming the country or organisation ("Russian", "Ukraine's", "NATO").
import type { Knowledge, Role } from '../knowledge';
import type { Casing, TitleMention } from './mentions';
import { withoutOwner, type OfficeIndex } from './offices';

export interface DraftStyle {
  /** American spelling ("defense") rather than British ("defence"). */
  american: boolean;
}

const AMERICAN = /\b(?:defense|center|centers|favor|favors|color|honor|labor|organization|organizations|traveled|program)\b/gi;
const BRITISH = /\b(?:defence|centre|centres|favour|favours|colour|honour|labour|organisation|organisations|travelled|programme)\b/gi;

/** The draft's spelling, from the words that differ between American and British English; AP's American by default. */
export function draftStyleOf(prose: string): DraftStyle {
  const american = (prose.match(AMERICAN) ?? []).length;
  const british = (prose.match(BRITISH) ?? []).length;
  return { american: american >= british };
}

/** Small words a title keeps in lower case ("Secretary of State"). */
const MINOR = new Set(['of', 'the', 'for', 'and', 'to', 'in', 'on']);

export function applyCasing(text: string, casing: Casing, sentenceStart: boolean): string {
  let result = text;
  if (casing === 'lower' || casing === 'sentence') result = text.toLowerCase();
  else result = text.split(' ').map((w, i) => (i > 0 && MINOR.has(w.toLowerCase()) ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1))).join(' ');
  if (sentenceStart || casing === 'sentence') result = result[0].toUpperCase() + result.slice(1);
  return result;
}

/**
 * The title of a role, for a mention: `qualifier` is the new country or organisation words (with a
 * trailing space) when they must change, else null (the draft's own qualifier stays).
 */
export function renderTitle(knowledge: Knowledge, offices: OfficeIndex, role: Role, mention: TitleMention, style: DraftStyle): { qualifier: string | null; text: string } {
  let title = offices.titleOf(role.office, role.of, role);
  title = style.american ? title.replace(/\b([Dd])efence\b/g, '$1efense') : title.replace(/\b([Dd])efense\b/g, '$1efence');
  const qualifier = mention.qualifier?.jurisdiction;
  const organisation = !knowledge.place(role.of) && !!knowledge.organisation(role.of);
  // "President of the European Commission" → "European Commission" + "President".
  let owner: string | undefined;
  if (organisation) {
    for (const name of offices.namesOfJurisdiction(role.of)) {
      const short = withoutOwner(title, name);
      if (short !== undefined) {
        title = short;
        owner = name;
        break;
      }
    }
  }
  const text = applyCasing(title, mention.casing, false);
  if (qualifier && offices.within(role.of, qualifier.id)) return { qualifier: null, text };
  if (mention.qualifier && mention.qualifier.form !== 'affiliation') {
    // A new owner in the form the draft used: "Italian" → "German", "Ukraine's" → "Russia's".
    if (organisation) return { qualifier: `${owner ?? knowledge.jurisdictionName(role.of)} `, text };
    const place = knowledge.jurisdictionName(role.of);
    if (mention.qualifier.form === 'possessive') return { qualifier: `${possessiveOf(place, false)} `, text };
    return { qualifier: `${offices.adjectiveOf(role.of) ?? place} `, text };
  }
  if (owner) return { qualifier: `${owner} `, text };
  return { qualifier: null, text };
}

const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** An ISO date as AP writes it: "Aug. 16, 2025". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${AP_MONTHS[month - 1]} ${day}, ${year}`;
}

const NEEDS_THE = /\b(?:United|Union|States|Kingdom|Republic|Emirates|Commission|Council|Parliament|Bank|Court|Organi[sz]ation|Fund|Agency|Netherlands|Philippines|Bahamas|Gambia|Vatican|League|Assembly)\b/;

/** "Ukraine", "the United States", "the European Commission". */
export function theName(name: string): string {
  return NEEDS_THE.test(name) ? `the ${name}` : name;
}

/** "Ukraine's", "the United States'", "NATO's"; `article`: with "the" where English wants one. */
export function possessiveOf(name: string, article = true): string {
  return `${article ? theName(name) : name}${/s$/.test(name) ? "'" : "'s"}`;
}

const WORD_CHAR = /[\p{L}\p{N}.'’-]/u;

/** The word of a possessive ending right before `offset` and a space ("council" in "the council's "), if any. */
function possessiveBefore(prose: string, offset: number): string | undefined {
  let end = offset;
  while (end > 0 && (prose[end - 1] === ' ' || prose[end - 1] === '\t')) end--;
  if (end === offset) return undefined;
  let start = end;
  while (start > 0 && end - start < 60 && WORD_CHAR.test(prose[start - 1])) start--;
  const word = prose.slice(start, end);
  for (const ending of ["'s", '’s', "s'", 's’']) {
    if (word.length > ending.length && word.endsWith(ending)) return word.slice(0, word.length - 2 + (ending[0] === 's' ? 1 : 0));
  }
  return undefined;
}

/** A replacement for [start, end) of the prose: what a title fix writes. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** The words (letters, dots, hyphens, apostrophes) in `text`, with their offsets. */
function wordsIn(text: string): Array<{ word: string; start: number }> {
  return [...text.matchAll(/[\p{L}\p{N}.'’-]+/gu)].map((m) => ({ word: m[0], start: m.index }));
}

/** "an" before a vowel sound, "a" before a consonant sound ("a European", "an honorary", "a U.S."). */
function articleFor(word: string): 'a' | 'an' {
  // Initials read letter by letter: "an MP", "an FBI agent"; NATO is read as a word.
  if (/^[A-Z]{2,4}$/.test(word.replace(/\./g, '')) && word !== 'NATO') return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  if (/^(?:eu|uni|use|usu|uk|u\.|one\b|once)/i.test(word)) return 'a';
  if (/^(?:hon|hour|heir)/i.test(word)) return 'an';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** Whether `offset` begins a sentence: only spaces and opening marks back to a paragraph start or a full stop. */
function startsSentence(prose: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[ \t"“‘'(«„]/.test(prose[i])) i--;
  return i < 0 || /[\n.!?:]/.test(prose[i]);
}

/**
 * A title fix fitted to the words around it, so that it reads as copy:
 * - an owner the draft already gave in a possessive is not said again ("the council's council
 *   president" → "the council's president");
 * - "former" follows a possessive ("Former Germany's chancellor" → "Germany's former chancellor");
 * - "a" or "an" before it agrees with its first word ("an foreign minister" → "a foreign minister");
 * - a replacement opening a sentence keeps the sentence's capital.
 */
export function fitReplacement(prose: string, replacement: Replacement): Replacement {
  let { start, end, text } = replacement;
  // The owner in a possessive right before the replacement: "the council's ", "Germany's ".
  const owner = possessiveBefore(prose, start);
  if (owner) {
    const head = owner.toLowerCase().replace(/s$/, '');
    const words = wordsIn(text);
    // Drop the replacement's words up to its last mention of the owner, keeping at least one word.
    for (let i = words.length - 2; i >= 0; i--) {
      if (words[i].word.toLowerCase().replace(/s$/, '') === head) {
        text = text.slice(words[i + 1].start);
        break;
      }
    }
  }
  // "Former Germany's chancellor, …" / "former the council's president": "former" after the possessive.
  const former = /^([Ff])ormer ((?:[Tt]he )?(?:[\p{L}\p{N}.-]+ ){0,3}?[\p{L}\p{N}.-]+(?:'s|’s|s'|s’)) /u.exec(text);
  if (former) {
    const possessive = former[1] === 'F' ? former[2][0].toUpperCase() + former[2].slice(1) : former[2];
    text = `${possessive} former ${text.slice(former[0].length)}`;
  }
  // The indefinite article before the replacement agrees with its first word.
  const article = /(?:^|[^\p{L}])([Aa]n?) $/u.exec(prose.slice(Math.max(0, start - 4), start));
  const first = wordsIn(text)[0]?.word;
  if (article && first) {
    const wanted = articleFor(first);
    if (article[1].toLowerCase() !== wanted) {
      const written = article[1];
      start -= written.length + 1;
      text = `${written[0] === 'A' ? wanted[0].toUpperCase() + wanted.slice(1) : wanted} ${text}`;
    }
  }
  // A replacement opening a sentence starts with a capital, as the words it replaces did.
  if (/^\p{Ll}/u.test(text) && /^\p{Lu}/u.test(prose.slice(start, end)) && startsSentence(prose, start)) text = text[0].toUpperCase() + text.slice(1);
  return { start, end, text };
}
