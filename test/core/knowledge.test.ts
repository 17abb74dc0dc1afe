import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinKnowledge } from '../../server/src/core/knowledge';
import { BUILTIN_FILE_NAMES } from '../../server/src/core/knowledge/builtin';
import { ROOT } from '../support/fixtures';

describe('built-in knowledge base', function () {
  this.timeout(30_000);

  it('validates every entry against knowledge.schema.json and the cross-file rules', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'server', 'scripts', 'check-knowledge.mjs')], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  describe('check-knowledge: spellings that are ordinary words or other entries\' names', () => {
    // A small knowledge base of our own: a person whose variant is an ordinary word, a city whose
    // alias is another entry's name.
    const people = (contextual?: string[]) => [
      { id: 'tor-bakke', name: 'Tor Bäkke', surname: 'Bäkke', variants: ['Bakke', 'Bake'], ...(contextual ? { contextual } : {}), pronouns: 'he', description: 'A person for this test only', roles: [], source: 'https://example.org/tor' },
      { id: 'ada-bake', name: 'Ada Bake', surname: 'Bake', pronouns: 'she', description: 'Another person for this test only', roles: [], source: 'https://example.org/ada' },
    ];
    const run = (entries: unknown[]) => {
      const dir = mkdtempSync(join(tmpdir(), 'copydesk-kb-'));
      try {
        mkdirSync(join(dir, 'people'));
        writeFileSync(join(dir, 'meta.json'), JSON.stringify({ meta: { checked: '2025-11-30', description: 'test' } }));
        writeFileSync(join(dir, 'people', 'xx.json'), JSON.stringify({ people: entries }));
        return spawnSync(process.execPath, [join(ROOT, 'server', 'scripts', 'check-knowledge.mjs'), '--data', dir], { encoding: 'utf8' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };

    it('fails on a variant that is an ordinary word and another entry\'s name, unless it is marked', () => {
      const unmarked = run(people());
      assert.equal(unmarked.status, 1);
      assert.match(unmarked.stdout, /tor-bakke's spelling "Bake" is an ordinary word; also ada-bake/);
      const marked = run(people(['Bake']));
      assert.equal(marked.status, 0, marked.stdout);
      assert.match(marked.stdout, /tor-bakke "Bake" \(an ordinary word; also ada-bake\)/);
    });

    it('fails on a marked spelling the entry does not have', () => {
      const result = run(people(['Bake', 'Baker']));
      assert.equal(result.status, 1);
      assert.match(result.stdout, /marks "Baker" contextual, but it is none of its variants or aliases/);
    });
  });

  it('bundles every data file', () => {
    const sync = spawnSync(process.execPath, ['-e', `import('${join(ROOT, 'server', 'scripts', 'sync-knowledge.mjs')}').then((m) => console.log(JSON.stringify(m.dataFiles())))`], { encoding: 'utf8' });
    assert.deepEqual(BUILTIN_FILE_NAMES, JSON.parse(sync.stdout));
  });

  it('says when its facts were last checked', () => {
    assert.match(builtinKnowledge().checked, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('finds people by name, surname and variant spelling', () => {
    const kb = builtinKnowledge();
    const [byVariant] = kb.lookup('Zelensky');
    assert.equal(byVariant.entity.entry.name, 'Volodymyr Zelenskyy');
    assert.equal(byVariant.kind, 'variant');
    assert.equal(kb.lookup('Volodymyr Zelenskyy')[0].kind, 'name');
    assert.equal(kb.lookup('Kiev')[0].entity.entry.name, 'Kyiv');
  });
});
