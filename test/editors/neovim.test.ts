// The language server under another editor: Neovim's built-in LSP client (Debian's neovim 0.7)
// opens drafts and must receive the same findings as `copydesk check --format json` reports.
// Skipped, with a message, where no `nvim` is installed.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, cliFindings } from '../support/cliFindings';
import { ROOT, SEED_PATH } from '../support/fixtures';
import { pathWithCopydesk, readmeSnippet } from './support';

const SCRIPT = join(ROOT, 'test', 'editors', 'neovim-diagnostics.lua');

interface Received {
  code: string;
  source: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function nvimVersion(): string | undefined {
  const result = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.split('\n')[0] : undefined;
}

/**
 * The diagnostics Neovim holds for `draft` once the server has published them. The test's own
 * client by default; with `init`, the configuration in that file attaches the server, with
 * `copydesk` on the PATH as a user would have it.
 */
function diagnosticsInNeovim(draft: string, init?: string): { filetype: string; diagnostics: Received[] } {
  const scratch = mkdtempSync(join(tmpdir(), 'copydesk-nvim-'));
  const output = join(scratch, 'received.json');
  const env: NodeJS.ProcessEnv = { ...process.env, COPYDESK_DRAFT: draft, COPYDESK_OUTPUT: output };
  let args: string[];
  if (init === undefined) {
    env.COPYDESK_SERVER_CMD = JSON.stringify([process.execPath, CLI, 'lsp', '--stdio']);
    args = ['--headless', '--clean', '-c', `luafile ${SCRIPT}`];
  } else {
    env.PATH = pathWithCopydesk(scratch);
    writeFileSync(join(scratch, 'init.lua'), init);
    args = ['--headless', '--noplugin', '-i', 'NONE', '-u', join(scratch, 'init.lua'), '-c', `luafile ${SCRIPT}`];
  }
  const result = spawnSync('nvim', args, { encoding: 'utf8', timeout: 60_000, env });
  let text: string;
  try {
    text = readFileSync(output, 'utf8');
  } catch {
    throw new Error(`nvim wrote no result (exit ${result.status}, signal ${result.signal}):\n${result.stdout}\n${result.stderr}`);
  }
  const received = JSON.parse(text) as { error?: string; filetype: string; diagnostics: Received[] | Record<string, never> };
  if (received.error) throw new Error(`in Neovim: ${received.error}`);
  // json_encode writes an empty Lua table as {}.
  return { filetype: received.filetype, diagnostics: Array.isArray(received.diagnostics) ? received.diagnostics : [] };
}

function key(d: Omit<Received, 'source'>): string {
  return `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code} ${d.message}`;
}

describe('Neovim: the bundled server under the built-in LSP client', function () {
  this.timeout(90_000);
  const version = nvimVersion();

  before(function () {
    if (!version) {
      console.log('      skipped: no `nvim` on this machine (apt-get install neovim to run the Neovim tests)');
      this.skip();
    }
  });

  function expectSameAsCli(draft: string, filetype: string, init?: string) {
    const expected = cliFindings(draft);
    assert.ok(expected.length > 0, `${draft} has findings to compare`);
    const received = diagnosticsInNeovim(draft, init);
    assert.equal(received.filetype, filetype);
    assert.ok(received.diagnostics.every((d) => d.source === 'copydesk'), 'every diagnostic comes from copydesk');
    assert.deepEqual(received.diagnostics.map(key).sort(), expected.map(key).sort());
  }

  it('receives the CLI\'s findings for the seed draft (a .txt, filetype text)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-nvim-draft-'));
    const draft = join(dir, 'seed.txt');
    copyFileSync(SEED_PATH, draft);
    expectSameAsCli(draft, 'text');
  });

  it('receives the CLI\'s findings for a Markdown draft with accents, curly quotes and an emoji (UTF-16 columns)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-nvim-draft-'));
    const draft = join(dir, 'draft.md');
    writeFileSync(draft, [
      '---',
      'title: "Front matter is not prose"',
      '---',
      '# Zoë Müller’s café reopens',
      '',
      'The owner 🙂, Zoë Müller, said“we are back” after the flood — and added,“for good”.',
      '',
      '```',
      'code"is"not checked',
      '```',
      '',
    ].join('\n'));
    expectSameAsCli(draft, 'markdown');
  });

  it('works with the README\'s Neovim 0.7 configuration and `copydesk lsp --stdio` on the PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-nvim-draft-'));
    const draft = join(dir, 'seed.txt');
    copyFileSync(SEED_PATH, draft);
    expectSameAsCli(draft, 'text', readmeSnippet('neovim-0.7'));
  });
});
