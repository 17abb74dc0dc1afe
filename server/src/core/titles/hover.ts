// The hover on a title: whose title it is, how the draft ties it to them, the offices the
// knowledge base records for them on the article date ("as of" its check date when the article is
// later), and what the title checks make of it.
import type { CheckContext } from '../checks/check';
import type { HoverCard } from '../hover';
import type { Role } from '../knowledge';
import { holdsOn } from './offices';
import { formatDate } from './render';
import { titleVerdictsOf, type TitleVerdict } from './verdicts';

const POSITION = {
  before: 'written before the name',
  after: 'written after the name',
  alone: 'standing alone',
} as const;

const BASIS = {
  title: 'the title the draft gave them',
  office: 'their office, which the draft named another way',
  apposition: 'the name it follows',
  recent: 'the person the sentences before are about',
} as const;

export function titleHover(context: CheckContext, offset: number): HoverCard | undefined {
  const verdict = titleVerdictsOf(context).at(offset);
  if (!verdict) return undefined;
  const { mention } = verdict;
  return { start: mention.phrase.start, end: mention.phrase.end, markdown: describeTitle(context, verdict) };
}

export function describeTitle(context: CheckContext, verdict: TitleVerdict): string {
  const { mention } = verdict;
  const person = mention.person;
  const lines: string[] = [];
  const whose = person ? `**${person.name}**` : 'nobody the draft names';
  let how = POSITION[mention.position];
  if (mention.position === 'alone' && mention.reference?.basis) how += `, taken to mean ${person?.name ?? 'someone'} through ${BASIS[mention.reference.basis]}`;
  lines.push(`**Title** "${mention.text.replace(/\s+/g, ' ')}": the title of ${whose} (${how}).`);
  if (mention.inQuote) lines.push('Inside a quotation: the speaker\'s words are not checked.');
  else if (mention.description) lines.push('A description rather than a formal title: not checked.');
  else if (mention.markers.length) lines.push(`Marked "${mention.markers.join('", "')}": not claimed for the article date.`);

  const known = person?.knowledge;
  const date = context.articleDate;
  const checked = context.knowledge.checked;
  if (known) {
    const beyond = !!checked && date > checked;
    const on = beyond ? checked : date;
    const roles = known.roles.filter((role) => holdsOn(role, on)).sort((a, b) => a.start.localeCompare(b.start));
    const when = beyond
      ? `as of ${formatDate(checked)}, when the knowledge base was last checked (${context.articleDateSource === 'today' ? `the draft is undated; today is ${formatDate(date)}` : `the article is dated ${formatDate(date)}`})`
      : `on ${formatDate(date)}, the article date`;
    lines.push(roles.length
      ? `Offices ${when}: ${roles.map((role) => roleText(context, role)).join('; ')}.`
      : `No office the knowledge base records ${when}.`);
    const earlier = known.roles.filter((role) => role.end !== null && role.end < on).sort((a, b) => (b.end ?? '').localeCompare(a.end ?? '')).slice(0, 3);
    if (earlier.length) lines.push(`Earlier: ${earlier.map((role) => roleText(context, role)).join('; ')}.`);
  } else if (person) {
    lines.push(`${person.name} is not in the knowledge base: the title is checked against the draft only.`);
  }
  if (verdict.status !== 'right' && verdict.status !== 'unknown' && verdict.message) {
    lines.push(`**title.${verdict.status}**: ${verdict.message}`);
  }
  if (verdict.status === 'right' && verdict.role && !mention.markers.length) {
    const when = checked && date > checked ? `as of ${formatDate(checked)}` : `on ${formatDate(date)}`;
    lines.push(`Right ${when}: ${context.knowledge.officeTitle(verdict.role.office, verdict.role.of, verdict.role)} (${context.knowledge.jurisdictionName(verdict.role.of)}).`);
  }
  return lines.join('\n\n');
}

function roleText(context: CheckContext, role: Role): string {
  const title = context.knowledge.officeTitle(role.office, role.of, role);
  const where = context.knowledge.jurisdictionName(role.of);
  const span = role.end ? `${formatDate(role.start)} to ${formatDate(role.end)}` : `since ${formatDate(role.start)}`;
  const acting = role.acting ? 'acting ' : '';
  return `${acting}${title} (${where}), ${span}`;
}
