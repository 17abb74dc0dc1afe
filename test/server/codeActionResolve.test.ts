// "Change all N" through the real server: one action for the findings that share it, and its edit
// built only when the client resolves the chosen action (codeAction/resolve), for the version the
// menu was shown for. A draft with thousands of occurrences no longer sends or holds N edits per finding.
import { strict as assert } from 'node:assert';
import { CodeActionRequest, CodeActionResolveRequest, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../support/lspClient';

const URI = 'file:///tmp/copydesk-resolve/draft.txt';
const DRAFT = 'Zelenskyy met aides in Kyiv. Zelensky said Zelensky would go.';

describe('code actions resolved on demand', function () {
  this.timeout(60_000);
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start({
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
        textDocument: { codeAction: { resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } } },
      },
    });
  });
  afterEach(async () => client.stop());

  async function changeAll(version: number): Promise<CodeAction> {
    const diagnostics = (await client.diagnosticsFor(URI, version)).diagnostics.filter((d) => d.code === 'name.inconsistent');
    assert.equal(diagnostics.length, 2);
    // A range over both findings: the shared fix is offered once, for both.
    const range = { start: diagnostics[0].range.start, end: diagnostics[1].range.end };
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range, context: { diagnostics } })) as CodeAction[];
    const all = actions.filter((a) => a.title.startsWith('Change all 2'));
    assert.equal(all.length, 1, actions.map((a) => a.title).join('\n'));
    return all[0];
  }

  it('sends "change all" without its edit and builds the edit on resolve', async () => {
    await client.open(URI, DRAFT);
    const action = await changeAll(1);
    assert.equal(action.edit, undefined);
    assert.equal(action.diagnostics?.length, 2);
    const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, action);
    const change = resolved.edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: URI, version: 1 });
    assert.deepEqual(change.edits.map((e) => ('newText' in e ? e.newText : e.snippet.value)), ['Zelenskyy', 'Zelenskyy']);
  });

  it('resolves to no edit once the draft has moved on', async () => {
    await client.open(URI, DRAFT);
    const action = await changeAll(1);
    await client.change(URI, 2, [{ text: `${DRAFT} Zelensky again.` }]);
    await client.diagnosticsFor(URI, 2);
    const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, action);
    assert.equal(resolved.edit, undefined);
  });
});
