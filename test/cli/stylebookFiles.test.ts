// What the CLI reads as a stylebook: regular files only, at most the size limit, never a link out
// of the folder tree it serves (unless named with --stylebook), and in its messages at most a short
// excerpt of the file's text. Each shape once hung, exhausted memory or echoed another file.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../support/cliFindings';

const DRAFT = 'Zelenskyy met aides in Kyiv. Zelensky said he would go.\n';
const SECRET = 'aws_secret_access_key_wJalrXUtnFEMI_K7MDENG_bPxRfiCYEXAMPLEKEY';

function check(cwd: string, args: string[] = []) {
  const result = spawnSync(process.execPath, ['--max-old-space-size=256', CLI, 'check', '--fail-on', 'never', ...args, 'desk/draft.txt'], { cwd, encoding: 'utf8', timeout: 20_000 });
  assert.notEqual(result.signal, 'SIGTERM', 'the CLI hung');
  return result;
}

describe('copydesk check reads only what a stylebook may be', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-stylebook-files-'));
    mkdirSync(join(dir, 'desk'));
    writeFileSync(join(dir, 'desk', 'draft.txt'), DRAFT);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a named pipe as the stylebook instead of waiting for a writer', function () {
    if (process.platform === 'win32') this.skip();
    execFileSync('mkfifo', [join(dir, 'desk', '.copydesk.yaml')]);
    const result = check(dir);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /\.copydesk\.yaml:1:1: error stylebook The stylebook is a named pipe, not a regular file/);
    assert.match(result.stdout, /name\.inconsistent/, 'the draft is still checked');
  });

  it('refuses a link to a device (/dev/zero) without reading it', function () {
    if (process.platform === 'win32') this.skip();
    symlinkSync('/dev/zero', join(dir, 'desk', '.copydesk.yaml'));
    const result = check(dir);
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /The stylebook is a device, not a regular file/);
  });

  it('does not follow a found stylebook linked out of the folder tree, and echoes none of its text', function () {
    if (process.platform === 'win32') this.skip();
    const outside = mkdtempSync(join(tmpdir(), 'copydesk-outside-'));
    try {
      writeFileSync(join(outside, 'credentials'), `[default]\n${SECRET}: 1\n`);
      symlinkSync(join(outside, 'credentials'), join(dir, 'desk', '.copydesk.yaml'));
      const result = check(dir);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /a link to a file outside this folder tree; Copydesk does not follow it/);
      assert.ok(!`${result.stdout}${result.stderr}`.includes('wJalrXUtnFEMI'), result.stderr);
      // A link inside the tree is followed.
      mkdirSync(join(dir, 'style'));
      writeFileSync(join(dir, 'style', 'house.yaml'), 'spellings:\n  Zelensky: Zelenskyy\n');
      rmSync(join(dir, 'desk', '.copydesk.yaml'));
      symlinkSync(join('..', 'style', 'house.yaml'), join(dir, 'desk', '.copydesk.yaml'));
      const inside = check(dir, ['--format', 'json']);
      assert.equal(inside.status, 0, inside.stderr);
      assert.match(inside.stdout, /house stylebook/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('reads a stylebook named with --stylebook wherever it is, quoting at most a short excerpt of it', () => {
    const outside = mkdtempSync(join(tmpdir(), 'copydesk-outside-'));
    try {
      writeFileSync(join(outside, 'credentials.yaml'), `${SECRET}: 1\n`);
      const result = check(dir, ['--stylebook', join(outside, 'credentials.yaml')]);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /Unknown key “aws_secret_access_key_wJ…”/);
      assert.ok(!result.stderr.includes('EXAMPLEKEY'), result.stderr);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
