// The knowledge base in memory: merged from data files (built-in, then the house stylebook's
// additions), indexed once so that checks look names up instead of scanning lists.
import type { KnowledgeFile, Offices, Organisation, Person, Place, Role } from './types';

export type Entity =
  | { type: 'person'; entry: Person }
  | { type: 'place'; entry: Place }
  | { type: 'organisation'; entry: Organisation };

/** How a spelling relates to the entity it names. */
export type FormKind = 'name' | 'surname' | 'variant' | 'alias';

export interface Form {
  entity: Entity;
  kind: FormKind;
}

export class Knowledge {
  readonly checked: string;
  readonly people: Person[] = [];
  readonly places: Place[] = [];
  readonly organisations: Organisation[] = [];
  readonly offices: Offices = { kinds: {}, jurisdictions: {} };
  private readonly forms = new Map<string, Form[]>();
  private readonly peopleById = new Map<string, Person>();
  private readonly placesById = new Map<string, Place>();
  private readonly organisationsById = new Map<string, Organisation>();

  constructor(files: readonly KnowledgeFile[]) {
    let checked = '';
    for (const file of files) {
      if (file.meta?.checked && file.meta.checked > checked) checked = file.meta.checked;
      this.people.push(...(file.people ?? []));
      this.places.push(...(file.places ?? []));
      this.organisations.push(...(file.organisations ?? []));
      Object.assign(this.offices.kinds, file.offices?.kinds);
      for (const [jurisdiction, titles] of Object.entries(file.offices?.jurisdictions ?? {})) {
        this.offices.jurisdictions[jurisdiction] = { ...this.offices.jurisdictions[jurisdiction], ...titles };
      }
    }
    this.checked = checked;
    for (const person of this.people) {
      this.peopleById.set(person.id, person);
      const entity: Entity = { type: 'person', entry: person };
      this.addForm(person.name, entity, 'name');
      this.addForm(person.surname, entity, 'surname');
      for (const variant of person.variants ?? []) this.addForm(variant, entity, 'variant');
      for (const alias of person.aliases ?? []) this.addForm(alias, entity, 'alias');
    }
    for (const place of this.places) {
      this.placesById.set(place.id, place);
      const entity: Entity = { type: 'place', entry: place };
      this.addForm(place.name, entity, 'name');
      for (const variant of place.variants ?? []) this.addForm(variant, entity, 'variant');
      for (const alias of place.aliases ?? []) this.addForm(alias, entity, 'alias');
    }
    for (const organisation of this.organisations) {
      this.organisationsById.set(organisation.id, organisation);
      const entity: Entity = { type: 'organisation', entry: organisation };
      this.addForm(organisation.name, entity, 'name');
      for (const variant of organisation.variants ?? []) this.addForm(variant, entity, 'variant');
      for (const alias of organisation.aliases ?? []) this.addForm(alias, entity, 'alias');
    }
  }

  private addForm(form: string, entity: Entity, kind: FormKind): void {
    const list = this.forms.get(form);
    if (!list) this.forms.set(form, [{ entity, kind }]);
    else if (!list.some((f) => f.entity.entry === entity.entry && f.kind === kind)) list.push({ entity, kind });
  }

  /** Every entity a spelling names, exactly as written (case-sensitive). */
  lookup(form: string): readonly Form[] {
    return this.forms.get(form) ?? [];
  }

  person(id: string): Person | undefined {
    return this.peopleById.get(id);
  }

  place(id: string): Place | undefined {
    return this.placesById.get(id);
  }

  organisation(id: string): Organisation | undefined {
    return this.organisationsById.get(id);
  }

  /** The roles a person held on `date` (YYYY-MM-DD). */
  rolesOn(person: Person, date: string): Role[] {
    return person.roles.filter((role) => role.start <= date && (role.end === null || date <= role.end));
  }

  /** The title a jurisdiction gives an office (US foreign minister → "Secretary of State"). */
  officeTitle(office: string, jurisdiction: string, role?: Role): string {
    return role?.title ?? this.offices.jurisdictions[jurisdiction]?.[office] ?? this.offices.kinds[office]?.title ?? office;
  }

  /** The display name of a jurisdiction (country or organisation). */
  jurisdictionName(id: string): string {
    return this.placesById.get(id)?.name ?? this.organisationsById.get(id)?.name ?? id;
  }
}
