// The findings of the two name checks, from the spelling families: the message in newsroom
// language, the fix for this occurrence (preferred, so "fix all" applies it) and the fix for every
// occurrence of the family at once.
import type { CheckContext, Report } from '../checks/check';
import type { Fix, TextEdit } from '../types';
import { familyName, inCaseOf, nameSpellingsOf, type ProblemKind, type SpellingFamily, type SpellingProblem } from './spellings';

const FROM: Record<SpellingFamily['acceptedFrom'], string> = {
  stylebook: 'the house stylebook’s spelling',
  agency: 'the wire service’s spelling the house follows',
  knowledge: 'the spelling in Copydesk’s knowledge base',
  draft: 'the spelling this draft uses most',
};
const AGENCIES = { ap: 'AP’s spelling, which the house follows', reuters: 'Reuters’ spelling, which the house follows' };

function acceptedFrom(family: SpellingFamily): string {
  // As many of each (one name with and without its diacritics): the first spelling stands.
  if (family.acceptedFrom === 'draft' && family.spellings.length > 1 && family.spellings[1].count >= family.spellings[0].count) return 'the spelling this draft uses first';
  return family.acceptedFrom === 'agency' && family.agency ? AGENCIES[family.agency] : FROM[family.acceptedFrom];
}
const COUNT = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function spellingList(family: SpellingFamily): string {
  return family.spellings.map((s) => `${s.text} ×${s.count}`).join(', ');
}

function who(family: SpellingFamily): string {
  const name = familyName(family);
  return family.entity && name !== family.accepted ? ` (${name})` : '';
}

/**
 * An occurrence written with its possessive ("Wilder's" for Wilders') is replaced with the
 * possessive of the accepted spelling: an apostrophe alone after a final s, as AP writes it.
 */
function withPossessive(written: string, accepted: string): string {
  const possessive = /(['’])[sS]$/.exec(written);
  if (!possessive || /['’][sS]$/.test(accepted)) return accepted;
  return /s$/i.test(accepted) ? `${accepted}${possessive[1]}` : `${accepted}${possessive[0]}`;
}

/**
 * "Change all N": one fix per family, shared by the findings of its occurrences, whose edits are
 * built when the fix is read to be applied or shown. Built per finding, N findings carried N edits
 * each: a book with a name split between two spellings ran out of memory.
 */
function changeAllFix(family: SpellingFamily, siblings: readonly SpellingProblem[]): Fix {
  let edits: TextEdit[] | undefined;
  return {
    title: `Change all ${siblings.length} to “${family.accepted}” in this draft`,
    get edits() {
      return (edits ??= siblings.map((p) => ({ start: p.occurrence.start, end: p.occurrence.end, newText: withPossessive(p.occurrence.text, inCaseOf(p.occurrence.text, family.accepted)) })));
    },
    reach: 'draft',
  };
}

export function reportSpellingProblems(context: CheckContext, kind: ProblemKind, report: Report): void {
  const spellings = nameSpellingsOf(context);
  const problems = spellings.problems.filter((p) => p.kind === kind);
  // The occurrences of each family, gathered once (not by a search of every problem for each).
  const byFamily = new Map<SpellingFamily, SpellingProblem[]>();
  for (const problem of problems) {
    const siblings = byFamily.get(problem.family);
    if (siblings) siblings.push(problem);
    else byFamily.set(problem.family, [problem]);
  }
  const changeAll = new Map<SpellingFamily, Fix>();
  for (const [family, siblings] of byFamily) if (siblings.length > 1) changeAll.set(family, changeAllFix(family, siblings));
  for (const problem of problems) {
    const { family, occurrence } = problem;
    const replacement = withPossessive(occurrence.text, inCaseOf(occurrence.text, family.accepted));
    const fixes: Fix[] = [{
      title: `Change to “${replacement}”`,
      edits: [{ start: occurrence.start, end: occurrence.end, newText: replacement }],
      isPreferred: true,
    }];
    const all = changeAll.get(family);
    if (all) fixes.push(all);
    const subject = family.entity ? familyName(family) : 'This name';
    const ways = COUNT[family.spellings.length] ?? String(family.spellings.length);
    // The problem and the fix first (the Problems panel cuts long messages), the detail after.
    const message = kind === 'inconsistent'
      ? `Spelled ${ways} ways: use “${replacement}”, not “${occurrence.text}”. ${subject} in this draft: ${spellingList(family)}; “${family.accepted}” is ${acceptedFrom(family)}.`
      : family.acceptedFrom === 'agency' && family.agency
        ? `House spelling: use “${replacement}”, not “${occurrence.text}”. The house follows ${family.agency === 'ap' ? 'AP' : 'Reuters'}, which spells it “${family.accepted}”${who(family)}.`
        : `House spelling: use “${replacement}”, not “${occurrence.text}”. The house stylebook spells “${occurrence.text}” as “${family.accepted}”${who(family)}.`;
    report({ start: occurrence.start, end: occurrence.end, message, fixes });
  }
}
