// A sample of facts from the knowledge base checked against values written here, from the public
// record: who held which office, from when, and on given dates. A wrong fact is a bug.
import { strict as assert } from 'node:assert';
import { builtinKnowledge } from '../../server/src/core/knowledge';

const kb = builtinKnowledge();

function offices(id: string, date: string): string[] {
  const person = kb.person(id);
  assert.ok(person, `${id} is in the knowledge base`);
  return kb.rolesOn(person, date).map((role) => `${role.office} ${role.of}`).sort();
}

function start(id: string, office: string, of: string): string | undefined {
  return kb.person(id)?.roles.find((role) => role.office === office && role.of === of)?.start;
}

describe('knowledge-base facts (a sample)', () => {
  it('has the dates people took office', () => {
    assert.equal(start('volodymyr-zelenskyy', 'head-of-state', 'UA'), '2019-05-20');
    assert.equal(start('marco-rubio', 'foreign-minister', 'US'), '2025-01-21');
    assert.equal(start('antony-blinken', 'foreign-minister', 'US'), '2021-01-26');
    assert.equal(start('olaf-scholz', 'head-of-government', 'DE'), '2021-12-08');
    assert.equal(start('friedrich-merz', 'head-of-government', 'DE'), '2025-05-06');
    assert.equal(start('mark-rutte', 'secretary-general', 'nato'), '2024-10-01');
    assert.equal(start('jens-stoltenberg', 'secretary-general', 'nato'), '2014-10-01');
    assert.equal(start('ursula-von-der-leyen', 'commission-president', 'european-commission'), '2019-12-01');
    assert.equal(start('antonio-costa', 'council-president', 'european-council'), '2024-12-01');
    assert.equal(start('keir-starmer', 'head-of-government', 'GB'), '2024-07-05');
    assert.equal(start('emmanuel-macron', 'head-of-state', 'FR'), '2017-05-14');
    assert.equal(start('sergey-lavrov', 'foreign-minister', 'RU'), '2004-03-09');
    assert.equal(start('yulia-svyrydenko', 'head-of-government', 'UA'), '2025-07-17');
    assert.equal(start('andrii-sybiha', 'foreign-minister', 'UA'), '2024-09-05');
  });

  it('records a holder of each office in its declared scope on every date since its first day', () => {
    const holders = (office: string, of: string, date: string) => kb.people.filter((p) => kb.rolesOn(p, date).some((r) => r.office === office && r.of === of)).map((p) => p.id).sort();
    // Defence ministers of Iraq, Kazakhstan, Syria, Armenia, Azerbaijan, Jordan; Lebanon's after 2021.
    assert.deepEqual(holders('defence-minister', 'IQ', '2021-01-01'), ['juma-inad']);
    assert.deepEqual(holders('defence-minister', 'IQ', '2025-11-30'), ['thabet-al-abbasi']);
    assert.deepEqual(holders('defence-minister', 'KZ', '2019-06-01'), ['nurlan-yermekbayev']);
    assert.deepEqual(holders('defence-minister', 'KZ', '2023-06-01'), ['ruslan-zhaksylykov']);
    assert.deepEqual(holders('defence-minister', 'KZ', '2025-11-30'), ['dauren-kosanov']);
    assert.deepEqual(holders('defence-minister', 'SY', '2020-01-01'), ['ali-abdullah-ayoub']);
    assert.deepEqual(holders('defence-minister', 'SY', '2023-01-01'), ['ali-mahmoud-abbas']);
    assert.deepEqual(holders('defence-minister', 'SY', '2025-06-01'), ['murhaf-abu-qasra']);
    assert.deepEqual(holders('defence-minister', 'AM', '2020-01-01'), ['davit-tonoyan']);
    assert.deepEqual(holders('defence-minister', 'AM', '2024-01-01'), ['suren-papikyan']);
    assert.deepEqual(holders('defence-minister', 'AZ', '2022-01-01'), ['zakir-hasanov']);
    assert.deepEqual(holders('defence-minister', 'JO', '2022-01-01'), ['bisher-al-khasawneh']);
    assert.deepEqual(holders('defence-minister', 'JO', '2025-01-01'), ['jafar-hassan']);
    assert.deepEqual(holders('defence-minister', 'LB', '2023-01-01'), ['maurice-slim']);
    assert.deepEqual(holders('defence-minister', 'LB', '2025-06-01'), ['michel-menassa']);
    // Iran's first vice president; the US Speaker of the House; Kaczyński's 2023 deputy premiership.
    assert.deepEqual(holders('vice-president', 'IR', '2025-01-01'), ['mohammad-reza-aref']);
    assert.deepEqual(holders('parliament-president', 'US', '2020-01-01'), ['nancy-pelosi']);
    assert.deepEqual(holders('parliament-president', 'US', '2023-05-01'), ['kevin-mccarthy']);
    assert.deepEqual(holders('parliament-president', 'US', '2025-11-30'), ['mike-johnson']);
    assert.ok(offices('jaroslaw-kaczynski', '2023-09-01').includes('deputy-head-of-government PL'));
    assert.deepEqual(offices('jaroslaw-kaczynski', '2023-12-01'), []);
    assert.deepEqual(offices('mariusz-blaszczak', '2023-09-01'), ['defence-minister PL']);
  });

  it('dates a role from the day the person took office (sworn in, or the appointment took effect)', () => {
    // Jafar Hassan was named on 15 September 2024 and sworn in with his cabinet on the 18th.
    assert.equal(start('jafar-hassan', 'head-of-government', 'JO'), '2024-09-18');
    assert.deepEqual(offices('bisher-al-khasawneh', '2024-09-16'), ['defence-minister JO', 'head-of-government JO']);
  });

  it('knows who held which office on a given date', () => {
    assert.deepEqual(offices('olaf-scholz', '2025-03-01'), ['head-of-government DE']);
    assert.deepEqual(offices('olaf-scholz', '2025-06-01'), []);
    assert.deepEqual(offices('antony-blinken', '2025-01-16'), ['foreign-minister US']);
    assert.deepEqual(offices('antony-blinken', '2025-02-18'), []);
    assert.ok(offices('denys-shmyhal', '2024-01-01').includes('head-of-government UA'));
    assert.deepEqual(offices('denys-shmyhal', '2025-08-01'), ['defence-minister UA']);
    assert.ok(offices('rustem-umerov', '2025-05-16').includes('defence-minister UA'));
    assert.deepEqual(offices('mark-rutte', '2025-06-25'), ['secretary-general nato']);
    assert.deepEqual(offices('dmytro-kuleba', '2025-03-11'), []);
    assert.deepEqual(offices('donald-trump', '2023-01-01'), []);
    assert.deepEqual(offices('donald-trump', '2025-08-15'), ['head-of-government US', 'head-of-state US']);
  });

  it('styles offices as each country names them', () => {
    assert.equal(kb.officeTitle('foreign-minister', 'US'), 'Secretary of State');
    assert.equal(kb.officeTitle('head-of-government', 'DE'), 'Chancellor');
  });
});
