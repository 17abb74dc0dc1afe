// Titles: the seed draft's acceptance, each check on the conventions it rests on (a title must be
// right on the story's date, in the country's own name for the office, and the same throughout the
// story), the traps that must stay quiet, and fixes that leave nothing to flag.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createContext } from '../../server/src/core/analyze';
import { CHECKS } from '../../server/src/core/checks';
import { DraftDocument } from '../../server/src/core/document';
import { applyEdits } from '../../server/src/core/fixes';
import { hoverAt } from '../../server/src/core/hover';
import type { Finding } from '../../server/src/core/types';
import { ROOT, SEED } from '../support/fixtures';

const TITLE_CHECKS = ['title.mismatch', 'title.outdated', 'title.inconsistent'];

// Only the title checks run: these tests are about titles, and stay fast.
const TITLES_ONLY = { checks: Object.fromEntries(CHECKS.filter((c) => !c.id.startsWith('title.')).map((c) => [c.id, 'off' as const])) };

function titleFindings(text: string, date: string, language: 'plaintext' | 'markdown' = 'plaintext'): Finding[] {
  return analyze(text, { articleDate: date, language, settings: TITLES_ONLY });
}

/** [code, flagged words, preferred replacement] for each title finding. */
function found(text: string, date: string): Array<[string, string, string | undefined]> {
  return titleFindings(text, date).map((f) => {
    const fix = f.fixes.find((x) => x.isPreferred);
    return [f.code, text.slice(f.start, f.end), fix?.edits[0].newText];
  });
}

function applyPreferred(text: string, finding: Finding): string {
  const fix = finding.fixes.find((f) => f.isPreferred)!;
  return applyEdits(text, fix.edits);
}

describe('titles: the seed draft', () => {
  it('has exactly one title finding, on "foreign minister", suggesting "secretary of state"', () => {
    for (const date of ['2025-08-18', '2026-11-27']) {
      const findings = titleFindings(SEED, date);
      assert.equal(findings.length, 1, date);
      assert.equal(SEED.slice(findings[0].start, findings[0].end), 'foreign minister');
      assert.equal(findings[0].fixes.find((f) => f.isPreferred)!.edits[0].newText, 'secretary of state');
      assert.match(findings[0].message, /Marco Rubio/);
      assert.match(findings[0].message, /US Secretary of State/);
    }
  });

  it('has no finding on the titles it gets right', () => {
    const flagged = titleFindings(SEED, '2025-08-18').map((f) => SEED.slice(f.start, f.end));
    for (const right of ['US Secretary of State Marco Rubio', 'The US Secretary of State said', 'President Zelenskyy', 'President Putin', 'his Russian counterpart Vladimir Putin']) {
      const at = SEED.indexOf(right);
      assert.ok(at >= 0, right);
      assert.ok(titleFindings(SEED, '2025-08-18').every((f) => f.end <= at || f.start >= at + right.length), right);
    }
    assert.deepEqual(flagged, ['foreign minister']);
  });

  it('is fixed by its quick fix, which changes nothing else', () => {
    const [finding] = titleFindings(SEED, '2025-08-18');
    const fixed = applyPreferred(SEED, finding);
    assert.equal(fixed, SEED.replace('the foreign minister acknowledged', 'the secretary of state acknowledged'));
    assert.deepEqual(titleFindings(fixed, '2025-08-18'), []);
  });
});

describe('title.mismatch', () => {
  it('flags an office the person does not hold, naming the one they do', () => {
    const text = 'WASHINGTON — Prime Minister Volodymyr Zelenskyy met President Donald Trump on Monday.';
    const [finding] = titleFindings(text, '2025-08-19');
    assert.equal(finding.code, 'title.mismatch');
    assert.equal(text.slice(finding.start, finding.end), 'Prime Minister');
    assert.match(finding.message, /Yulia Svyrydenko/);
    assert.equal(applyPreferred(text, finding), text.replace('Prime Minister', 'President'));
  });

  it('flags the wrong country\'s name for the office (the US has no foreign minister)', () => {
    assert.deepEqual(found('The delegation included Foreign Minister Marco Rubio and special envoy Steve Witkoff.', '2025-08-16'), [
      ['title.mismatch', 'Foreign Minister', 'Secretary of State'],
    ]);
    assert.deepEqual(found('BERLIN — German Prime Minister Friedrich Merz said the coalition would hold.', '2025-08-01'), [
      ['title.mismatch', 'Prime Minister', 'Chancellor'],
    ]);
  });

  it('flags a title of the wrong organisation and writes the right one in the same form', () => {
    const text = 'Lawmakers backed European Council President Ursula von der Leyen on Thursday.';
    assert.deepEqual(found(text, '2025-07-11'), [['title.mismatch', 'European Council President', 'European Commission President']]);
  });

  it('flags the head of state named as head of government, and the reverse', () => {
    assert.deepEqual(found('Italian President Giorgia Meloni said Italy would reach the target.', '2025-06-26'), [
      ['title.mismatch', 'President', 'Prime Minister'],
    ]);
    assert.deepEqual(found('Egyptian Prime Minister Abdel Fattah el-Sisi praised the mediators.', '2025-10-10'), [
      ['title.mismatch', 'Prime Minister', 'President'],
    ]);
  });

  it('keeps the draft\'s capitalisation in the replacement', () => {
    assert.deepEqual(found('The talks were led by Zelenskyy, the Ukrainian prime minister, who spoke first.', '2025-08-19'), [
      ['title.mismatch', 'prime minister', 'president'],
    ]);
  });

  it('accepts every name a country gives an office, and titles the person holds', () => {
    const right = [
      'Treasury Secretary Scott Bessent and Secretary of the Treasury Scott Bessent spoke.',
      'Vice Chancellor Lars Klingbeil and Vice-Chancellor Lars Klingbeil agreed.',
      'NATO Secretary-General Mark Rutte and NATO Secretary General Mark Rutte met.',
      'Saudi Crown Prince Mohammed bin Salman and Saudi Foreign Minister Prince Faisal bin Farhan met Rubio.',
      'King Charles III hosted Zelenskyy at Sandringham.',
      'Qatar\'s prime minister and foreign minister, Sheikh Mohammed bin Abdulrahman Al Thani, said the terms would hold.',
      'Kremlin spokesman Dmitry Peskov said Moscow would wait. Bundestag President Julia Klöckner opened the session.',
    ];
    for (const text of right) assert.deepEqual(found(text, '2025-08-19'), [], text);
  });

  it('accepts the usual English name where the country\'s own title is the same kind of office', () => {
    const text = 'French Defense Minister Sébastien Lecornu met Qatari Defense Minister Saoud bin Abdulrahman bin Hassan Al Thani, Indian Foreign Minister S. Jaishankar, Irish Prime Minister Micheál Martin and Secretary of War Pete Hegseth.';
    assert.deepEqual(found(text, '2025-10-01'), []);
    assert.deepEqual(found('Defense Minister Pete Hegseth and British Foreign Minister Yvette Cooper spoke.', '2025-10-01'), [
      ['title.mismatch', 'Defense Minister', 'Secretary of Defense'],
      ['title.mismatch', 'Foreign Minister', 'Foreign Secretary'],
    ]);
  });

  it('calls a title given up long ago, and since replaced by another office, a mismatch', () => {
    assert.deepEqual(found('Russian Prime Minister Vladimir Putin spoke.', '2025-10-13'), [['title.mismatch', 'Prime Minister', 'President']]);
  });

  it('never flags what the knowledge base cannot know: an office taken after its check date', () => {
    // Zelenskyy could in principle hold another office by 2026; the knowledge base stops on its check date.
    assert.deepEqual(found('Prime Minister Volodymyr Zelenskyy met reporters.', '2026-06-01'), []);
    // A name the country does not use stays wrong whatever happened since.
    assert.deepEqual(found('Foreign Minister Marco Rubio met reporters.', '2026-06-01'), [['title.mismatch', 'Foreign Minister', 'Secretary of State']]);
  });

  it('does not judge quotations, descriptions or people the knowledge base lacks', () => {
    const text = [
      '"Prime Minister Zelenskyy will decide," Trump said.',
      'Prime Minister Harald Quist of the fictional republic spoke.',
      'The Ukrainian leader Volodymyr Zelenskyy and NATO chief Mark Rutte spoke.',
    ].join('\n\n');
    assert.deepEqual(found(text, '2025-08-19'), []);
  });
});

describe('title.outdated', () => {
  it('flags a title held before the article date, suggesting "former" or the current title', () => {
    const text = 'Chancellor Olaf Scholz told reporters that Berlin would decide with its partners.';
    const [finding] = titleFindings(text, '2025-08-19');
    assert.equal(finding.code, 'title.outdated');
    assert.equal(text.slice(finding.start, finding.end), 'Chancellor Olaf Scholz');
    assert.deepEqual(finding.fixes.map((f) => f.edits[0].newText), ['Former Chancellor Olaf Scholz'], 'no fix puts another person in the copy');
    assert.match(finding.message, /May 6, 2025/);
    assert.match(finding.message, /Friedrich Merz holds the office on Aug\. 19, 2025\./, 'the message may name the holder');
  });

  it('prefers the person\'s new title in the same government', () => {
    assert.deepEqual(found('Foreign Secretary David Lammy met his French counterpart.', '2025-10-13'), [
      ['title.outdated', 'Foreign Secretary David Lammy', 'Deputy Prime Minister David Lammy'],
    ]);
  });

  it('prefers the person\'s title on the article date, in the draft\'s spelling', () => {
    const text = 'In Kyiv, Prime Minister Denys Shmyhal said the armed forces would not lower their guard on defense.';
    assert.deepEqual(found(text, '2025-08-16'), [['title.outdated', 'Prime Minister Denys Shmyhal', 'Defense Minister Denys Shmyhal']]);
  });

  it('puts "former" before the country or organisation', () => {
    const text = 'The report was presented by NATO Secretary-General Jens Stoltenberg.';
    assert.deepEqual(found(text, '2025-06-26'), [
      ['title.outdated', 'NATO Secretary-General Jens Stoltenberg', 'former NATO Secretary-General Jens Stoltenberg'],
    ]);
    // His office on the date, in another country, is the other choice; NATO's secretary-general on
    // the date is named in the message, never put in his place by a fix.
    const [finding] = titleFindings(text, '2025-06-26');
    assert.deepEqual(finding.fixes.map((f) => f.edits[0].newText).slice(1), ['Norwegian Finance Minister Jens Stoltenberg']);
    assert.match(finding.message, /Mark Rutte holds the office on June 26, 2025\./);
  });

  it('leaves titles given with "former", "then-" or "-elect", and titles right on the date, alone', () => {
    const text = [
      'Merz succeeds former Chancellor Olaf Scholz. Then-Chancellor Olaf Scholz had called the vote.',
      'President-elect Donald Trump claimed credit. Secretary of State Antony Blinken said the deal would hold.',
    ];
    assert.deepEqual(found(text[0], '2025-05-07'), []);
    assert.deepEqual(found(text[1], '2025-01-16'), []);
    assert.deepEqual(found('German Chancellor Olaf Scholz and Canadian Prime Minister Justin Trudeau attended.', '2025-03-03'), []);
  });

  it('flags "former" for an office the person holds on the article date and never held before', () => {
    const text = 'Former Chancellor Friedrich Merz spoke. Merz later met former Chancellor Olaf Scholz and former President Donald Trump.';
    assert.deepEqual(found(text, '2025-08-13'), [['title.mismatch', 'Former Chancellor', 'Chancellor']]);
  });

  it('flags for an article dated after the knowledge base\'s check what ended before it', () => {
    assert.deepEqual(found('Chancellor Olaf Scholz spoke.', '2026-03-01').map((f) => f[0]), ['title.outdated']);
  });
});

describe('title.inconsistent', () => {
  it('flags a title standing alone that refers back to someone introduced with another', () => {
    const text = 'Mayor Dana Kowalczyk called the plan vital. "We will pay now," Kowalczyk said.\n\n"Grants will help," the deputy mayor said.';
    assert.deepEqual(found(text, '2025-09-10'), [['title.inconsistent', 'deputy mayor', 'mayor']]);
  });

  it('flags a second, different title for the same person, without any knowledge base', () => {
    const text = 'Chief Executive Ingrid Holm said the cuts were painful.\n\n"We had no choice," said Holm, the company\'s chief financial officer.';
    assert.deepEqual(found(text, '2025-10-28'), [['title.inconsistent', 'chief financial officer', 'chief executive']]);
  });

  it('flags the wrong office for the speaker of the surrounding sentences', () => {
    const text = 'The delegation was led by Defense Minister Rustem Umerov. He said the sides agreed on an exchange. "It will be the largest yet," the foreign minister added.';
    assert.deepEqual(found(text, '2025-05-17'), [['title.inconsistent', 'foreign minister', 'defense minister']]);
  });

  it('does not take another minister for the one a title names: a defence minister is not the draft\'s foreign minister', () => {
    const text = 'Defense Secretary Pete Hegseth met Chinese Foreign Minister Wang Yi on Friday.\n\n'
      + 'Hegseth said the Pentagon would review its posture. "Nothing is off the table," Hegseth said. Later, the defence minister told reporters the review would take weeks.';
    const [finding] = titleFindings(text, '2025-08-01');
    assert.equal(finding?.code, 'title.inconsistent');
    assert.equal(text.slice(finding.start, finding.end), 'defence minister');
    assert.match(finding.message, /Pete Hegseth/);
  });

  it('accepts shorter forms of the same title and titles the person holds', () => {
    const text = [
      'Foreign Minister Andrii Sybiha kept his post. "Our course is unchanged," the minister said.',
      'Secretary of State Marco Rubio spoke first. "We made progress," the secretary said.',
      'Mayor Dana Kowalczyk spoke. "We pay now," the mayor added.',
      'Finnish President Alexander Stubb spoke. "We agree," said Stubb, the Finnish president.',
    ].join('\n\n');
    assert.deepEqual(found(text, '2025-07-18'), []);
  });

  it('does not take a spokesman, an office of some institution, or someone else\'s title for the speaker', () => {
    const text = [
      'Prime Minister Benjamin Netanyahu said Israel would respond. "We will respond," the spokesman said.',
      'Chief Executive Ingrid Holm said the cuts were painful. "We expect a charge," the company\'s chief financial officer said.',
      'Secretary of State Marco Rubio met Sergei Lavrov in Riyadh. "It went well," the foreign minister said.',
      'President Volodymyr Zelenskyy spoke in Kyiv. "We hold," he said. The Ukrainian defense minister said the front was stable.',
    ].join('\n\n');
    assert.deepEqual(found(text, '2025-10-13'), []);
  });

  it('does not take a title of another country for the speaker', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov spoke first. "We are ready," Lavrov said. Ukraine\'s foreign minister said Kyiv was not consulted.';
    assert.deepEqual(found(text, '2025-05-17'), []);
  });
});

describe('title.inconsistent for people the knowledge base does not know (every way a draft gives a title)', () => {
  it('an appositive title, then another in apposition with the surname', () => {
    const text = 'Orla Brannigan, the county hydrologist, said the wells were low.\n\nRain fell twice in May.\n\nBrannigan, the assistant director of the water board, said rationing was likely.';
    assert.deepEqual(found(text, '2025-06-01'), [['title.inconsistent', 'assistant director of the water board', 'county hydrologist']]);
  });

  it('a title before the name, then a rank dropped or added: a deputy chief is not the chief', () => {
    const text = 'Deputy Chief Tobias Renner said two engines were sent.\n\nChief Renner said later that the fire was out.';
    assert.deepEqual(found(text, '2025-06-01'), [['title.inconsistent', 'Chief', 'Deputy Chief']]);
  });

  it('a lower-case or qualified "chief" before a name describes: no second title', () => {
    const text = 'Former Navy Secretary Dale Korver spoke at the forum.\n\nThe ex-Navy chief Korver said ships were old. Navy chief Korver left early.';
    assert.deepEqual(found(text, '2025-06-01'), []);
  });

  it('a title given with a verb ("who is", "became", "was named")', () => {
    assert.deepEqual(found('Ines Farrow, who is finance director, presented the budget.\n\nFarrow, the city\'s planning director, defended the cuts.', '2025-06-01'),
      [['title.inconsistent', 'planning director', 'finance director']]);
    assert.deepEqual(found('Tomas Brevik, who is finance director at the port, said costs had doubled.\n\nBrevik, the harbor master, shrugged.', '2025-06-01'),
      [['title.inconsistent', 'harbor master', 'finance director']]);
    assert.deepEqual(found('Gideon Acre became chief operating officer of the cooperative in 2022.\n\nAcre, the cooperative\'s treasurer, said sales fell.', '2025-06-01'),
      [['title.inconsistent', 'treasurer', 'chief operating officer']]);
    assert.deepEqual(found('Mina Osei was named police chief last spring.\n\nOsei, the deputy police chief, said patrols would double.', '2025-06-01'),
      [['title.inconsistent', 'deputy police chief', 'police chief']]);
  });

  it('a title opening the sentence ("As finance director, Roe …"), with a name or a pronoun after it', () => {
    assert.deepEqual(found('Petra Lund, the school superintendent, spoke first.\n\nAs budget director, Lund has cut two programs.', '2025-06-01'),
      [['title.inconsistent', 'budget director', 'school superintendent']]);
    assert.deepEqual(found('Petra Lund, the school superintendent, spoke first. As budget director, she has cut two programs.', '2025-06-01'),
      [['title.inconsistent', 'budget director', 'school superintendent']]);
  });

  it('in an interview, a question\'s "you" is the person interviewed', () => {
    const text = [
      'Hal Morrow became fire chief of Dunmore in 2021. Morrow spoke with us about the season; Morrow was candid.',
      'Q: What worries you most?', 'A: Dry lightning.',
      'Q: As county sheriff, how do you plan for it?', 'A: With more crews.',
    ].join('\n\n');
    assert.deepEqual(found(text, '2025-06-01'), [['title.inconsistent', 'county sheriff', 'fire chief']]);
  });

  it('stays quiet on one title written several ways, a past title set in its time, and a description', () => {
    const text = [
      'Finance Director Priya Anand presented the budget. Anand, the finance director, took questions.',
      'Jonas Weir, who is deputy mayor, spoke. As city treasurer in 2019, Weir had warned of the gap.',
      'Ada Crane, the harbor pilot, docked the ship. Crane, who was previously deck officer, laughed.',
      'Lena Ostrova, the chief operating officer, spoke. As a former nurse, Ostrova knows the wards.',
      'Ruth Kagame became the ministry\'s budget director in 2023. Kagame, then the trade minister\'s adviser, had drafted the plan.',
    ].join('\n\n');
    assert.deepEqual(found(text, '2025-06-01'), []);
  });
});

describe('a minister who moved portfolios, and titles standing alone in a story about another country', () => {
  it('accepts the old portfolio given with a time marker or in a sentence set in the past', () => {
    const text = [
      'Foreign Secretary Yvette Cooper met her Irish counterpart in Dublin on Tuesday.',
      'Cooper, then the home secretary, had drafted the returns plan.',
      'As home secretary, Cooper had pushed for the change. Cooper, who was home secretary until September, said the talks were hard.',
      'In 2024, as home secretary, she signed the order.',
    ].join('\n\n');
    assert.deepEqual(found(text, '2025-11-20'), []);
  });

  it('takes a title given for the time of an event ("As secretary of state, she …", "became … in 2009") as no claim about the article date', () => {
    const text = 'Democratic nominee Hillary Clinton spoke in Ohio on Monday.\n\nAs secretary of state, Clinton used a private email server. Clinton became secretary of state in 2009.';
    assert.deepEqual(found(text, '2016-07-01'), []);
  });

  it('still flags the old portfolio given as current', () => {
    const text = 'Foreign Secretary Yvette Cooper met her Irish counterpart in Dublin on Tuesday.\n\nHome Secretary Cooper said the talks were hard.';
    assert.deepEqual(found(text, '2025-11-20').map(([code, words]) => [code, words]), [['title.outdated', 'Home Secretary Cooper']]);
  });

  it('takes a bare title standing alone for the office of the country the story is about, not for the last minister named', () => {
    const text = 'ROME — Interior Minister Paolo Ferrante said the border would stay open.\n\nFerrante spoke after a cabinet meeting. The defense minister said troops were on standby.';
    assert.deepEqual(found(text, '2025-11-20'), []);
  });
});

describe('title fixes', () => {
  it('leave no title finding at the fixed place and change nothing else (every corpus draft)', () => {
    // The shared dev corpus sits beside the repository (or beside the worktrees); a clean clone may not have it.
    const dir = [join(ROOT, '..', 'shared', 'corpus'), join(ROOT, '..', '..', 'shared', 'corpus')].find((d) => existsSync(d));
    const drafts = dir ? readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && !/^README/.test(f)) : [];
    const samples: Array<[string, string, 'plaintext' | 'markdown']> = drafts.map((file) => {
      const gold = JSON.parse(readFileSync(join(dir!, file.replace(/\.(md|txt)$/, '.gold.json')), 'utf8')) as { date: string };
      return [readFileSync(join(dir!, file), 'utf8'), gold.date, file.endsWith('.md') ? 'markdown' : 'plaintext'];
    });
    samples.push([SEED, '2025-08-18', 'plaintext']);
    samples.push(['Chancellor Olaf Scholz and Prime Minister Volodymyr Zelenskyy met Foreign Minister Marco Rubio. "Fine," the foreign minister said.', '2025-08-19', 'plaintext']);
    let fixes = 0;
    for (const [text, date, language] of samples) {
      for (const finding of titleFindings(text, date, language)) {
        for (const fix of finding.fixes) {
          const fixed = applyEdits(text, fix.edits);
          const edit = fix.edits[0];
          const shift = edit.newText.length - (edit.end - edit.start);
          // Nothing outside the edit changed.
          assert.equal(fixed.slice(0, edit.start), text.slice(0, edit.start));
          assert.equal(fixed.slice(edit.start + edit.newText.length), text.slice(edit.end));
          // No title finding left where the fix wrote.
          const left = titleFindings(fixed, date, language).filter((f) => f.start < edit.start + edit.newText.length && f.end > edit.start);
          assert.deepEqual(left.map((f) => [f.code, fixed.slice(f.start, f.end)]), [], `${fix.title} in ${text.slice(0, 40)}`);
          // No title was flagged anywhere a title was not flagged before (shifted by the edit).
          const before = titleFindings(text, date, language).filter((f) => f.start !== finding.start).map((f) => (f.start >= edit.end ? f.start + shift : f.start));
          for (const f of titleFindings(fixed, date, language)) assert.ok(before.includes(f.start), `${fix.title}: new finding ${f.code} "${fixed.slice(f.start, f.end)}"`);
          fixes++;
        }
      }
    }
    assert.ok(fixes >= (drafts.length ? 20 : 4), `${fixes} fixes tried`);
  });

  it('are off with their checks', () => {
    const settings = { checks: Object.fromEntries(TITLE_CHECKS.map((id) => [id, 'off'])) as Record<string, 'off'> };
    assert.deepEqual(analyze(SEED, { articleDate: '2025-08-18', settings }).filter((f) => f.code.startsWith('title.')), []);
  });
});

describe('title.capitalization (AP style, off by default)', () => {
  const on = { checks: { 'title.capitalization': 'warning' as const } };
  function capitalization(text: string): Array<[string, string]> {
    return analyze(text, { articleDate: '2025-02-19', settings: on })
      .filter((f) => f.code === 'title.capitalization')
      .map((f) => [text.slice(f.start, f.end), f.fixes[0].edits[0].newText]);
  }

  it('is off by default', () => {
    assert.deepEqual(analyze('Rubio, the Secretary of State, said so.').filter((f) => f.code === 'title.capitalization'), []);
  });

  it('capitalises a formal title directly before a name and lowercases it elsewhere', () => {
    const text = 'Russian foreign minister Sergei Lavrov met Rubio. Rubio, the Secretary of State, said the talks went well.';
    assert.deepEqual(capitalization(text), [
      ['foreign minister', 'Foreign Minister'],
      ['Secretary of State', 'secretary of state'],
    ]);
    assert.deepEqual(capitalization('Lavrov spoke first. The Foreign Minister said little.'), [['Foreign Minister', 'foreign minister']]);
  });

  it('leaves job descriptions, titles set off by commas and quotations alone', () => {
    const text = 'Secretary of State Marco Rubio, national security adviser Mike Waltz and special envoy Steve Witkoff met Kremlin spokesman Dmitry Peskov. Qatar\'s prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said "Foreign minister Lavrov agreed."';
    assert.deepEqual(capitalization(text), []);
  });
});

describe('title hover (core)', () => {
  it('names whose title it is and their offices on the article date', () => {
    const text = 'WASHINGTON — Prime Minister Volodymyr Zelenskyy met Trump.';
    const context = createContext(new DraftDocument(text, 'plaintext'), { articleDate: '2025-08-19' });
    const cards = hoverAt(context, text.indexOf('Minister'));
    const card = cards.find((c) => /\*\*Title\*\*/.test(c.markdown))!;
    assert.equal(text.slice(card.start, card.end), 'Prime Minister');
    assert.match(card.markdown, /the title of \*\*Volodymyr Zelenskyy\*\* \(written before the name\)/);
    assert.match(card.markdown, /Offices on Aug\. 19, 2025, the article date: President \(Ukraine\), since May 20, 2019/);
    assert.match(card.markdown, /\*\*title\.mismatch\*\*/);
    assert.deepEqual(hoverAt(context, text.indexOf('met')).filter((c) => /\*\*Title\*\*/.test(c.markdown)), []);
  });
});

describe('titles a journalist can trust (who the draft means)', () => {
  // Class 2: someone else with the same surname.
  it('takes a title and surname tied to the past for a namesake, not for the known person of that surname', () => {
    assert.deepEqual(found('The archive holds the memo behind President Johnson’s decision in 1965. Britain’s Boris Johnson visited it.', '2020-01-10'), []);
    assert.deepEqual(found('The library reopened. President Johnson’s war budget of 1966 was on show.', '2020-01-10'), []);
  });

  it('still checks a known person’s title on a bare surname when nothing points to a namesake', () => {
    assert.deepEqual(found('Prime Minister Zelenskyy met troops near the front.', '2025-03-01').map((f) => f[0]), ['title.mismatch']);
  });

  it('reads an office built on a rank as an office ("Attorney General" is no general)', () => {
    const text = 'Attorney General Pam Rivers spoke. Rivers, the secretary of state, said more.';
    assert.deepEqual(found(text, '2025-03-01').map((f) => [f[0], f[1]]), [['title.inconsistent', 'secretary of state']]);
  });

  it('keeps a relative apart: a first lady and the president who shares her surname', () => {
    assert.deepEqual(found('First lady Jill Biden visited a school in Ohio. President Biden spoke in Washington later.', '2021-03-01'), []);
    assert.deepEqual(found('The president and the first lady, Melania Trump, greeted guests. President Trump then left.', '2025-03-01'), []);
  });

  it('gives a titled surname to the namesake whose title fits, or to no one', () => {
    const text = 'Former Senator Hal Brandt and his daughter, Mayor Lena Brandt, spoke. Mayor Brandt said the bridge would open. Senator Brandt agreed.';
    assert.deepEqual(found(text, '2025-03-01'), []);
  });

  // Class 5: ranks, courtesy titles and descriptions are not a second title.
  const beside = [
    'Maj. Gen. Ana Ruiz, a campaign adviser, spoke. Ruiz, the campaign’s security director, said more.',
    'Sen. Mara Cole, the committee chairman, spoke. "We will vote," the senator said.',
    'Gov. Tom Hale spoke on Monday. Hale said the state was ready. "We are," the governor added.',
    'Gen. Eli Park, the head of the regional command, arrived. General Park inspected the base.',
    'Justice Rosa Ibarra, the longest-serving member of the court, dissented.',
    'Speaker Nadia Lund, the convention chair, opened the session.',
  ];
  for (const text of beside) it(`reads one person, not two titles: ${text.slice(0, 48)}…`, () => assert.deepEqual(found(text, '2025-03-01'), []));

  it('reads a title followed by "for" or "of" and a name as someone else’s ("a spokesman for Lund")', () => {
    assert.deepEqual(found('Mayor Nadia Lund spoke. Piet Vos, a spokesman for Lund, said the mayor was tired. Vos, chief executive of Harbor Trust, agreed.', '2025-03-01'), []);
  });

  it('does not take an organisation named after an office for a title ("the Center for Justice")', () => {
    assert.deepEqual(found('Appeals Court Judge Ilse Marr lost. The Hale Center for Justice noted that spending rose.', '2025-03-01'), []);
  });

  it('stops a title at the next person’s name in a list', () => {
    assert.deepEqual(found('The panel included State Treasurer Kim Oduya, Secretary of State Ray Lenz and Mayor Jo Pratt.', '2025-03-01'), []);
  });

  // Class 6: future and hypothetical framing.
  const hypothetical = [
    'Voters asked what a President Tom Ramos would change.',
    'If elected, Governor Tom Ramos would cut taxes, his ads say.',
    'Ramos hopes to be the next president of the country. Tom Ramos spoke.',
    'Analysts weighed what a future Chancellor Friedrich Merz would do.',
    'Merz, the would-be chancellor, spoke.',
  ];
  for (const text of hypothetical) it(`claims no office on the date: ${text.slice(0, 48)}…`, () => assert.deepEqual(found(text, '2025-03-01'), []));

  it('still flags a title a known person takes only after the date, said plainly', () => {
    assert.deepEqual(found('Chancellor Friedrich Merz met the press.', '2025-03-01').map((f) => f[0]), ['title.mismatch']);
  });

  it('before the knowledge base’s first day confirms titles but never contradicts them', () => {
    assert.deepEqual(found('It is time to start worrying about President Donald Trump.', '2016-02-28'), []);
    assert.deepEqual(found('Prime Minister Friedrich Merz spoke.', '2016-02-28'), []);
  });

  // A title standing alone that only recency ties to someone.
  it('takes a title standing alone for someone new unless nothing else could be meant', () => {
    assert.deepEqual(found('The attack killed Ambassador Lars Holm. The account of the station chief adds a new voice.', '2025-03-01'), []);
    assert.deepEqual(found('Sen. Ada Cruz said Lin Wei had failed. Nothing the president said "will help," she added.', '2025-03-01'), []);
  });

  it('flags a title standing alone that credits a quotation going on from the person’s own', () => {
    const text = 'Defense Minister Ana Morel spoke in Lyon. "We agreed," Morel told reporters. "Talks go on," the foreign minister added.';
    assert.deepEqual(found(text, '2025-03-01').map((f) => [f[0], f[1]]), [['title.inconsistent', 'foreign minister']]);
  });

  it('flags two job titles given one person in apposition, whatever the job', () => {
    const text = 'Solveig Aune, the purser, checks tickets. Aune, the deck officer, says the crew is tired.';
    assert.deepEqual(found(text, '2025-03-01').map((f) => [f[0], f[1]]), [['title.inconsistent', 'deck officer']]);
  });

  it('names the office a country gives two kinds one title ("Prime Minister" for the Swiss president)', () => {
    assert.deepEqual(found('Prime Minister Karin Keller-Sutter spoke in Bern.', '2025-08-08').map((f) => [f[0], f[1]]), [['title.mismatch', 'Prime Minister']]);
  });
});

describe('titles split by a line break (a single line break inside a paragraph is a space)', () => {
  const forms: Array<[string, string, string]> = [
    ['before the name, between title words', 'In Kyiv, Prime\nMinister Denys Shmyhal said the army was ready.', 'title.outdated'],
    ['before the name, between title and name', 'In Kyiv, Prime Minister\nDenys Shmyhal said the army was ready.', 'title.outdated'],
    ['before the name, inside the name', 'In Kyiv, Prime Minister Denys\nShmyhal said the army was ready.', 'title.outdated'],
    ['after the name', 'Marco Rubio, the US\nforeign minister, spoke in Anchorage.', 'title.mismatch'],
    ['after the name, after the comma', 'Marco Rubio,\nthe US foreign minister, spoke in Anchorage.', 'title.mismatch'],
    ['set off before the name', 'The US foreign minister,\nMarco Rubio, spoke in Anchorage.', 'title.mismatch'],
    ['standing alone', 'Egyptian Foreign Minister Badr Abdelatty spoke. "We will hold," Abdelatty told reporters. "Everyone knows," the intelligence\nchief added.', 'title.inconsistent'],
  ];
  for (const [form, text, code] of forms) {
    for (const [language, draft] of [['plain text', text], ['Markdown', text], ['plain text with CRLF', text.replace(/\n/g, '\r\n')], ['Markdown with a hard break', text.replace(/\n/, '  \n')]] as const) {
      it(`${form}, ${language}`, () => {
        const findings = titleFindings(draft, '2025-08-16', language.startsWith('Markdown') ? 'markdown' : 'plaintext');
        assert.deepEqual(findings.map((f) => f.code), [code]);
        // The message shows the title on one line.
        assert.ok(!/[\r\n]/.test(findings[0].message));
      });
    }
  }
});
