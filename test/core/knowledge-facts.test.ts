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
