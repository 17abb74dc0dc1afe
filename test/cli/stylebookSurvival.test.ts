// The CLI survives a malformed or hostile house stylebook: a clear message with the stylebook's
// path, line and column, exit status 2, and every draft still checked (with the stylebook's valid
// part where there is one).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../support/cliFindings';
import { HOSTILE_DRAFT, HOSTILE_STYLEBOOKS } from '../support/hostileStylebooks';

describe('copydesk check with a hostile stylebook', function () {
  this.timeout(120_000);
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  for (const hostile of HOSTILE_STYLEBOOKS) {
    it(`${hostile.name}: path:line:column message, exit 2, the other drafts still checked`, () => {
      dir = mkdtempSync(join(tmpdir(), 'copydesk-hostile-cli-'));
      mkdirSync(join(dir, 'desk'));
      mkdirSync(join(dir, 'other'));
      hostile.write(join(dir, 'desk', '.copydesk.yaml'));
      writeFileSync(join(dir, 'desk', 'draft.txt'), HOSTILE_DRAFT);
      writeFileSync(join(dir, 'other', 'draft.txt'), HOSTILE_DRAFT);
      const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--fail-on', 'never', 'desk/draft.txt', 'other/draft.txt'], { cwd: dir, encoding: 'utf8' });
      assert.equal(result.status, 2, result.stderr);
      const where = hostile.at ? `${hostile.at.line + 1}:${hostile.at.character + 1}` : '1:1';
      const line = result.stderr.split('\n').find((l) => hostile.problem.test(l));
      assert.ok(line, result.stderr);
      assert.ok(line.startsWith(`${join(dir, 'desk', '.copydesk.yaml')}:${where}: error stylebook `), line);
      const reports = JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ code: string }> }>;
      assert.deepEqual(reports.map((r) => r.file), ['desk/draft.txt', 'other/draft.txt']);
      const [desk, other] = reports.map((r) => r.findings.map((f) => f.code));
      assert.ok(desk.includes('quote.spacing') && other.includes('quote.spacing'));
      assert.equal(desk.includes('name.house-style'), hostile.keepsValidPart, `${desk}`);
      assert.ok(!other.includes('name.house-style'));
    });
  }
});
