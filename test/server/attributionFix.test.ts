// The unattributed-quotation fix over LSP: a snippet edit with the placeholder selected for typing
// for clients that support snippet edits (VS Code), plain text for the others.
import { strict as assert } from 'node:assert';
import { CodeActionRequest, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { serverForEachTest, type TestClient } from '../support/lspClient';
import { wordsAt } from '../support/lspText';
import { toSnippetEdit } from '../../server/src/edits';
import { LineIndex } from '../../server/src/core/lines';

const URI = 'file:///drafts/harbor.md';
const DRAFT = [
  'Harbor Commissioner Nadia Okonkwo spoke after the vote.',
  '',
  '"The port stays open," Okonkwo said.',
  '',
  '"This is the last chance for the harbor."',
  '',
].join('\n');

async function attributionAction(client: TestClient): Promise<CodeAction> {
  await client.open(URI, DRAFT, 'markdown');
  const { diagnostics } = await client.diagnosticsFor(URI, 1);
  const target = diagnostics.find((d) => d.code === 'quote.unattributed');
  assert.ok(target, 'the standalone quotation is flagged');
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: URI }, range: target.range, context: { diagnostics: [target] },
  })) as CodeAction[];
  const action = actions.find((a) => a.title.startsWith('Add the attribution'));
  assert.ok(action, `an attribution action among ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(!actions.some((a) => /Okonkwo/.test(a.title)), 'no action names a speaker');
  return action;
}

describe('the attribution fix over LSP', function () {
  this.timeout(20_000);

  it('escapes the literal part of a snippet ($, } and \\ are the writer\'s text, not snippet syntax)', () => {
    const edit = toSnippetEdit({ start: 0, end: 0, newText: '$1 {x} \\ [WHO] $', placeholder: { start: 9, end: 14 } }, new LineIndex(''));
    assert.deepEqual((edit as { snippet: unknown }).snippet, { kind: 'snippet', value: '\\$1 {x\\} \\\\ ${1:[WHO]} \\$' });
  });

  describe('to a client with snippet edits', () => {
    let client: TestClient;
    serverForEachTest((started) => (client = started), {
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true, snippetEditSupport: true } },
        textDocument: { publishDiagnostics: { versionSupport: true } },
      },
    });

    it('is one snippet edit whose only tab stop is the [WHO] placeholder', async () => {
      const action = await attributionAction(client);
      const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
      assert.equal(change.edits.length, 1);
      const edit = change.edits[0] as unknown as { range: TextDocumentEdit['edits'][0]['range']; snippet: { kind: string; value: string } };
      assert.deepEqual(edit.snippet, { kind: 'snippet', value: '," ${1:[WHO]} said.' });
      assert.equal(wordsAt(DRAFT, edit.range), '."', 'the period and closing mark are replaced, nothing else');
    });
  });

  describe('to a client without', () => {
    let client: TestClient;
    serverForEachTest((started) => (client = started));

    it('is the same edit as plain text: the placeholder is inserted as written', async () => {
      const action = await attributionAction(client);
      const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
      assert.deepEqual(change.edits.map((e) => ({ words: wordsAt(DRAFT, e.range), newText: (e as { newText: string }).newText })), [{ words: '."', newText: '," [WHO] said.' }]);
    });
  });
});
