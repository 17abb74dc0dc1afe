// The CLI as a CI pipeline runs it: a real process, real files, exit codes.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SEED } from '../support/fixtures';

const CLI = join(ROOT, 'server', 'out', 'cli.js');

function run(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('copydesk check', function () {
  this.timeout(20_000);

  it('prints one line per finding as path:line:column: severity code message, exit 1', () => {
    const { code, stdout } = run(['check', 'seeds/']);
    assert.equal(code, 1);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 8);
    assert.equal(lines.filter((line) => / warning title\.inconsistent /.test(line)).length, 1);
    assert.equal(lines[0], 'seeds/rubio-cbs-interview.txt:1:40: warning quote.spacing No space before the quotation mark: that"both → that "both');
  });

  it('prints JSON of the documented shape', () => {
    const { code, stdout } = run(['check', '--format', 'json', 'seeds/']);
    assert.equal(code, 1);
    const json = JSON.parse(stdout);
    assert.equal(json.length, 1);
    assert.equal(json[0].file, 'seeds/rubio-cbs-interview.txt');
    const first = json[0].findings[0];
    assert.deepEqual(Object.keys(first).sort(), ['code', 'column', 'end', 'endColumn', 'endLine', 'line', 'message', 'severity', 'start', 'suggestions'].sort());
    assert.equal(SEED.slice(first.start, first.end), 'that"both');
    assert.deepEqual([first.line, first.column, first.endLine, first.endColumn], [1, 40, 1, 49]);
    assert.deepEqual(first.suggestions, ['that "both']);
  });

  it('exits 0 when nothing reaches --fail-on', () => {
    assert.equal(run(['check', '--fail-on', 'error', 'seeds/']).code, 0);
    assert.equal(run(['check', '--fail-on', 'never', 'seeds/']).code, 0);
    const info = ['--check', 'quote.spacing=info', '--check', 'name.inconsistent=info', '--check', 'title.inconsistent=info'];
    assert.equal(run(['check', ...info, '--fail-on', 'warning', 'seeds/']).code, 0);
    assert.equal(run(['check', ...info, '--fail-on', 'info', 'seeds/']).code, 1);
  });

  it('exits 0 on a clean draft', () => {
    assert.equal(run(['check', '-'], { input: '"We are ready," she said.' }).code, 0);
  });

  it('exits 2 with a one-line message on usage errors', () => {
    for (const args of [['check'], ['check', '--format', 'xml', 'seeds'], ['check', '--date', '17/08/2025', 'seeds'], ['check', '--fail-on', 'sometimes', 'seeds'], ['frobnicate']]) {
      const { code, stderr } = run(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
    }
  });

  it('exits 2 on an unreadable file but still checks the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
    writeFileSync(join(dir, 'ok.txt'), SEED);
    const { code, stdout, stderr } = run(['check', 'missing.md', 'ok.txt'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /missing\.md: no such file or directory/);
    assert.equal(stdout.trim().split('\n').length, 8);
    if (process.getuid?.() !== 0) {
      writeFileSync(join(dir, 'secret.txt'), 'x');
      chmodSync(join(dir, 'secret.txt'), 0);
      assert.equal(run(['check', 'secret.txt'], { cwd: dir }).code, 2);
    }
    mkdirSync(join(dir, 'dir.txt'));
    const dirAsFile = run(['check', 'ok.txt', 'dir.txt/'], { cwd: dir });
    assert.equal(dirAsFile.code, 1, 'a directory is walked, not read');
  });

  it('walks directories for .md, .markdown, .txt, .draft and .story, and expands globs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
    mkdirSync(join(dir, 'drafts', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'drafts', 'a.md'), 'He said"yes."');
    writeFileSync(join(dir, 'drafts', 'nested', 'b.markdown'), 'He said"yes."');
    writeFileSync(join(dir, 'drafts', 'c.txt'), 'He said"yes."');
    writeFileSync(join(dir, 'drafts', 'd.json'), 'He said"yes."');
    writeFileSync(join(dir, 'drafts', 'e.draft'), 'He said"yes."');
    writeFileSync(join(dir, 'drafts', 'f.story'), 'He said"yes."');
    const walked = JSON.parse(run(['check', '--format', 'json', 'drafts'], { cwd: dir }).stdout);
    assert.deepEqual(walked.map((r: { file: string }) => r.file), ['drafts/a.md', 'drafts/c.txt', 'drafts/e.draft', 'drafts/f.story', 'drafts/nested/b.markdown']);
    assert.ok(walked.every((r: { findings: unknown[] }) => r.findings.length === 1), 'News drafts are read as plain text and checked');
    const globbed = JSON.parse(run(['check', '--format', 'json', 'drafts/**/*.m*'], { cwd: dir }).stdout);
    assert.deepEqual(globbed.map((r: { file: string }) => r.file), ['drafts/a.md', 'drafts/nested/b.markdown']);
  });

  it('reads standard input with -', () => {
    const { stdout } = run(['check', '--format', 'json', '--language', 'markdown', '-'], { input: 'Code `said"x` and Rubio said"y."' });
    const [report] = JSON.parse(stdout);
    assert.equal(report.file, '-');
    assert.deepEqual(report.findings.map((f: { code: string }) => f.code), ['quote.spacing']);
  });

  it('starts the language server with lsp --stdio', async () => {
    const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const init = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(init)}\r\n\r\n${init}`);
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no initialize result: ${output}`)), 60_000);
      child.stdout.on('data', (chunk) => {
        output += String(chunk);
        if (output.includes('"serverInfo"')) { clearTimeout(timer); resolve(); }
      });
    });
    child.kill();
    assert.match(output, /"serverInfo":\{"name":"copydesk"/);
  });
});

describe('copydesk quotes', function () {
  this.timeout(20_000);

  it('prints every quotation as JSON of the documented shape', () => {
    const { code, stdout } = run(['quotes', '--format', 'json', 'seeds/']);
    assert.equal(code, 0);
    const [report] = JSON.parse(stdout);
    assert.deepEqual(Object.keys(report), ['file', 'quotes']);
    assert.equal(report.file, 'seeds/rubio-cbs-interview.txt');
    assert.equal(report.quotes.length, 8);
    const sacrifice = report.quotes.find((q: { text: string }) => q.text === 'sacrifice');
    assert.deepEqual(Object.keys(sacrifice), ['start', 'end', 'text', 'kind', 'speaker', 'cue', 'evidence']);
    assert.equal(SEED.slice(sacrifice.start, sacrifice.end), 'sacrifice');
    assert.equal(sacrifice.kind, 'partial');
    assert.equal(sacrifice.speaker.name, 'Marco Rubio');
    assert.deepEqual(Object.keys(sacrifice.speaker.mention), ['start', 'end', 'text']);
    assert.equal(SEED.slice(sacrifice.speaker.mention.start, sacrifice.speaker.mention.end), 'He');
    assert.equal(SEED.slice(sacrifice.cue.start, sacrifice.cue.end), 'noted');
    assert.ok(report.quotes.every((q: { speaker: { name: string } }) => q.speaker.name === 'Marco Rubio'));
  });

  it('gives null speaker and cue for an unattributed quotation, reads stdin, and prints text lines', () => {
    const input = 'The so-called "harbor tax" failed.\n\n"Nobody wanted it."\n';
    const [report] = JSON.parse(run(['quotes', '--format', 'json', '-'], { input }).stdout);
    assert.deepEqual(report.quotes.map((q: { text: string; kind: string; speaker: unknown; cue: unknown }) => [q.text, q.kind, q.speaker, q.cue]), [
      ['harbor tax', 'scare', null, null],
      ['Nobody wanted it', 'full', null, null],
    ]);
    const text = run(['quotes', '-'], { input }).stdout;
    assert.equal(text, '-:1:16: scare - "harbor tax"\n-:3:2: full UNATTRIBUTED "Nobody wanted it"\n');
  });

  it('rejects bad options like check does', () => {
    const { code, stderr } = run(['quotes', '--date', 'soon', 'seeds/']);
    assert.equal(code, 2);
    assert.match(stderr, /--date must be a date/);
  });
});

describe('copydesk check with a house stylebook', function () {
  this.timeout(20_000);

  it('reads the nearest .copydesk.yaml above each draft, as the editor does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-stylebook-'));
    mkdirSync(join(dir, 'desk', 'drafts'), { recursive: true });
    writeFileSync(join(dir, 'desk', '.copydesk.yaml'), '# foreign desk\nspellings:\n  Zelensky: Zelenskyy\n');
    writeFileSync(join(dir, 'desk', 'drafts', 'rubio.txt'), SEED);
    const { stdout } = run(['check', '--format', 'json', '--fail-on', 'never', 'desk/drafts/rubio.txt'], { cwd: dir });
    const names = JSON.parse(stdout)[0].findings.filter((f: { code: string }) => f.code.startsWith('name.'));
    assert.deepEqual(names.map((f: { start: number; end: number }) => SEED.slice(f.start, f.end)), ['Zelenskyy', 'Zelenskyy']);
    assert.deepEqual(names.map((f: { suggestions: string[] }) => f.suggestions[0]), ['Zelensky', 'Zelensky']);
  });

  it('reports stylebook problems with line and column, exit 2, and still applies the valid part', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-stylebook-'));
    writeFileSync(join(dir, 'house.yaml'), 'spellings:\n  Kyiv: Kiev\npeople:\n  - name: Dana Kowalczyk\n    pronouns: it\n');
    writeFileSync(join(dir, 'draft.txt'), 'Officials in Kiev met.');
    const { code, stdout, stderr } = run(['check', '--stylebook', 'house.yaml', 'draft.txt'], { cwd: dir });
    assert.equal(code, 2);
    assert.match(stderr, /house\.yaml:5:15: error stylebook people\.0\.pronouns must be one of he, she, they/);
    assert.match(stdout, /name\.house-style House spelling: use “Kyiv”, not “Kiev”\. The house stylebook spells “Kiev” as “Kyiv”/);
  });
});
