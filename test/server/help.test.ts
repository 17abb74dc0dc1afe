// Help one click away, over LSP: every diagnostic links to its check's page (codeDescription),
// and every finding offers to turn its check off for this draft.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CodeActionRequest, type CodeAction, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol/node';
import { SEED } from '../support/fixtures';
import { serverForEachTest, type TestClient } from '../support/lspClient';
import { applyEdits } from '../support/lspText';

const SEED_URI = 'file:///drafts/rubio.txt';
const MORE_URI = 'file:///drafts/harbor.md';
const MORE = 'Harbor Commissioner Nadia Okonkwo spoke.\n\n"This is the last chance for the harbor."\n\nThe so-called "harbor tax" failed, sources said"no."\n';

describe('help pages over LSP', function () {
  this.timeout(20_000);
  let client: TestClient;
  serverForEachTest((started) => (client = started), { settings: { flagScareQuotes: true, checks: { 'quote.vague-source': 'warning' } } });

  it('every diagnostic carries a codeDescription link to its check\'s page, a file that exists', async () => {
    await client.open(SEED_URI, SEED);
    await client.open(MORE_URI, MORE, 'markdown');
    const diagnostics = [...(await client.diagnosticsFor(SEED_URI, 1)).diagnostics, ...(await client.diagnosticsFor(MORE_URI, 1)).diagnostics];
    assert.ok(new Set(diagnostics.map((d) => d.code)).size >= 5, `several checks: ${[...new Set(diagnostics.map((d) => d.code))].join(', ')}`);
    for (const diagnostic of diagnostics) {
      const href = diagnostic.codeDescription?.href;
      assert.ok(href, `${diagnostic.code} has a codeDescription`);
      assert.ok(href.startsWith('file:///') && href.endsWith(`/server/help/${diagnostic.code}.md`), href);
      assert.ok(existsSync(fileURLToPath(href)), `${href} exists`);
    }
  });

  it('offers "Turn off … for this draft" last, once per check, and applying it silences that check only', async () => {
    await client.open(SEED_URI, SEED);
    const { diagnostics } = await client.diagnosticsFor(SEED_URI, 1);
    const zelensky = diagnostics.find((d) => d.code === 'name.inconsistent')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: SEED_URI }, range: zelensky.range, context: { diagnostics: [zelensky] },
    })) as CodeAction[];
    const quickFixes = actions.filter((a) => a.kind === 'quickfix');
    const titles = quickFixes.map((a) => a.title);
    assert.equal(titles.filter((t) => t.startsWith('Turn off')).length, 1, titles.join(' | '));
    assert.equal(titles.at(-1), 'Turn off name.inconsistent for this draft');
    const turnOff = quickFixes.at(-1)!;
    const edits = (turnOff.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
    const silenced = applyEdits(SEED, edits);
    assert.ok(silenced.startsWith('<!-- copydesk-disable name.inconsistent -->\n\n'));
    await client.change(SEED_URI, 2, [{ text: silenced }]);
    const after = (await client.diagnosticsFor(SEED_URI, 2)).diagnostics;
    assert.deepEqual(after.filter((d) => d.code === 'name.inconsistent'), []);
    assert.deepEqual(after.map((d) => d.code).sort(), diagnostics.filter((d) => d.code !== 'name.inconsistent').map((d) => d.code).sort(), 'the other checks still report, at lines moved by two');
  });

  it('a problem in the house stylebook links to the stylebook\'s page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-help-'));
    try {
      writeFileSync(join(dir, '.copydesk.yaml'), 'people:\n  - name: Dana Kowalczyk\n    pronouns: it\n');
      const draft = pathToFileURL(join(dir, 'draft.txt')).href;
      await client.open(draft, 'The mayor spoke.');
      await client.diagnosticsFor(draft, 1);
      const stylebook = pathToFileURL(join(dir, '.copydesk.yaml')).href;
      const published = await client.waitFor(() => client.diagnostics.get(stylebook)?.at(-1), 'diagnostics on the stylebook');
      assert.ok(published.diagnostics.length > 0);
      for (const problem of published.diagnostics) assert.ok(problem.codeDescription?.href.endsWith('/server/help/stylebook.md'), JSON.stringify(problem));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
