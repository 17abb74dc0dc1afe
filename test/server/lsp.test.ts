// The real server process, spoken to over stdio with a JSON-RPC client.
import { strict as assert } from 'node:assert';
import {
  CodeActionRequest, DocumentDiagnosticRequest, DidChangeConfigurationNotification,
  type CodeAction, type TextEdit, type DocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { SEED } from '../support/fixtures';
import { applyEdits, wordsAt } from '../support/lspText';
import { TestClient, serverForEachTest } from '../support/lspClient';

const SEED_URI = 'file:///drafts/rubio.txt';

describe('language server over stdio', function () {
  this.timeout(20_000);
  let client: TestClient;
  serverForEachTest((started) => (client = started));

  it('publishes the seed draft diagnostics on open', async () => {
    await client.open(SEED_URI, SEED);
    const published = await client.diagnosticsFor(SEED_URI, 1);
    assert.deepEqual(published.diagnostics.map((d) => [d.code, d.source, wordsAt(SEED, d)]), [
      ['quote.spacing', 'copydesk', 'that"both'],
      ['quote.spacing', 'copydesk', 'requires"sacrifice'],
      ['quote.spacing', 'copydesk', 'explained:"There'],
      ['name.inconsistent', 'copydesk', 'Zelensky'],
      ['quote.spacing', 'copydesk', 'added,"We'],
      ['title.inconsistent', 'copydesk', 'foreign minister'],
      ['quote.spacing', 'copydesk', 'Putin,"We'],
      ['name.inconsistent', 'copydesk', 'Zelensky'],
    ]);
    assert.ok(client.configurationRequests >= 1, 'settings are pulled per document');
  });

  it('re-publishes for the new version after an incremental change', async () => {
    await client.open(SEED_URI, SEED);
    await client.diagnosticsFor(SEED_URI, 1);
    // Insert the missing space of the first finding: line 0, after `that`.
    const column = SEED.indexOf('that"both') + 4;
    await client.change(SEED_URI, 2, [{ range: { start: { line: 0, character: column }, end: { line: 0, character: column } }, text: ' ' }]);
    const published = await client.diagnosticsFor(SEED_URI, 2);
    assert.equal(published.diagnostics.length, 7);
    const text = SEED.slice(0, column) + ' ' + SEED.slice(column);
    assert.deepEqual(published.diagnostics.map((d) => wordsAt(text, d)), ['requires"sacrifice', 'explained:"There', 'Zelensky', 'added,"We', 'foreign minister', 'Putin,"We', 'Zelensky']);
    // Nothing is published for a version the client does not have.
    assert.ok(client.diagnostics.get(SEED_URI)!.every((p) => p.version === 1 || p.version === 2));
  });

  it('offers the fix as a quick fix and applies it as a versioned edit', async () => {
    await client.open(SEED_URI, SEED);
    const { diagnostics } = await client.diagnosticsFor(SEED_URI, 1);
    const target = diagnostics.filter((d) => d.code === 'quote.spacing')[3];
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: SEED_URI }, range: target.range, context: { diagnostics: [target] },
    })) as CodeAction[];
    const quickFix = actions.find((a) => a.kind === 'quickfix')!;
    assert.equal(quickFix.title, 'Insert a space before "');
    assert.equal(quickFix.isPreferred, true);
    const change = quickFix.edit!.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] };
    assert.equal(change.textDocument.version, 1);
    const fixed = applyEdits(SEED, change.edits);
    assert.ok(fixed.includes('He added, "We need'));
    assert.equal(fixed.length, SEED.length + 1, 'the fix inserts one character and changes nothing else');
  });

  it('fixes everything with source.fixAll.copydesk', async () => {
    await client.open(SEED_URI, SEED);
    await client.diagnosticsFor(SEED_URI, 1);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: SEED_URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.copydesk'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    const change = actions[0].edit!.documentChanges![0] as { edits: TextEdit[] };
    const fixed = applyEdits(SEED, change.edits);
    assert.ok(fixed.includes('the secretary of state acknowledged'));
    assert.equal(fixed.length, SEED.length + 5 + 2 + 2, 'five spaces, two letters (Zelensky → Zelenskyy), foreign minister → secretary of state');
    await client.change(SEED_URI, 2, [{ text: fixed }]);
    assert.deepEqual((await client.diagnosticsFor(SEED_URI, 2)).diagnostics, []);
  });

  it('keeps positions exact after astral characters and with CRLF', async () => {
    const text = '🗞️ Breaking 👩🏽‍💼\r\n\r\nRubio said"both sides" would move.\r\n';
    await client.open('file:///drafts/emoji.txt', text);
    const { diagnostics } = await client.diagnosticsFor('file:///drafts/emoji.txt', 1);
    assert.equal(diagnostics.length, 1);
    assert.deepEqual(diagnostics[0].range, { start: { line: 2, character: 6 }, end: { line: 2, character: 15 } });
    assert.equal(wordsAt(text, diagnostics[0]), 'said"both');
  });

  it('applies settings pulled per document and re-checks when they change', async () => {
    client.settings = { checks: { 'quote.spacing': 'error', 'name.inconsistent': 'error', 'title.inconsistent': 'error' } };
    await client.open(SEED_URI, SEED);
    const first = await client.diagnosticsFor(SEED_URI, 1);
    assert.ok(first.diagnostics.every((d) => d.severity === 1));
    client.settings = { checks: { 'quote.spacing': 'off', 'name.inconsistent': 'off', 'title.inconsistent': 'off' } };
    const before = client.diagnostics.get(SEED_URI)!.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const next = await client.waitFor(() => client.diagnostics.get(SEED_URI)!.slice(before).find((p) => p.diagnostics.length === 0), 'cleared diagnostics');
    assert.equal(next.version, 1);
  });

  it('ignores languages it does not check', async () => {
    await client.open('file:///src/app.ts', 'const s = "said"x";', 'typescript');
    await client.open(SEED_URI, SEED);
    await client.diagnosticsFor(SEED_URI, 1);
    assert.equal(client.diagnostics.has('file:///src/app.ts'), false);
  });
});

describe('language server with pull diagnostics', function () {
  this.timeout(20_000);

  it('answers textDocument/diagnostic for the current version instead of pushing', async () => {
    const client = await TestClient.start({
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    try {
      await client.open(SEED_URI, SEED);
      const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: SEED_URI } })) as DocumentDiagnosticReport;
      assert.equal(report.kind, 'full');
      assert.equal(report.kind === 'full' && report.items.length, 8);
      assert.equal(client.diagnostics.size, 0, 'nothing pushed to a pull client');
    } finally {
      await client.stop();
    }
  });
});
