import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
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
