// The identity property across Copydesk's three users of the core: for generated and mutated
// drafts (RTL text, combining marks, CR line ends, NUL bytes, marks of every style), the library
// API (the bundled server/out/api.js), the CLI (`copydesk check --format json`, a real process) and
// the language server (a real process over stdio) report the same findings: code, severity,
// message and range. `npm test` runs a handful of drafts with a fixed seed; `npm run fuzz` more.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import type * as Api from '../server/src/api';
import { CLI, type CliFinding } from './support/cliFindings';
import { countCase, fixtureDrafts, hostileDraft, languages, mutatedDraft, type NamedDraft } from './support/drafts';
import { ROOT } from './support/fixtures';
import { TestClient } from './support/lspClient';

const FUZZ = process.env.COPYDESK_FUZZ_RUNS !== undefined;
const GENERATED = FUZZ ? Math.max(12, Math.ceil(Number(process.env.COPYDESK_FUZZ_RUNS) / 250)) : 12;
const SEED = Number(process.env.COPYDESK_FUZZ_SEED ?? 20251127);
const DATE = '2025-06-01';
const SEVERITY: Record<number, string> = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' };

interface Reported {
  code: string;
  severity: string;
  message: string;
  start: number;
  end: number;
}

/** Text as a file on disk holds it: what every client reads (lone surrogates become U+FFFD in UTF-8). */
function asStored(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

function drafts(): NamedDraft[] {
  const generated = fc.sample(fc.oneof(
    fc.tuple(hostileDraft, languages).map(([text, language]) => ({ name: 'hostile', text, language })),
    mutatedDraft(fixtureDrafts()),
  ), { numRuns: GENERATED, seed: SEED });
  const extremes: NamedDraft[] = [
    { name: 'rtl', text: '"שלום," אמר הוא.\r\n«مرحبا» قال\u200f "Kyiv," he said"no.', language: 'plaintext' },
    { name: 'combining', text: 'Zelenskyy\u0301 said"e\u0301" and "Kiev\u0308," she said.'.repeat(20), language: 'markdown' },
    { name: 'cr-only', text: 'Rubio said"yes.\r\r"No," he said.\rKiev and Kyiv.\r', language: 'plaintext' },
    { name: 'nul', text: 'The minister\0 said"we\0 will go."\0\n\n"Unclosed\0', language: 'markdown' },
    { name: 'quotes', text: '"“”„«»‘’\''.repeat(500), language: 'plaintext' },
  ];
  return [...fixtureDrafts(), ...extremes, ...generated].map((d, i) => ({ ...d, name: `${i}-${d.name}`, text: asStored(d.text) }));
}

describe('the same findings through the API, the CLI and the server', function () {
  this.timeout(FUZZ ? 0 : 120_000);
  const cases = drafts();
  let dir: string;
  let client: TestClient | undefined;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-identity-'));
  });
  after(async () => {
    await client?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`agree on ${cases.length} drafts (fixtures, RTL, combining marks, CR, NUL, thousands of marks, generated)`, async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const api = require(join(ROOT, 'server', 'out', 'api.js')) as typeof Api;
    const files = cases.map((draft) => {
      const file = `${draft.name}.${draft.language === 'markdown' ? 'md' : 'txt'}`;
      writeFileSync(join(dir, file), draft.text);
      return file;
    });

    const fromApi: Reported[][] = cases.map((draft) => api.analyze(draft.text, { language: draft.language, articleDate: DATE })
      .map(({ code, severity, message, start, end }) => ({ code, severity, message, start, end })));

    const cli = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--fail-on', 'never', '--date', DATE, ...files], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    // A file with a NUL byte is not text to the CLI: refused with a message (exit 2), not checked.
    // The API and the editor, given such text, still check it.
    const binary = files.filter((_, i) => cases[i].text.includes('\0'));
    assert.equal(cli.status, binary.length ? 2 : 0, cli.stderr);
    assert.deepEqual(cli.stderr.split('\n').filter(Boolean), binary.map((file) => `copydesk: ${file}: not text: it contains NUL bytes (a binary file?); not checked`));
    const reports = JSON.parse(cli.stdout) as Array<{ file: string; findings: CliFinding[] }>;
    assert.deepEqual(reports.map((r) => r.file), files.filter((file) => !binary.includes(file)));
    const byFile = new Map(reports.map((r) => [r.file, r.findings.map(({ code, severity, message, start, end }) => ({ code, severity, message, start, end }))]));
    const fromCli: Array<Reported[] | undefined> = files.map((file) => byFile.get(file));

    client = await TestClient.start({ settings: { articleDate: DATE } });
    const fromServer: Reported[][] = [];
    for (const [i, draft] of cases.entries()) {
      const uri = `file:///copydesk-identity/${files[i]}`;
      await client.open(uri, draft.text, draft.language);
      const published = await client.diagnosticsFor(uri, 1);
      const lines = new api.LineIndex(draft.text);
      fromServer.push(published.diagnostics.map((d) => ({
        code: String(d.code),
        severity: SEVERITY[d.severity!],
        message: String(d.message),
        start: lines.offsetAt(d.range.start),
        end: lines.offsetAt(d.range.end),
      })));
      await client.close(uri);
    }

    for (const [i, draft] of cases.entries()) {
      const what = `${files[i]}: ${JSON.stringify(draft.text.slice(0, 200))}`;
      if (fromCli[i]) assert.deepEqual(fromCli[i], fromApi[i], `CLI and API differ on ${what}`);
      assert.deepEqual(fromServer[i], fromApi[i], `server and API differ on ${what}`);
    }
    assert.ok(fromApi.flat().length >= 20, `${fromApi.flat().length} findings compared`);
    countCase('API, CLI and server agree', cases.length);
  });
});
