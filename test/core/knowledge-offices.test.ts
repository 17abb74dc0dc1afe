// Each family of offices the knowledge base covers beyond heads of state and government, foreign
// and defence ministers: a wrong title and an outdated one are caught, the right one is not
// flagged. The sentences are ours; the facts are the knowledge base's, from its cited sources.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { CHECKS } from '../../server/src/core/checks';
import { builtinKnowledge } from '../../server/src/core/knowledge';

const TITLES_ONLY = { checks: Object.fromEntries(CHECKS.filter((c) => !c.id.startsWith('title.')).map((c) => [c.id, 'off' as const])) };

/** [code, flagged words] for each title finding. */
function found(text: string, date: string): Array<[string, string]> {
  return analyze(text, { articleDate: date, language: 'plaintext', settings: TITLES_ONLY }).map((f) => [f.code, text.slice(f.start, f.end)]);
}

const kb = builtinKnowledge();
const holders = (office: string, of: string, date: string) => kb.people.filter((p) => kb.rolesOn(p, date).some((r) => r.office === office && r.of === of)).map((p) => p.id).sort();

interface Family {
  name: string;
  date: string;
  right: string;
  wrong: string;
  wrongTitle: string;
  outdated: string;
  outdatedTitle: string;
}

const FAMILIES: Family[] = [
  {
    name: "Australia's treasurer",
    date: '2025-06-10',
    right: 'Treasurer Jim Chalmers will table the budget on Tuesday night.',
    wrong: 'Treasurer Penny Wong will table the budget on Tuesday night.',
    wrongTitle: 'Treasurer',
    outdated: 'Treasurer Josh Frydenberg will table the budget on Tuesday night.',
    outdatedTitle: 'Treasurer Josh Frydenberg',
  },
  {
    name: "Japan's chief cabinet secretary",
    date: '2025-11-25',
    right: 'Chief Cabinet Secretary Minoru Kihara told a news conference in Tokyo that talks would continue.',
    wrong: 'Chief Cabinet Secretary Satsuki Katayama told a news conference in Tokyo that talks would continue.',
    wrongTitle: 'Chief Cabinet Secretary',
    outdated: 'Chief Cabinet Secretary Yoshimasa Hayashi told a news conference in Tokyo that talks would continue.',
    outdatedTitle: 'Chief Cabinet Secretary Yoshimasa Hayashi',
  },
  {
    name: "the UK's health secretary",
    date: '2025-03-10',
    right: 'Health Secretary Wes Streeting said hospital waiting lists had fallen for a third month.',
    wrong: 'Health Secretary Yvette Cooper said hospital waiting lists had fallen for a third month.',
    wrongTitle: 'Health Secretary',
    outdated: 'Health Secretary Victoria Atkins said hospital waiting lists had fallen for a third month.',
    outdatedTitle: 'Health Secretary Victoria Atkins',
  },
  {
    name: 'the US agriculture secretary',
    date: '2025-04-02',
    right: 'Agriculture Secretary Brooke Rollins toured a dairy farm outside Madison.',
    wrong: 'Agriculture Secretary Scott Bessent toured a dairy farm outside Madison.',
    wrongTitle: 'Agriculture Secretary',
    outdated: 'Agriculture Secretary Tom Vilsack toured a dairy farm outside Madison.',
    outdatedTitle: 'Agriculture Secretary Tom Vilsack',
  },
  {
    name: "Wales's first minister",
    date: '2025-04-02',
    right: 'First Minister Eluned Morgan opened the debate in the Senedd.',
    wrong: 'First Minister Vaughan Gething opened the debate in the Senedd.',
    wrongTitle: 'First Minister Vaughan Gething',
    outdated: 'First Minister Mark Drakeford opened the debate in the Senedd.',
    outdatedTitle: 'First Minister Mark Drakeford',
  },
  {
    name: "Scotland's first minister",
    date: '2025-04-02',
    right: 'Scottish First Minister John Swinney set out his programme at Holyrood.',
    wrong: 'Scottish First Minister Humza Yousaf set out his programme at Holyrood.',
    wrongTitle: 'Scottish First Minister Humza Yousaf',
    outdated: 'Scottish First Minister Nicola Sturgeon set out her programme at Holyrood.',
    outdatedTitle: 'Scottish First Minister Nicola Sturgeon',
  },
  {
    name: "Chicago's mayor",
    date: '2025-04-02',
    right: 'Mayor Brandon Johnson said the city budget was balanced.',
    wrong: 'Mayor Lori Lightfoot said the city budget was balanced.',
    wrongTitle: 'Mayor Lori Lightfoot',
    outdated: 'Mayor Lori Lightfoot said the city budget was balanced.',
    outdatedTitle: 'Mayor Lori Lightfoot',
  },
  {
    name: 'the US interior secretary',
    date: '2025-03-18',
    right: 'Interior Secretary Doug Burgum toured an oil field in North Dakota.',
    wrong: 'Interior Secretary Kristi Noem toured an oil field in North Dakota.',
    wrongTitle: 'Interior Secretary',
    outdated: 'Interior Secretary Deb Haaland toured an oil field in North Dakota.',
    outdatedTitle: 'Interior Secretary Deb Haaland',
  },
  {
    name: 'the US health and human services secretary',
    date: '2025-05-20',
    right: 'Health and Human Services Secretary Robert F. Kennedy Jr. announced a review of food dyes.',
    wrong: 'HHS Secretary Chris Wright announced a review of food dyes.',
    wrongTitle: 'HHS Secretary',
    outdated: 'Health Secretary Xavier Becerra announced a review of food dyes.',
    outdatedTitle: 'Health Secretary Xavier Becerra',
  },
  {
    name: 'the US homeland security secretary',
    date: '2025-03-18',
    right: 'Homeland Security Secretary Kristi Noem visited the border at El Paso.',
    wrong: 'Homeland Security Secretary Doug Burgum visited the border at El Paso.',
    wrongTitle: 'Homeland Security Secretary',
    outdated: 'Homeland Security Secretary Alejandro Mayorkas visited the border at El Paso.',
    outdatedTitle: 'Homeland Security Secretary Alejandro Mayorkas',
  },
  {
    name: 'the US transportation secretary',
    date: '2025-03-18',
    right: 'Transportation Secretary Sean Duffy said air traffic control would be rebuilt.',
    wrong: 'Transportation Secretary Linda McMahon said air traffic control would be rebuilt.',
    wrongTitle: 'Transportation Secretary',
    outdated: 'Transportation Secretary Pete Buttigieg said air traffic control would be rebuilt.',
    outdatedTitle: 'Transportation Secretary Pete Buttigieg',
  },
  {
    name: 'the US energy secretary',
    date: '2025-03-18',
    right: 'Energy Secretary Chris Wright spoke at an industry conference in Houston.',
    wrong: 'Energy Secretary Sean Duffy spoke at an industry conference in Houston.',
    wrongTitle: 'Energy Secretary',
    outdated: 'Energy Secretary Jennifer Granholm spoke at an industry conference in Houston.',
    outdatedTitle: 'Energy Secretary Jennifer Granholm',
  },
  {
    name: 'the US education secretary',
    date: '2025-04-01',
    right: 'Education Secretary Linda McMahon announced cuts to the department.',
    wrong: 'Education Secretary Brooke Rollins announced cuts to the department.',
    wrongTitle: 'Education Secretary',
    outdated: 'Education Secretary Miguel Cardona announced cuts to the department.',
    outdatedTitle: 'Education Secretary Miguel Cardona',
  },
  {
    name: 'the US commerce secretary',
    date: '2025-04-01',
    right: 'Commerce Secretary Howard Lutnick defended the tariffs on television.',
    wrong: 'Commerce Secretary Scott Bessent defended the tariffs on television.',
    wrongTitle: 'Commerce Secretary',
    outdated: 'Commerce Secretary Gina Raimondo defended the tariffs on television.',
    outdatedTitle: 'Commerce Secretary Gina Raimondo',
  },
  {
    name: 'the US veterans affairs secretary',
    date: '2025-04-01',
    right: 'Veterans Affairs Secretary Doug Collins announced job cuts at the department.',
    wrong: 'Veterans Affairs Secretary Scott Turner announced job cuts at the department.',
    wrongTitle: 'Veterans Affairs Secretary',
    outdated: 'Veterans Affairs Secretary Denis McDonough announced job cuts at the department.',
    outdatedTitle: 'Veterans Affairs Secretary Denis McDonough',
  },
  {
    name: "France's interior minister",
    date: '2025-11-20',
    right: 'Interior Minister Laurent Nuñez said more officers would patrol Paris.',
    wrong: 'Interior Minister Roland Lescure said more officers would patrol Paris.',
    wrongTitle: 'Interior Minister',
    outdated: 'Interior Minister Bruno Retailleau said more officers would patrol Paris.',
    outdatedTitle: 'Interior Minister Bruno Retailleau',
  },
  {
    name: "France's finance minister",
    date: '2025-11-20',
    right: 'Finance Minister Roland Lescure presented the budget to the National Assembly.',
    wrong: 'Finance Minister Laurent Nuñez presented the budget to the National Assembly.',
    wrongTitle: 'Finance Minister',
    outdated: 'Finance Minister Éric Lombard presented the budget to the National Assembly.',
    outdatedTitle: 'Finance Minister Éric Lombard',
  },
  {
    name: "the UK's justice secretary",
    date: '2025-03-10',
    right: 'Justice Secretary Shabana Mahmood announced the early release of some prisoners.',
    wrong: 'Justice Secretary Wes Streeting announced the early release of some prisoners.',
    wrongTitle: 'Justice Secretary',
    outdated: 'Justice Secretary Alex Chalk announced the early release of some prisoners.',
    outdatedTitle: 'Justice Secretary Alex Chalk',
  },
  {
    name: 'the US director of national intelligence',
    date: '2025-04-01',
    right: 'Director of National Intelligence Tulsi Gabbard briefed the Senate committee.',
    wrong: 'Director of National Intelligence Kristi Noem briefed the Senate committee.',
    wrongTitle: 'Director of National Intelligence',
    outdated: 'Director of National Intelligence Avril Haines briefed the Senate committee.',
    outdatedTitle: 'Director of National Intelligence Avril Haines',
  },
];

describe('knowledge base: offices beyond heads of government, foreign and defence ministers', () => {
  for (const family of FAMILIES) {
    describe(family.name, () => {
      it('does not flag the holder\'s right title', () => {
        assert.deepEqual(found(family.right, family.date), []);
      });
      it('flags the title given to someone who does not hold the office', () => {
        const [finding] = found(family.wrong, family.date);
        assert.ok(finding, family.wrong);
        assert.ok(['title.mismatch', 'title.outdated'].includes(finding[0]), finding[0]);
        assert.equal(finding[1], family.wrongTitle);
      });
      it('flags the title of a former holder', () => {
        assert.deepEqual(found(family.outdated, family.date), [['title.outdated', family.outdatedTitle]]);
      });
    });
  }

  it('knows the office was held by the right person on dates in its record', () => {
    assert.deepEqual(holders('health-minister', 'GB', '2022-08-01'), ['steve-barclay']);
    assert.deepEqual(holders('health-minister', 'GB', '2022-10-01'), ['therese-coffey']);
    assert.deepEqual(holders('health-minister', 'GB', '2024-01-15'), ['victoria-atkins']);
    assert.deepEqual(holders('agriculture-minister', 'US', '2020-06-01'), ['sonny-perdue']);
    assert.deepEqual(holders('agriculture-minister', 'US', '2021-02-01'), [], 'an acting secretary the knowledge base does not record');
    assert.deepEqual(holders('agriculture-minister', 'US', '2023-06-01'), ['tom-vilsack']);
    assert.deepEqual(holders('first-minister', 'wales', '2024-05-01'), ['vaughan-gething']);
    assert.deepEqual(holders('first-minister', 'scotland', '2023-06-01'), ['humza-yousaf']);
    assert.deepEqual(holders('first-minister', 'northern-ireland', '2023-06-01'), [], 'the office stood vacant');
    assert.deepEqual(holders('first-minister', 'northern-ireland', '2025-06-01'), ['michelle-oneill']);
    assert.deepEqual(holders('mayor', 'chicago', '2021-06-01'), ['lori-lightfoot']);
    assert.deepEqual(holders('mayor', 'new-york', '2023-06-01'), ['eric-adams']);
    assert.deepEqual(holders('mayor', 'new-york', '2020-06-01'), ['bill-de-blasio']);
    assert.deepEqual(holders('mayor', 'los-angeles', '2020-06-01'), ['eric-garcetti']);
    assert.deepEqual(holders('mayor', 'los-angeles', '2022-12-11'), ['eric-garcetti'], 'her term began the next day');
    assert.deepEqual(holders('mayor', 'los-angeles', '2023-06-01'), ['karen-bass']);
    assert.deepEqual(holders('transport-minister', 'US', '2020-06-01'), ['elaine-chao']);
    assert.deepEqual(holders('transport-minister', 'US', '2021-01-15'), [], 'an acting secretary after Chao resigned');
    assert.deepEqual(holders('natural-resources-minister', 'US', '2025-01-31'), ['doug-burgum']);
    assert.deepEqual(holders('finance-minister', 'FR', '2025-06-01'), ['eric-lombard']);
    assert.deepEqual(holders('finance-minister', 'FR', '2025-10-08'), ['roland-lescure']);
    assert.deepEqual(holders('interior-minister', 'FR', '2025-01-01'), ['bruno-retailleau']);
    assert.deepEqual(holders('justice-minister', 'GB', '2022-01-10'), ['dominic-raab']);
    assert.deepEqual(holders('justice-minister', 'GB', '2025-10-10'), ['david-lammy']);
  });

  it('leaves a devolved minister\'s unqualified title alone: "Health Minister" in Cardiff is not the UK post', () => {
    // Vaughan Gething was Wales's health minister in 2020; the knowledge base records his first
    // ministership only, and must not read the title as the UK health secretary's.
    assert.deepEqual(found('Health Minister Vaughan Gething said Welsh hospitals were ready.', '2020-04-02'), []);
    assert.deepEqual(found('Finance Secretary Mark Drakeford presented the Welsh budget.', '2025-01-20'), []);
    assert.deepEqual(found('Deputy First Minister Michelle O\'Neill met the taoiseach in Dublin.', '2021-03-10'), []);
  });

  it('takes a former holder\'s title as right for an event the sentence dates to their time in office', () => {
    assert.deepEqual(found('The plant opened in 2023, when Energy Secretary Jennifer Granholm cut the ribbon.', '2025-06-01'), []);
    assert.deepEqual(found('In 2022, Mayor Lori Lightfoot signed the budget.', '2025-06-01'), []);
    // A year outside the tenure does not excuse the title.
    assert.deepEqual(found('In 2020, Energy Secretary Jennifer Granholm said the grid was ready.', '2025-06-01').map((f) => f[0]), ['title.outdated']);
  });

  it('does not take a bare "President Kennedy" for the health secretary', () => {
    assert.deepEqual(found('The assassination of President Kennedy still shapes the files released on Tuesday.', '2025-03-18'), []);
    assert.deepEqual(found('President John F. Kennedy was killed in Dallas; his nephew Robert F. Kennedy Jr. is health secretary.', '2025-03-18'), []);
  });

  it('does not read a US department\'s name as another country\'s office: the interior secretary is not an interior minister', () => {
    assert.deepEqual(found('Interior Minister Doug Burgum toured an oil field.', '2025-03-18'), []);
  });

  it('does not flag a mayor\'s earlier title or a namesake in another city', () => {
    assert.deepEqual(found('South Bend Mayor Pete Buttigieg said he would run for president.', '2019-06-18'), []);
    assert.deepEqual(found('Mayor Eric Adams said the subway was safe.', '2024-03-01'), []);
    assert.deepEqual(found('Mayor Bill de Blasio said the subway was safe.', '2024-03-01').map((f) => f[0]), ['title.outdated']);
  });

  it('does not take a namesake in another office for the mayor', () => {
    assert.deepEqual(found('House Speaker Mike Johnson said the bill would pass.', '2025-04-02'), []);
  });

  it('writes "former" before a place the title names and reads a department\'s name joined by "and"', () => {
    const fixOf = (text: string, date: string) => {
      const finding = analyze(text, { articleDate: date, language: 'plaintext', settings: TITLES_ONLY }).find((f) => f.code === 'title.outdated');
      assert.ok(finding, text);
      const edit = finding.fixes[0].edits[0];
      return [text.slice(finding.start, finding.end), text.slice(0, edit.start) + edit.newText + text.slice(edit.end)];
    };
    assert.deepEqual(fixOf('Chicago Mayor Lori Lightfoot said the budget was balanced.', '2025-06-01'),
      ['Chicago Mayor Lori Lightfoot', 'Former Chicago Mayor Lori Lightfoot said the budget was balanced.']);
    assert.deepEqual(fixOf('On Monday, Health and Human Services Secretary Xavier Becerra announced a review.', '2025-06-01'),
      ['Health and Human Services Secretary Xavier Becerra', 'On Monday, former Health and Human Services Secretary Xavier Becerra announced a review.']);
    // Two titles joined by "and" are still two titles.
    assert.deepEqual(found('Prime Minister and Foreign Minister Mohammed bin Abdulrahman Al Thani met the envoy.', '2025-06-01'), []);
  });
});
