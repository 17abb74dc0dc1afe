// quote.style through the real server: its quick fix, the whole-draft conversion, fix-all, and the
// house style read from the workspace's stylebook.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { applyEdits, wordsAt } from '../support/lspText';
import { TestClient, serverForEachTest } from '../support/lspClient';

const URI = 'file:///drafts/bridge.txt';
const DRAFT = [
  '“We will reopen the bridge in May,” the engineer said.',
  '',
  '"It is safe," the mayor said. “Nobody’s in danger.”',
  '',
  'The council didn\'t vote on it.',
  '',
].join('\n');
const ON = { checks: { 'quote.style': 'warning' } };

function edits(action: CodeAction): TextEdit[] {
  return (action.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
}

describe('quote.style over LSP', function () {
  this.timeout(20_000);
  let client: TestClient;
  serverForEachTest((started) => (client = started), { settings: ON });

  async function styleDiagnostics(uri: string, version: number): Promise<Diagnostic[]> {
    return (await client.diagnosticsFor(uri, version)).diagnostics.filter((d) => d.code === 'quote.style');
  }

  it('flags the minority marks and apostrophes, and the quick fix converts that quotation', async () => {
    await client.open(URI, DRAFT);
    const diagnostics = await styleDiagnostics(URI, 1);
    assert.deepEqual(diagnostics.map((d) => [wordsAt(DRAFT, d), d.severity]), [['"It', 2], ["didn't", 2]]);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] },
    })) as CodeAction[];
    const [fix, whole] = actions.filter((a) => a.kind === 'quickfix' && a.diagnostics?.[0].code === 'quote.style');
    assert.equal(fix.title, 'Use “…”');
    assert.equal(fix.isPreferred, true);
    assert.equal(applyEdits(DRAFT, edits(fix)), DRAFT.replace('"It is safe,"', '“It is safe,”'));
    assert.equal(whole.title, 'Convert every quotation mark and apostrophe in the draft to curly double quotation marks');
    assert.notEqual(whole.isPreferred, true);
    assert.equal(applyEdits(DRAFT, edits(whole)), DRAFT.replace('"It is safe,"', '“It is safe,”').replace("didn't", 'didn’t'));
  });

  it('fix-all converts every flagged mark, and the draft is then clean', async () => {
    await client.open(URI, DRAFT);
    await styleDiagnostics(URI, 1);
    const [fixAll] = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.copydesk'] },
    })) as CodeAction[];
    const fixed = applyEdits(DRAFT, edits(fixAll));
    assert.equal(fixed, DRAFT.replace('"It is safe,"', '“It is safe,”').replace("didn't", 'didn’t'));
    await client.change(URI, 2, [{ text: fixed }]);
    assert.deepEqual(await styleDiagnostics(URI, 2), []);
  });

  describe('with a house stylebook', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'copydesk-quotes-'));
      writeFileSync(join(dir, '.copydesk.yaml'), '# British desk\nquotes: curly-single\n');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('takes the house style from quotes:, whatever most of the draft does', async () => {
      const uri = pathToFileURL(join(dir, 'bridge.txt')).href;
      await client.open(uri, DRAFT);
      const diagnostics = await styleDiagnostics(uri, 1);
      assert.deepEqual(diagnostics.map((d) => wordsAt(DRAFT, d)), ['“We', '"It', '“Nobody’s', "didn't"]);
      assert.match(diagnostics[0].message as string, /^Quotation marks off the house style: “…” → ‘…’\. Double quotation marks where the house style quotes with single ones\. The house stylebook asks for curly single/);
      const [fixAll] = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.copydesk'] },
      })) as CodeAction[];
      assert.equal(applyEdits(DRAFT, edits(fixAll)), [
        '‘We will reopen the bridge in May,’ the engineer said.',
        '',
        '‘It is safe,’ the mayor said. ‘Nobody’s in danger.’',
        '',
        'The council didn’t vote on it.',
        '',
      ].join('\n'));
    });
  });
});
