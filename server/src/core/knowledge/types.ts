// The shape of the knowledge base, as server/data/knowledge.schema.json defines it.
import type { HouseQuoteStyle } from '../types';

export type OfficeKind = string;
/** ISO 3166-1 alpha-2 country code, or an organisation id. */
export type Jurisdiction = string;

export interface Role {
  office: OfficeKind;
  of: Jurisdiction;
  title?: string;
  start: string;
  /** The day the successor took office (a handover day counts for both holders), or the last day in office where nobody took over at once; null while in office on the date the knowledge was checked. */
  end: string | null;
  acting?: boolean;
  note?: string;
  source?: string;
}

/** A wire service whose spelling a house may follow; `native` is the person's own English spelling. */
export type NameAuthority = 'native' | 'ap' | 'reuters';

export interface AgencyName {
  name: string;
  surname: string;
  source: string;
}

export interface Person {
  id: string;
  name: string;
  surname: string;
  variants?: string[];
  aliases?: string[];
  /** Spellings that are also an ordinary word or another entry's name: they count only where the draft names the entry otherwise too. */
  contextual?: string[];
  /** How AP and Reuters write the name, where they differ. */
  agencies?: Partial<Record<Exclude<NameAuthority, 'native'>, AgencyName>>;
  pronouns: 'he' | 'she' | 'they';
  nationality?: string;
  description: string;
  wikidata: string;
  roles: Role[];
  source: string;
}

export interface Place {
  id: string;
  name: string;
  kind: 'country' | 'city' | 'region' | 'other';
  country?: string;
  variants?: string[];
  aliases?: string[];
  contextual?: string[];
  adjectives?: string[];
  wikidata?: string;
  source: string;
}

export interface Organisation {
  id: string;
  name: string;
  variants?: string[];
  aliases?: string[];
  contextual?: string[];
  adjectives?: string[];
  wikidata?: string;
  source: string;
}

export interface OfficeKindInfo {
  title: string;
  aliases: string[];
}

export interface Offices {
  kinds: Record<OfficeKind, OfficeKindInfo>;
  jurisdictions: Record<Jurisdiction, Record<OfficeKind, string>>;
}

/** One data file: any part of the whole. */
export interface KnowledgeFile {
  /** `since`: the first day covered (office-holders before it are not recorded). */
  meta?: { checked: string; since?: string; description: string };
  people?: Person[];
  places?: Place[];
  organisations?: Organisation[];
  offices?: Partial<Offices>;
  /** House spellings (from a stylebook): each replaced spelling → the spelling the house uses. */
  spellings?: Record<string, string>;
  /** House spellings that replace every other spelling the base knows for the name (a stylebook's "Zelensky:"). */
  openSpellings?: string[];
  /** Whose spelling of names the house follows (a stylebook's authority:): a wire service's, or the person's own. */
  authority?: NameAuthority;
  /** The house style of quotation marks (a stylebook's `quotes:`). */
  quotes?: HouseQuoteStyle;
}
