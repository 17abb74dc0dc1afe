// The speaker hover: on any mention of a person (full name, surname, variant, or a pronoun or
// title the people layer resolves), a card of who they are: the house spelling of their name in
// bold, their roles on the article's date with the date in a quieter line ("as of" the knowledge
// base's check when the article is later), the one-line description, then sections for the
// spellings this draft uses, how the draft introduced them and the quotations it attributes to
// them. Someone no list knows gets what the draft says about them. Places and organisations get
// their name, kind and the spellings seen.
import { bulleted, card, plain, quiet, quoted } from '../card';
import type { CheckContext } from '../checks/check';
import type { HoverCard } from '../hover';
import type { Entity, Person, Place } from '../knowledge';
import { LineIndex } from '../lines';
import { peopleOf, type DraftPerson } from '../people/people';
import { attributionsOf } from '../attribution';
import { formatDate } from '../titles/render';
import { nameMentionsOf } from './mentions';
import { nameSpellingsOf, type SpellingFamily } from './spellings';

function spellingsSection(families: SpellingFamily[]): { label: string; lines: string[] } | undefined {
  const parts = families.filter((f) => f.occurrences.length && f.slot !== 'given').map((f) => f.spellings.map((s) => `${plain(s.text)} ×${s.count}`).join(' · '));
  return parts.length ? { label: 'Spellings in this draft', lines: parts } : undefined;
}

/** The role line under the name and the quieter line saying on what date it holds. */
function roleLines(context: CheckContext, person: Person): string[] {
  const { knowledge, articleDate } = context;
  // Past the date the knowledge was checked, it can only vouch for what held on that date.
  const date = knowledge.checked && articleDate > knowledge.checked ? knowledge.checked : articleDate;
  // An undated draft is checked as of today: say so, rather than give today as its date.
  const dated = context.articleDateSource === 'today' ? `the draft is undated; today is ${formatDate(articleDate)}` : `the article is dated ${formatDate(articleDate)}`;
  const when = date === articleDate
    ? context.articleDateSource === 'today' ? `On ${formatDate(articleDate)}, today (the draft is undated)` : `On ${formatDate(articleDate)}, the article’s date`
    : `As of ${formatDate(date)}, when Copydesk’s knowledge was last checked; ${dated}`;
  const current = knowledge.rolesOn(person, date);
  const describeRole = (role: Person['roles'][number]) => `${knowledge.officeTitle(role.office, role.of, role)}, ${knowledge.jurisdictionName(role.of)}${role.acting ? ' (acting)' : ''}`;
  let role: string;
  if (current.length) role = current.map((r) => `${describeRole(r)} · since ${formatDate(r.start)}`).join('  \n');
  else {
    const past = person.roles.filter((r) => r.end !== null && r.end < date).sort((a, b) => (a.end! < b.end! ? 1 : -1));
    role = past.length
      ? `No office in Copydesk’s knowledge; formerly ${describeRole(past[0])} (${formatDate(past[0].start)} to ${formatDate(past[0].end!)})`
      : 'No office in Copydesk’s knowledge';
  }
  return [role, quiet(when)];
}

/** How the draft introduced the person, and the quotations it attributes to them. */
function draftSections(context: CheckContext, draftPerson: DraftPerson | undefined, lines: LineIndex): Array<{ label: string; lines: string[] }> {
  if (!draftPerson) return [];
  const sections = [];
  const introduced = draftPerson.mentions.find((m) => m.kind === 'name');
  const title = draftPerson.titles[0];
  if (introduced) {
    const intro = title
      ? title.position === 'before' ? `${title.text} ${introduced.text}` : `${introduced.text}, ${title.text}`
      : introduced.text;
    sections.push({ label: 'Introduced as', lines: [`${quoted(intro)} · line ${lines.positionAt(introduced.start).line + 1}`] });
  }
  const quotes = attributionsOf(context).quotes.filter((q) => q.speaker?.person === draftPerson);
  sections.push({
    label: `Quotations in this draft: ${quotes.length}`,
    lines: bulleted(quotes.map((q) => `${quoted(q.text.text, 60)} · line ${lines.positionAt(q.quote.start).line + 1}`)),
  });
  return sections;
}

function familiesOf(context: CheckContext, entry: Entity['entry']): SpellingFamily[] {
  return nameSpellingsOf(context).families.filter((f) => f.entity?.entry === entry);
}

export function nameHover(context: CheckContext, offset: number): HoverCard | undefined {
  const mention = nameMentionsOf(context).at(offset);
  const people = peopleOf(context);
  const personMention = people.mentionAt(offset);
  const span = mention ?? personMention;
  if (!span) return undefined;
  const entity = mention?.entity;
  const draftPerson = personMention?.person
    ?? (entity?.type === 'person' ? people.persons.find((p) => p.knowledge === entity.entry) : undefined);
  const known = entity?.type === 'person' ? (entity.entry as Person) : draftPerson?.knowledge ?? undefined;
  const lines = new LineIndex(context.doc.text);
  let markdown: string;
  if (known) {
    markdown = card(
      [`**${plain(context.knowledge.houseSpelling(known.name))}**`, ...roleLines(context, known)],
      [
        known.description ? { label: 'Who', lines: [plain(known.description)] } : undefined,
        spellingsSection(familiesOf(context, known)),
        ...draftSections(context, draftPerson, lines),
      ],
    );
  } else if (entity) {
    const entry = entity.entry;
    const kind = entity.type === 'place' ? (entry as Place).kind : 'organisation';
    const country = entity.type === 'place' && (entry as Place).country ? `, ${context.knowledge.jurisdictionName((entry as Place).country!)}` : '';
    markdown = card([`**${plain(context.knowledge.houseSpelling(entry.name))}**`, `${kind[0].toUpperCase()}${kind.slice(1)}${country}`], [spellingsSection(familiesOf(context, entry))]);
  } else if (draftPerson) {
    const family = nameSpellingsOf(context).familyAt(span.start);
    markdown = card(
      [`**${plain(draftPerson.name)}**`, quiet('Not in Copydesk’s knowledge base: what this draft says')],
      [
        { label: 'Titles in this draft', lines: bulleted(draftPerson.titles.map((t) => plain(t.text))) },
        family ? spellingsSection([family.family]) : undefined,
        ...draftSections(context, draftPerson, lines),
      ],
    );
  } else {
    return undefined;
  }
  return { start: span.start, end: span.end, markdown };
}
