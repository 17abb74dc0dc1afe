// Titles through the real server over stdio: the diagnostic, its quick fix applied as a versioned
// edit, and the hover with the person's offices on the article date.
import { strict as assert } from 'node:assert';
import {
  CodeActionRequest, HoverRequest,
  type CodeAction, type Diagnostic, type Hover, type MarkupContent, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { SEED } from '../support/fixtures';
import { applyEdits, positionOf, wordsAt } from '../support/lspText';
import { TestClient, serverForEachTest } from '../support/lspClient';

const SEED_URI = 'file:///drafts/rubio.txt';
const DRAFT_URI = 'file:///drafts/washington.md';
const DRAFT = [
  '---',
  'date: 2025-08-19',
  '---',
  '',
  'WASHINGTON — Prime Minister Volodymyr Zelenskyy thanked Trump. Chancellor Olaf Scholz told reporters that Berlin would decide with its partners.',
  '',
].join('\n');

function titleDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => String(d.code).startsWith('title.'));
}

describe('titles over LSP', function () {
  this.timeout(20_000);
  let client: TestClient;
  serverForEachTest((started) => (client = started));

  it('offers the title fix as a quick fix that changes only the title and leaves no title finding', async () => {
    await client.open(SEED_URI, SEED);
    const { diagnostics } = await client.diagnosticsFor(SEED_URI, 1);
    const [target] = titleDiagnostics(diagnostics);
    assert.equal(wordsAt(SEED, target.range), 'foreign minister');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: SEED_URI }, range: target.range, context: { diagnostics: [target] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'title.inconsistent')!;
    assert.equal(fix.title, 'Change to "secretary of state"');
    assert.equal(fix.isPreferred, true);
    const change = fix.edit!.documentChanges![0] as { textDocument: { version: number }; edits: TextEdit[] };
    assert.equal(change.textDocument.version, 1);
    const fixed = applyEdits(SEED, change.edits);
    assert.equal(fixed, SEED.replace('the foreign minister acknowledged', 'the secretary of state acknowledged'));
    await client.change(SEED_URI, 2, [{ text: fixed }]);
    assert.deepEqual(titleDiagnostics((await client.diagnosticsFor(SEED_URI, 2)).diagnostics), []);
  });

  it('hovers a title with whose it is and their offices on the article date', async () => {
    await client.open(DRAFT_URI, DRAFT, 'markdown');
    const { diagnostics } = await client.diagnosticsFor(DRAFT_URI, 1);
    assert.deepEqual(titleDiagnostics(diagnostics).map((d) => d.code), ['title.mismatch', 'title.outdated']);
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: DRAFT_URI }, position: positionOf(DRAFT, 'Chancellor Olaf', { delta: 3 }),
    })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Title\*\* "Chancellor": the title of \*\*Olaf Scholz\*\*/);
    assert.match(value, /No office the knowledge base records on Aug\. 19, 2025, the article date/);
    assert.match(value, /Earlier: Chancellor \(Germany\), Dec\. 8, 2021 to May 6, 2025/);
    assert.match(value, /\*\*title\.outdated\*\*/);
    assert.equal(wordsAt(DRAFT, hover.range!), 'Chancellor');
  });

  it('says "as of" the knowledge base\'s check date for an article dated after it', async () => {
    await client.stop();
    client = await TestClient.start({ settings: { articleDate: '2026-11-27' } });
    await client.open(SEED_URI, SEED);
    await client.diagnosticsFor(SEED_URI, 1);
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: SEED_URI }, position: positionOf(SEED, 'foreign minister', { delta: 2 }),
    })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Marco Rubio\*\*/);
    assert.match(value, /Offices as of Nov\. 30, 2025, when the knowledge base was last checked \(the article is dated Nov\. 27, 2026\): Secretary of State \(United States\)/);
  });
});
