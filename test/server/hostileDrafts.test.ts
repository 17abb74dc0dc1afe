// Hostile drafts through the real server, with its heap capped at 400 MB: a name split between two
// spellings ten thousand times ('Kiev Kyiv ' x 10,000, 100 KB) ran the server out of memory at
// 4.3 GB, each finding carrying a "change all" fix of every occurrence. The findings are capped
// and the shared fix is offered once, so the answers stay the size of the draft.
import { strict as assert } from 'node:assert';
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../support/lspClient';

const URI = 'file:///tmp/copydesk-hostile/two-spellings.txt';
const TEXT = 'Kiev Kyiv '.repeat(10_000);

function editsIn(edit: WorkspaceEdit | undefined): number {
  if (!edit) return 0;
  const changes = Object.values(edit.changes ?? {}).reduce((sum, list) => sum + list.length, 0);
  const documentChanges = (edit.documentChanges ?? []).reduce((sum, change) => sum + ((change as TextDocumentEdit).edits?.length ?? 0), 0);
  return changes + documentChanges;
}

describe('hostile drafts through the server', function () {
  this.timeout(120_000);
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  for (const resolve of [false, true]) {
    it(`checks 100 KB of a name in two spellings with a 400 MB heap, and answers code actions over all of it (${resolve ? 'with' : 'without'} codeAction/resolve)`, async () => {
      client = await TestClient.start({
        env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=400` },
        capabilities: {
          workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
          textDocument: {
            codeAction: {
              ...(resolve ? { resolveSupport: { properties: ['edit'] } } : {}),
              codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
            },
          },
        },
      });
      await client.open(URI, TEXT);
      const { diagnostics } = await client.diagnosticsFor(URI, 1);
      const names: Diagnostic[] = diagnostics.filter((d) => d.code === 'name.inconsistent');
      assert.equal(names.length, 1001, 'the first 1,000 and one that counts the rest');
      assert.match(String(names[1000].message), /…and 9,000 more name\.inconsistent findings/);
      // The whole draft at once, as a "fix all" or a selection of everything asks.
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: TEXT.length } };
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range, context: { diagnostics: names } })) as CodeAction[];
      const changeAll = actions.filter((a) => /^Change all/.test(a.title));
      assert.equal(changeAll.length, 1, `one "change all" for the family: ${changeAll.map((a) => a.title).slice(0, 5).join('; ')}`);
      const edits = actions.reduce((sum, a) => sum + editsIn(a.edit), 0);
      assert.ok(edits <= 3 * 10_000, `${edits} edits in ${actions.length} actions`);
      if (resolve) assert.equal(changeAll[0].edit, undefined, 'built on resolve');
      else assert.equal(editsIn(changeAll[0].edit), 10_000);
      const fixAll = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range, context: { diagnostics: [], only: ['source.fixAll'] } })) as CodeAction[];
      assert.ok(fixAll.reduce((sum, a) => sum + editsIn(a.edit), 0) <= 10_000);
      assert.equal(client.process.exitCode, null, 'the server is still running');
    });
  }
});
