// The CLI as a command-line tool should behave: help per command, one line per quotation, files that
// are not text refused or skipped, progress on a terminal, the writer's own date, a quiet set-up.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run as runCli, type Io } from '../../server/src/cli';
import { decodeDraft } from '../../server/src/fileText';
import { todayIso } from '../../server/src/core/dates';
import { ROOT, SEED } from '../support/fixtures';
import { leadOf } from '../support/messages';

const CLI = join(ROOT, 'server', 'out', 'cli.js');

function run(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env: options.env ?? process.env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Bytes no draft is made of: every value, NUL included, from a fixed seed. */
function randomBytes(length: number, seed = 7): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >> 16 & 0xff;
  }
  return bytes;
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
}

describe('copydesk check --help and quotes --help', function () {
  this.timeout(20_000);

  for (const command of ['check', 'quotes']) {
    it(`${command} --help and ${command} -h print the command's usage on standard output, exit 0`, () => {
      for (const flag of ['--help', '-h']) {
        const { code, stdout, stderr } = run([command, flag]);
        assert.equal(code, 0, stderr);
        assert.equal(stderr, '');
        assert.match(stdout, new RegExp(`^Usage: copydesk ${command} \\[options\\] <file\\|dir\\|glob\\|->\\.\\.\\.`));
        assert.match(stdout, /--format text\|json/);
        assert.match(stdout, /Exit status/);
      }
      assert.equal(run(['help', command]).stdout, run([command, '--help']).stdout);
    });
  }

  it('check --help names --fail-on; quotes --help describes its lines', () => {
    assert.match(run(['check', '--help']).stdout, /--fail-on error\|warning\|info\|never/);
    assert.match(run(['quotes', '--help']).stdout, /UNATTRIBUTED/);
  });

  it('--help wins over the other arguments, even with no drafts named', () => {
    assert.equal(run(['check', '--format', 'json', '--help']).code, 0);
  });
});

describe('copydesk quotes --format text', function () {
  this.timeout(20_000);

  it('prints one line per quotation, a quotation spanning lines on one line', () => {
    const input = 'Nadia Okonkwo spoke after the vote.\n"The port\nstays open,\n\tand it will," Okonkwo said.\n\n"Nobody\nwanted it."\n';
    const { code, stdout } = run(['quotes', '-'], { input });
    assert.equal(code, 0);
    assert.deepEqual(stdout.split('\n'), [
      '-:2:2: full Nadia Okonkwo (Okonkwo) "The port stays open, and it will"',
      '-:6:2: full UNATTRIBUTED "Nobody wanted it"',
      '',
    ]);
  });

  it('never sends a control character from a draft to the terminal', () => {
    const input = 'Okonkwo spoke. "Stop \u001b[31mred\u001b[0m now," Okonkwo said.\n';
    const { stdout } = run(['quotes', '-'], { input });
    assert.doesNotMatch(stdout, /\u001b/);
    assert.match(stdout, /Stop \\x1b\[31mred\\x1b\[0m now/);
  });
});

describe('files that are not text', function () {
  this.timeout(20_000);

  it('a binary file named on the command line: exit 2 with a one-line message, no findings, no raw bytes', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'random.txt'), randomBytes(4096));
    writeFileSync(join(dir, 'program.md'), readFileSync(process.execPath).subarray(0, 65536));
    for (const file of ['random.txt', 'program.md']) {
      for (const command of ['check', 'quotes']) {
        const { code, stdout, stderr } = run([command, file], { cwd: dir });
        assert.equal(code, 2, `${command} ${file}`);
        assert.equal(stdout, '');
        assert.equal(stderr, `copydesk: ${file}: not text: it contains NUL bytes (a binary file?); not checked\n`);
      }
    }
  });

  it('a binary file on standard input is refused the same way', () => {
    const { code, stderr } = run(['check', '-'], { input: randomBytes(4096) });
    assert.equal(code, 2);
    assert.match(stderr, /^copydesk: -: not text/);
  });

  it('bytes without NUL that are mostly not UTF-8 or control characters are not text either', () => {
    const noNul = Buffer.from(randomBytes(8192).filter((b) => b !== 0)).subarray(0, 4096);
    assert.ok('notText' in decodeDraft(noNul));
    assert.ok('notText' in decodeDraft(Buffer.from('He said "yes".\u001b\u0007\u0001\u0002\u0003\u0004', 'latin1')));
  });

  it('a folder or glob skips such files with a note and checks the rest, exit status as if they were not there', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'random.txt'), randomBytes(4096));
    writeFileSync(join(dir, 'drafts', 'story.txt'), '"We are ready," she said.\n');
    for (const input of ['drafts', 'drafts/*.txt']) {
      const { code, stdout, stderr } = run(['check', input], { cwd: dir });
      assert.equal(code, 0, stderr);
      assert.equal(stdout, '');
      assert.equal(stderr, 'copydesk: note: skipped drafts/random.txt: not text: it contains NUL bytes (a binary file?)\n');
    }
  });

  it('reads what is text: UTF-8 with a few stray bytes, UTF-16 with a byte-order mark, Windows-1252', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Rubio said"yes."\r\n', 'utf16le')]));
    // Word's curly quotes in Windows-1252 are 0x93 and 0x94: read as marks, not as broken bytes.
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([...Buffer.from('Nadia Okonkwo spoke. '), 0x93, ...Buffer.from('We are done,'), 0x94, ...Buffer.from(' Okonkwo said. She said'), 0x93, ...Buffer.from('no.'), 0x94]));
    writeFileSync(join(dir, 'stray.txt'), Buffer.concat([Buffer.from('Café owners met.'), Buffer.from([0xff]), Buffer.from(`\n\n${SEED}`)]));
    const json = JSON.parse(run(['check', '--format', 'json', '--fail-on', 'never', 'utf16.txt', 'cp1252.txt', 'stray.txt'], { cwd: dir }).stdout);
    assert.deepEqual(json.map((r: { findings: Array<{ code: string }> }) => r.findings.filter((f) => f.code === 'quote.spacing').length), [1, 1, 5]);
    const quotes = JSON.parse(run(['quotes', '--format', 'json', 'cp1252.txt'], { cwd: dir }).stdout);
    assert.deepEqual(quotes[0].quotes.map((q: { text: string; speaker: { name: string } | null }) => [q.text, q.speaker?.name]), [['We are done', 'Nadia Okonkwo'], ['no', 'Nadia Okonkwo']]);
  });
});

describe('progress on a terminal', () => {
  function io(stderrIsTTY: boolean, cwd: string) {
    let clock = 0;
    const out: string[] = [];
    const err: string[] = [];
    const value: Io = {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      readStdin: () => '',
      cwd,
      stderrIsTTY,
      // Every reading of the clock is 150 ms later: a slow run.
      now: () => (clock += 150),
    };
    return { io: value, out, err };
  }

  function folder(): string {
    const dir = scratch();
    mkdirSync(join(dir, 'drafts'));
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, 'drafts', `story-${String(i).padStart(2, '0')}.txt`), 'He said"yes."\n');
    return dir;
  }

  it('shows how many drafts are done on standard error, redrawn in place and cleared at the end', async () => {
    const { io: terminal, out, err } = io(true, folder());
    assert.equal(await runCli(['check', 'drafts'], terminal), 1);
    const progress = err.join('');
    assert.match(progress, /\r\u001b\[Kcopydesk: checked \d+ of 12 drafts…/);
    assert.ok(progress.endsWith('\r\u001b[K'), 'the progress line is cleared');
    assert.equal(out.join('').split('\n').filter(Boolean).length, 12, 'one finding per draft on standard output, no progress there');
  });

  it('shows nothing when standard error is not a terminal (a CI log)', async () => {
    const { io: pipe, err } = io(false, folder());
    await runCli(['check', 'drafts'], pipe);
    assert.deepEqual(err, []);
  });
});

describe('the article date of an undated draft', function () {
  this.timeout(20_000);

  it('is the writer\'s local date, not the UTC date', () => {
    const previous = process.env.TZ;
    try {
      // 03:30 UTC on August 18 is still the evening of August 17 in New York.
      process.env.TZ = 'America/New_York';
      assert.equal(todayIso(new Date('2025-08-18T03:30:00Z')), '2025-08-17');
      process.env.TZ = 'Asia/Tokyo';
      assert.equal(todayIso(new Date('2025-08-17T20:00:00Z')), '2025-08-18');
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });

  it('copydesk check judges a title on the local date of the time zone it runs in', () => {
    // Kiritimati (UTC+14) and UTC−12 are always one or two calendar days apart. An office that
    // starts on Kiritimati's date is held there and not yet held in UTC−12.
    const dir = scratch();
    const kiritimati = { ...process.env, TZ: 'Pacific/Kiritimati' };
    const behind = { ...process.env, TZ: 'Etc/GMT+12' };
    const localDate = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['-e', 'const d = new Date(); process.stdout.write([d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, "0")).join("-"))'], { env, encoding: 'utf8' }).stdout;
    writeFileSync(join(dir, 'story.txt'), 'French Foreign Minister Dana Kowalczyk arrived on Monday.\n');
    for (let attempt = 0; attempt < 2; attempt++) {
      const start = localDate(kiritimati);
      writeFileSync(join(dir, '.copydesk.yaml'), `people:\n  - name: Dana Kowalczyk\n    roles:\n      - office: foreign-minister\n        of: FR\n        start: "${start}"\n`);
      const there = run(['check', '--format', 'json', 'story.txt'], { cwd: dir, env: kiritimati });
      const here = run(['check', '--format', 'json', 'story.txt'], { cwd: dir, env: behind });
      if (localDate(kiritimati) !== start) continue; // midnight passed in Kiritimati meanwhile
      assert.deepEqual(JSON.parse(there.stdout)[0].findings, [], there.stderr);
      assert.deepEqual(JSON.parse(here.stdout)[0].findings.map((f: { code: string }) => f.code), ['title.mismatch'], here.stderr);
      return;
    }
    assert.fail('the date in Kiritimati kept changing');
  });
});

describe('setting up with npm 11', () => {
  it('every dependency with an install script is declared in allowScripts, so npm ci has nothing to warn about', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages).filter(([, entry]) => entry.hasInstallScript).map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    assert.ok(withScripts.length > 0);
    for (const name of new Set(withScripts)) assert.ok(manifest.allowScripts && name in manifest.allowScripts, `${name} runs an install script and is not in allowScripts`);
  });
});

describe('messages in the CLI\'s output', function () {
  this.timeout(30_000);

  it('the first sentence of every finding says the problem and the fix within 80 characters', () => {
    const { stdout } = run(['check', '--format', 'json', '--fail-on', 'never', ...['quote.vague-source', 'title.capitalization', 'quote.style', 'quote.scare'].flatMap((id) => ['--check', `${id}=warning`]), 'seeds/', 'test/fixtures/drafts/']);
    const findings = (JSON.parse(stdout) as Array<{ findings: Array<{ code: string; message: string }> }>).flatMap((r) => r.findings);
    assert.ok(findings.length >= 10, `${findings.length} findings`);
    for (const { code, message } of findings) {
      const lead = leadOf(message);
      assert.ok(lead.length <= 80 && /^[^:]{3,40}: /.test(lead), `${code}: ${message}`);
    }
  });
});
