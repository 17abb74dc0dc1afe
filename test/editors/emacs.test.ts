// The language server under Emacs: the README's eglot configuration, Flymake showing the
// diagnostics, compared with `copydesk check --format json` for the same draft. Skipped, with a
// message, where Emacs or eglot is not installed (Debian: emacs-nox elpa-eglot).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliFindings } from '../support/cliFindings';
import { ROOT, SEED_PATH } from '../support/fixtures';
import { pathWithCopydesk, readmeSnippet, utf16Column } from './support';

const SCRIPT = join(ROOT, 'test', 'editors', 'emacs-diagnostics.el');
// eglot folds LSP's Information and Hint into one note type.
const SEVERITY_OF_TYPE: Record<string, string[]> = { 'eglot-error': ['error'], 'eglot-warning': ['warning'], 'eglot-note': ['info', 'hint'] };

interface Received {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  type: string;
  text: string;
}

function emacsWithEglot(): boolean {
  const probe = spawnSync('emacs', ['--batch', '--eval', "(progn (require 'package) (package-initialize) (require 'eglot))"], { encoding: 'utf8', timeout: 30_000 });
  return probe.status === 0;
}

function diagnosticsInEmacs(draft: string): { mode: string; diagnostics: Received[] } {
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-emacs-'));
  const init = join(scratch, 'init.el');
  const output = join(scratch, 'received.json');
  writeFileSync(init, readmeSnippet('emacs-eglot'));
  const result = spawnSync('emacs', ['--batch', '-l', SCRIPT], {
    encoding: 'utf8',
    timeout: 60_000,
    cwd: scratch,
    env: { ...process.env, HOME: scratch, PATH: pathWithCopydesk(scratch), COPYDESK_INIT: init, COPYDESK_DRAFT: draft, COPYDESK_OUTPUT: output },
  });
  let text: string;
  try {
    text = readFileSync(output, 'utf8');
  } catch {
    throw new Error(`emacs wrote no result (exit ${result.status}, signal ${result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
  const received = JSON.parse(text) as { error?: string; mode: string; diagnostics: Received[] };
  if (received.error) throw new Error(`in Emacs: ${received.error}\n${result.stderr}`);
  return received;
}

describe('Emacs: the bundled server under eglot, configured as the README says', function () {
  this.timeout(90_000);

  before(function () {
    if (!emacsWithEglot()) {
      console.log('      skipped: no Emacs with eglot on this machine (apt-get install emacs-nox elpa-eglot to run the Emacs tests)');
      this.skip();
    }
  });

  function expectSameAsCli(draft: string) {
    const expected = cliFindings(draft);
    assert.ok(expected.length > 0, `${draft} has findings to compare`);
    const text = readFileSync(draft, 'utf8');
    const received = diagnosticsInEmacs(draft);
    assert.equal(received.mode, 'text-mode');
    const shown = received.diagnostics.map((d) => ({
      position: `${d.line}:${utf16Column(text, d.line, d.column)}-${d.endLine}:${utf16Column(text, d.endLine, d.endColumn)}`,
      type: d.type,
      text: d.text,
    })).sort((a, b) => a.position.localeCompare(b.position));
    const wanted = expected.map((f) => ({ position: `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`, finding: f }))
      .sort((a, b) => a.position.localeCompare(b.position));
    assert.deepEqual(shown.map((d) => d.position), wanted.map((w) => w.position));
    wanted.forEach(({ finding }, i) => {
      // eglot shows "source [code]: message"; its exact layout varies between versions.
      assert.ok(shown[i].text.includes(finding.code) && shown[i].text.endsWith(finding.message), `${shown[i].text} ≠ ${finding.code}: ${finding.message}`);
      assert.ok(SEVERITY_OF_TYPE[shown[i].type]?.includes(finding.severity), `${shown[i].type} for a ${finding.severity}`);
    });
  }

  it('shows the CLI\'s findings for the seed draft', () => {
    const draft = join(mkdtempSync(join(tmpdir(), 'copydesk-emacs-draft-')), 'seed.txt');
    copyFileSync(SEED_PATH, draft);
    expectSameAsCli(draft);
  });

  it('shows the CLI\'s findings for a draft with accents, curly quotes and an emoji', () => {
    const draft = join(mkdtempSync(join(tmpdir(), 'copydesk-emacs-draft-')), 'cafe.txt');
    writeFileSync(draft, 'The owner 🙂, Zoë Müller, said“we are back” after the flood — and added,“for good”.\n');
    expectSameAsCli(draft);
  });
});
