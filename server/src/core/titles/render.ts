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
