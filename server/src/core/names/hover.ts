// The speaker hover: on any mention of a person (full name, surname, variant, or a pronoun or
// title the people layer resolves), who they are: the house spelling of their name, their roles on
// the article's date, the one-line description, the spellings this draft uses, how the draft
// introduced them and how many quotations it attributes to them. Someone no list knows gets what
// the draft says about them. Places and organisations get their name and the spellings seen.
import type { CheckContext } from '../checks/check';
import type { HoverCard } from '../hover';
import type { Entity, Person, Place } from '../knowledge';
import { peopleOf, type DraftPerson } from '../people/people';
import { attributionsOf } from '../attribution';
import { formatDate } from '../titles/render';
import { nameMentionsOf } from './mentions';
import { nameSpellingsOf, type SpellingFamily } from './spellings';

function spellingsLine(families: SpellingFamily[]): string | undefined {
  const parts = families.filter((f) => f.occurrences.length && f.slot !== 'given').map((f) => f.spellings.map((s) => `${s.text} ×${s.count}`).join(', '));
  return parts.length ? `Spelled in this draft: ${parts.join('; ')}` : undefined;
}

function rolesLine(context: CheckContext, person: Person): string {
  const { knowledge, articleDate } = context;
  // Past the date the knowledge was checked, it can only vouch for what held on that date.
  const date = knowledge.checked && articleDate > knowledge.checked ? knowledge.checked : articleDate;
  const when = date === articleDate
    ? `On ${formatDate(articleDate)}`
    : `As of ${formatDate(date)}, when Copydesk’s knowledge was last checked (the article is dated ${formatDate(articleDate)})`;
  const current = knowledge.rolesOn(person, date);
  const describeRole = (role: Person['roles'][number]) => `${knowledge.officeTitle(role.office, role.of, role)}, ${knowledge.jurisdictionName(role.of)}${role.acting ? ' (acting)' : ''}`;
  if (current.length) return `${when}: ${current.map((r) => `${describeRole(r)} (since ${formatDate(r.start)})`).join('; ')}`;
  const past = person.roles.filter((r) => r.end !== null && r.end < date).sort((a, b) => (a.end! < b.end! ? 1 : -1));
  if (past.length) return `${when}: no office in Copydesk’s knowledge; formerly ${describeRole(past[0])} (${formatDate(past[0].start)} to ${formatDate(past[0].end!)})`;
  return `${when}: no office in Copydesk’s knowledge`;
}

function draftFacts(context: CheckContext, draftPerson: DraftPerson | undefined): string[] {
  if (!draftPerson) return [];
  const lines: string[] = [];
  const introduced = draftPerson.mentions.find((m) => m.kind === 'name');
  const title = draftPerson.titles[0];
  if (introduced) {
    const intro = title
      ? title.position === 'before' ? `${title.text} ${introduced.text}` : `${introduced.text}, ${title.text}`
      : introduced.text;
    lines.push(`Introduced as: “${intro}”`);
  }
  const quotes = attributionsOf(context).quotes.filter((q) => q.speaker?.person === draftPerson).length;
  lines.push(`Quotations attributed in this draft: ${quotes}`);
  return lines;
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
  const lines: string[] = [];
  if (known) {
    lines.push(`**${context.knowledge.houseSpelling(known.name)}**`);
    if (known.description) lines.push(known.description);
    lines.push(rolesLine(context, known));
    const spelled = spellingsLine(familiesOf(context, known));
    if (spelled) lines.push(spelled);
    lines.push(...draftFacts(context, draftPerson));
  } else if (entity) {
    const entry = entity.entry;
    const kind = entity.type === 'place' ? (entry as Place).kind : 'organisation';
    const country = entity.type === 'place' && (entry as Place).country ? `, ${context.knowledge.jurisdictionName((entry as Place).country!)}` : '';
    lines.push(`**${context.knowledge.houseSpelling(entry.name)}** (${kind}${country})`);
    const spelled = spellingsLine(familiesOf(context, entry));
    if (spelled) lines.push(spelled);
  } else if (draftPerson) {
    lines.push(`**${draftPerson.name}**`, 'Not in Copydesk’s knowledge base; what this draft says:');
    for (const title of draftPerson.titles) lines.push(`- ${title.text}`);
    const family = nameSpellingsOf(context).familyAt(span.start);
    if (family) lines.push(`Spelled in this draft: ${family.family.spellings.map((s) => `${s.text} ×${s.count}`).join(', ')}`);
    lines.push(...draftFacts(context, draftPerson));
  } else {
    return undefined;
  }
  return { start: span.start, end: span.end, markdown: lines.join('  \n') };
}
