// What the titles layer reads from the people layer (core/people, shared with quotations and
// names): the people of the draft, every mention of them (full name, surname, pronoun, title
// phrase) with the person it refers to, and how a title phrase at a point of the draft resolves.
// Titles never find or resolve people themselves; this file is the whole contract.
import type { CheckContext } from '../checks/check';
import type { Person } from '../knowledge';
import { peopleOf } from '../people/people';
import type { Span } from '../types';

export interface TitledPerson {
  /** Stable within the draft. */
  key: string;
  /** The full name (the knowledge base's spelling when the person is known). */
  name: string;
  surname: string;
  knowledge: Person | null;
}

export interface PersonReference extends Span {
  text: string;
  kind: 'name' | 'surname' | 'pronoun' | 'title';
  person: TitledPerson;
  inQuote: boolean;
  /** For a title phrase: what tied it to the person (a title they were given, their office, apposition, recency). */
  basis?: 'title' | 'office' | 'apposition' | 'recent';
}

export interface PeopleView {
  /** Every reference to a person, in document order. */
  readonly mentions: readonly PersonReference[];
  /** The person a title phrase written at `offset` stands for; `fallbackToRecent`: else the person the passage is about. */
  resolveTitle(phrase: string, offset: number, fallbackToRecent: boolean): { person: TitledPerson; basis: NonNullable<PersonReference['basis']> } | undefined;
}

export function peopleView(context: CheckContext): PeopleView {
  return peopleOf(context);
}
