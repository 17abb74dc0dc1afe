// A title fix over LSP reads as copy: the code action's edit fits the possessive, the article and
// the capitals around it, and applying it leaves no title finding there.
import { strict as assert } from 'node:assert';
import { CodeActionRequest, type CodeAction, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol/node';
import { serverForEachTest, type TestClient } from '../support/lspClient';
import { applyEdits } from '../support/lspText';

const URI = 'file:///drafts/council.txt';

async function titleFixes(client: TestClient, text: string): Promise<Array<{ title: string; copy: string }>> {
  await client.open(URI, text);
  const { diagnostics } = await client.diagnosticsFor(URI, 1);
  const titles = diagnostics.filter((d) => String(d.code).startsWith('title.'));
  assert.ok(titles.length, 'a title finding');
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: URI }, range: titles[0].range, context: { diagnostics: titles },
  })) as CodeAction[];
  return actions.filter((a) => a.title.startsWith('Change to')).map((a) => ({
    title: a.title,
    copy: applyEdits(text, (a.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]),
  }));
}

describe('title fixes over LSP', function () {
  this.timeout(20_000);
  let client: TestClient;
  serverForEachTest((started) => (client = started), { settings: { articleDate: '2025-08-19' } });

  it('Kowalsky, the council\'s vice president → the council\'s president, not the council\'s council president', async () => {
    const text = 'Council President Anna Kowalsky opened the session. Later, Kowalsky, the council\'s vice president, took questions.';
    assert.deepEqual(await titleFixes(client, text), [{
      title: 'Change to "president"',
      copy: 'Council President Anna Kowalsky opened the session. Later, Kowalsky, the council\'s president, took questions.',
    }]);
    await client.change(URI, 2, [{ text: text.replace("the council's vice president", "the council's president") }]);
    assert.deepEqual((await client.diagnosticsFor(URI, 2)).diagnostics.filter((d) => String(d.code).startsWith('title.')), []);
  });

  it('"former" after a possessive, the sentence\'s capital kept', async () => {
    assert.deepEqual((await titleFixes(client, "Germany's chancellor, Olaf Scholz, spoke.")).map((f) => f.copy), ["Germany's former chancellor, Olaf Scholz, spoke."]);
  });
});
