// Names through the real server: fix-all, hover, rename, completion, the house stylebook.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CompletionRequest, DidChangeWatchedFilesNotification, ExecuteCommandRequest, FileChangeType, HoverRequest,
  PrepareRenameRequest, RenameRequest,
  type CodeAction, type CompletionItem, type Hover, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { CHECKS } from '../../server/src/core/checks';
import { SEED } from '../support/fixtures';
import { applyEdits, positionOf, wordsAt } from '../support/lspText';
import { TestClient } from '../support/lspClient';

function applied(text: string, edit: WorkspaceEdit | null): string {
  assert.ok(edit);
  const edits = edit.documentChanges ? (edit.documentChanges[0] as { edits: TextEdit[] }).edits : Object.values(edit.changes!)[0];
  return applyEdits(text, edits);
}

describe('names through the language server', function () {
  this.timeout(30_000);
  let client: TestClient;
  let dir: string;
  let uri: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-names-'));
    writeFileSync(join(dir, 'draft.txt'), SEED);
    uri = pathToFileURL(join(dir, 'draft.txt')).href;
    client = await TestClient.start();
  });
  afterEach(async () => {
    await client.stop();
  });

  const nameDiagnostics = async (version: number) =>
    (await client.diagnosticsFor(uri, version)).diagnostics.filter((d) => String(d.code).startsWith('name.'));

  it('flags the two “Zelensky” of the seed and fix-all leaves no name finding, changing nothing else', async () => {
    // Only the name checks, so that fix-all's result is theirs alone.
    client.settings = { checks: Object.fromEntries(CHECKS.filter((c) => !c.id.startsWith('name.')).map((c) => [c.id, 'off'])) };
    await client.open(uri, SEED);
    const found = await nameDiagnostics(1);
    assert.deepEqual(found.map((d) => d.code), ['name.inconsistent', 'name.inconsistent']);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.copydesk'] },
    })) as CodeAction[];
    const fixed = applied(SEED, actions[0].edit!);
    assert.equal(fixed, SEED.replace(/Zelensky(?!y)/g, 'Zelenskyy'));
    await client.change(uri, 2, [{ text: fixed }]);
    assert.deepEqual(await nameDiagnostics(2), []);
  });

  it('offers this occurrence, every occurrence and the house spelling as quick fixes', async () => {
    const text = 'Zelenskyy met aides. Zelensky said Zelensky would go.';
    await client.open(uri, text);
    const [first] = await nameDiagnostics(1);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: first.range, context: { diagnostics: [first] },
    })) as CodeAction[];
    assert.deepEqual(actions.filter((a) => a.kind === 'quickfix').map((a) => a.title), [
      'Change to “Zelenskyy”',
      'Change all 2 to “Zelenskyy” in this draft',
      'Make “Zelenskyy” the house spelling (replaces “Zelensky”)',
      'Make “Zelensky” the house spelling, overriding the knowledge base’s “Zelenskyy”',
      'Turn off name.inconsistent for this draft',
    ]);
    assert.equal(applied(text, actions[1].edit!), 'Zelenskyy met aides. Zelenskyy said Zelenskyy would go.');
  });

  it('shows who a person is on hover, through a surname, a variant or a title', async () => {
    await client.open(uri, SEED);
    await client.diagnosticsFor(uri, 1);
    const hover = async (needle: string, nth = 1) =>
      (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(SEED, needle, { nth, delta: 1 }) })) as Hover;
    const zelensky = await hover('Zelensky ');
    const value = (zelensky.contents as { value: string }).value;
    assert.match(value, /\*\*Volodymyr Zelenskyy\*\*/);
    assert.match(value, /Ukraine's president/);
    assert.match(value, /\*\*Spellings in this draft\*\* {2}\nZelenskyy ×2 · Zelensky ×2/);
    const rubio = (await hover('Rubio', 2)).contents as { value: string };
    assert.match(rubio.value, /\*\*Marco Rubio\*\*/);
    assert.match(rubio.value, /\*\*Introduced as\*\* {2}\n“US Secretary of State Marco Rubio” · line 1/);
    assert.match(rubio.value, /\*\*Quotations in this draft: \d+\*\*/);
  });

  it('renames every spelling of a person in one edit', async () => {
    await client.open(uri, SEED);
    await client.diagnosticsFor(uri, 1);
    const position = positionOf(SEED, 'Zelensky ', { delta: 1 });
    const prepared = (await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position })) as { placeholder: string };
    assert.equal(prepared.placeholder, 'Zelensky');
    const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'Zelenskiy' })) as WorkspaceEdit;
    const renamed = applied(SEED, edit);
    assert.equal((renamed.match(/Zelenskiy/g) ?? []).length, 4);
    assert.ok(!/Zelensky(?!i)/.test(renamed.replace(/Zelenskiy/g, '')));
    assert.equal(renamed, SEED.replace(/Zelenskyy|Zelensky/g, 'Zelenskiy'));
  });

  it('completes the start of a known name with the house spelling', async () => {
    const text = 'Talks with Zel';
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: text.length } })) as CompletionItem[];
    assert.ok(items.some((i) => i.label === 'Zelenskyy'), items.map((i) => i.label).join(', '));
    assert.ok(!items.some((i) => i.label === 'Zelensky' || i.label === 'Zelenskiy'), 'variants are not offered');
    const kiev = 'Shelling in Kie';
    await client.change(uri, 2, [{ text: kiev }]);
    const forVariant = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 0, character: kiev.length } })) as CompletionItem[];
    assert.ok(forVariant.some((i) => i.label === 'Kyiv'));
  });

  describe('with a house stylebook', () => {
    it('flags the other spelling when the stylebook prefers “Zelensky”, and reloads it on change', async () => {
      writeFileSync(join(dir, '.copydesk.yaml'), '# house style\nspellings:\n  Zelensky: Zelenskyy\n');
      await client.open(uri, SEED);
      const found = await nameDiagnostics(1);
      assert.equal(found.length, 2);
      assert.deepEqual(found.map((d) => wordsAt(SEED, d)), ['Zelenskyy', 'Zelenskyy']);
      // The stylebook changes on disk: the draft is re-checked without a restart.
      writeFileSync(join(dir, '.copydesk.yaml'), '# house style\nspellings: {}\n');
      const before = client.diagnostics.get(uri)!.length;
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(join(dir, '.copydesk.yaml')).href, type: FileChangeType.Changed }] });
      const next = await client.waitFor(() => client.diagnostics.get(uri)!.slice(before).find((p) => p.diagnostics.some((d) => d.code === 'name.inconsistent' && p.diagnostics.filter((x) => x.code === 'name.inconsistent').length === 2 && /“Zelenskyy” is the spelling in Copydesk/.test(String(d.message)))), 'diagnostics with the knowledge base spelling');
      assert.ok(next);
    });

    it('publishes stylebook problems on the stylebook with line and column, and uses its unsaved text', async () => {
      const stylebookPath = join(dir, '.copydesk.yaml');
      const stylebookUri = pathToFileURL(stylebookPath).href;
      writeFileSync(stylebookPath, 'spellings:\n  Kyiv: Kiev\npeople:\n  - name: X\n    pronouns: it\n');
      await client.open(uri, 'Officials in Kiev met.');
      const found = await nameDiagnostics(1);
      assert.deepEqual(found.map((d) => d.code), ['name.house-style'], 'the valid part applies');
      const problems = await client.waitFor(() => client.diagnostics.get(stylebookUri)?.at(-1), 'stylebook diagnostics');
      assert.equal(problems.diagnostics.length, 2);
      assert.deepEqual(problems.diagnostics.map((d) => d.range.start), [{ line: 3, character: 10 }, { line: 4, character: 14 }]);
      // Editing the stylebook in the editor applies before it is saved.
      await client.open(stylebookUri, 'spellings:\n  Kiev: Kyiv\n', 'yaml');
      await client.waitFor(() => client.diagnostics.get(uri)!.at(-1)!.diagnostics.length === 0 && client.diagnostics.get(uri)!.at(-1), 'draft re-checked');
      assert.deepEqual(client.diagnostics.get(stylebookUri)!.at(-1)!.diagnostics, []);
    });

    it('writes “Make X the house spelling” into .copydesk.yaml, keeping its comments', async () => {
      const stylebookPath = join(dir, '.copydesk.yaml');
      const original = '# Foreign desk style. Ask Maria before changing.\nspellings:\n  Kyiv: Kiev   # since 2019\n';
      writeFileSync(stylebookPath, original);
      await client.open(uri, SEED);
      await nameDiagnostics(1);
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'copydesk.makeHouseSpelling', arguments: [{ uri, house: 'Zelensky', replaced: ['Zelenskyy'] }] });
      assert.equal(readFileSync(stylebookPath, 'utf8'), `${original}  Zelensky: Zelenskyy\n`);
      const next = await client.waitFor(() => {
        const last = client.diagnostics.get(uri)!.at(-1)!;
        const names = last.diagnostics.filter((d) => d.code === 'name.inconsistent');
        return names.length === 2 && names.every((d) => /house stylebook/.test(String(d.message))) && last;
      }, 're-checked with the new house spelling');
      assert.ok(next);
    });
  });

  it('reads no stylebook in an untrusted workspace', async () => {
    await client.stop();
    writeFileSync(join(dir, '.copydesk.yaml'), 'spellings:\n  Zelensky: Zelenskyy\n');
    client = await TestClient.start({ initializationOptions: { trusted: false } });
    await client.open(uri, SEED);
    const found = await nameDiagnostics(1);
    assert.deepEqual(found.map((d) => wordsAt(SEED, d)), ['Zelensky', 'Zelensky']);
  });
});
