// Hostile drafts through the CLI as a CI pipeline runs it: nothing is lost silently. A check that
// fails is reported (exit 2), and a draft with tens of thousands of one finding is checked in
// bounded memory, the first findings shown and the rest counted.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../support/cliFindings';

describe('copydesk check on hostile drafts', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'copydesk-hostile-drafts-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function check(file: string, env: NodeJS.ProcessEnv = {}) {
    return spawnSync(process.execPath, ['--max-old-space-size=400', CLI, 'check', '--format', 'json', '--fail-on', 'never', file], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024,
    });
  }

  it('reports a check that fails instead of printing nothing with exit 0', () => {
    writeFileSync(join(dir, 'draft.txt'), 'He said"we will go."\n');
    const result = check('draft.txt', { COPYDESK_FAULT_INJECTION: 'check:quote.spacing' });
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /draft\.txt: the check quote\.spacing failed \(fault injected into quote\.spacing\); its findings are missing/);
  });

  it('checks 100 KB of a name in two spellings in bounded memory: 1,000 findings and one counting the rest', () => {
    writeFileSync(join(dir, 'draft.txt'), 'Kiev Kyiv '.repeat(10_000));
    const result = check('draft.txt');
    assert.equal(result.status, 0, result.stderr.slice(0, 2000));
    const [report] = JSON.parse(result.stdout) as Array<{ findings: Array<{ code: string; message: string; suggestions: string[] }> }>;
    const names = report.findings.filter((f) => f.code === 'name.inconsistent');
    assert.equal(names.length, 1001);
    assert.match(names.at(-1)!.message, /…and 9,000 more name\.inconsistent findings from here on, not shown/);
    assert.deepEqual(names[0].suggestions, ['Kyiv', 'Kyiv']);
  });
});
