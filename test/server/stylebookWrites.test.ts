// "Make X the house spelling" loses nothing, through the real server process: the stylebook is
// replaced in one rename of a temporary file written beside it (its mode kept, no temporary file
// left behind), every comment, key order and unknown key stays byte for byte, and a write that
// would overwrite a change made on disk since Copydesk read the stylebook is refused with a message.
import { strict as assert } from 'node:assert';
import { appendFileSync, chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Command } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../support/lspClient';

const DRAFT = 'Zelenskyy met aides in Kyiv. Zelensky said Zelensky would go.';

const STYLEBOOK = [
  '# Foreign desk house style. Ask Maria before changing.',
  'x-desk-notes:            # our own key: Copydesk does not know it',
  '  owner: foreign desk',
  '  reviewed: 2025-05-01',
  'people:',
  '  - name: Dana Kowalczyk   # mayor',
  '    pager: 555-0100      # unknown inside an entry',
  'spellings:',
  '  Kyiv: Kiev             # since 2019',
  '',
].join('\n');

describe('stylebook writes through the language server', function () {
  this.timeout(60_000);
  let client: TestClient;
  let dir: string;
  let stylebookPath: string;
  let uri: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-writes-'));
    stylebookPath = join(dir, '.copydesk.yaml');
    writeFileSync(stylebookPath, STYLEBOOK);
    writeFileSync(join(dir, 'draft.txt'), DRAFT);
    uri = pathToFileURL(join(dir, 'draft.txt')).href;
    client = await TestClient.start();
  });
  afterEach(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The "Make “Zelenskyy” the house spelling" command offered on the draft's current version. */
  async function houseSpellingCommand(version: number): Promise<Command> {
    const diagnostics = await client.waitFor(() => {
      const found = client.diagnostics.get(uri)?.filter((d) => d.version === version).at(-1)?.diagnostics.filter((d) => d.code === 'name.inconsistent');
      return found?.length ? found : undefined;
    }, `name findings of v${version}`);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] },
    })) as CodeAction[];
    const action = actions.find((a) => a.title.startsWith('Make “Zelenskyy” the house spelling'));
    assert.ok(action?.command, actions.map((a) => a.title).join(', '));
    return action.command;
  }

  it('replaces the file atomically, keeping its mode, comments, order and unknown keys', async () => {
    chmodSync(stylebookPath, 0o640);
    const before = statSync(stylebookPath);
    await client.open(uri, DRAFT);
    const command = await houseSpellingCommand(1);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: command.command, arguments: command.arguments });
    assert.equal(readFileSync(stylebookPath, 'utf8'), `${STYLEBOOK}  Zelenskyy: Zelensky\n`);
    const after = statSync(stylebookPath);
    assert.equal(after.mode & 0o777, 0o640, 'the file mode is kept');
    assert.notEqual(after.ino, before.ino, 'a new file renamed over the old one, not the old one rewritten in place');
    assert.deepEqual(readdirSync(dir).sort(), ['.copydesk.yaml', 'draft.txt'], 'no temporary file left behind');
    assert.ok(!client.messages.some((m) => m.type === 1), client.messages.map((m) => m.message).join('\n'));
  });

  it('refuses to overwrite a change made on disk since the stylebook was read, then writes on the next try', async () => {
    await client.open(uri, DRAFT);
    const command = await houseSpellingCommand(1);
    // Someone edits the stylebook after Copydesk read it and offered the fix.
    appendFileSync(stylebookPath, '  Odesa: Odessa         # added by Maria\n');
    const edited = readFileSync(stylebookPath, 'utf8');
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: command.command, arguments: command.arguments });
    const refusal = await client.waitFor(() => client.messages.find((m) => /could not write the house spelling/.test(m.message)), 'the refusal');
    assert.match(refusal.message, /changed since Copydesk read it, so nothing was written/);
    assert.equal(readFileSync(stylebookPath, 'utf8'), edited, 'the change on disk is intact');

    // Once the draft has been checked with the stylebook as it is now, the fix applies to that text.
    await client.change(uri, 2, [{ text: `${DRAFT} ` }]);
    const again = await houseSpellingCommand(2);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: again.command, arguments: again.arguments });
    assert.equal(readFileSync(stylebookPath, 'utf8'), `${edited}  Zelenskyy: Zelensky\n`);
  });

  it('refuses to replace a read-only stylebook, with a message, leaving it as it was', async () => {
    chmodSync(stylebookPath, 0o444);
    await client.open(uri, DRAFT);
    const command = await houseSpellingCommand(1);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: command.command, arguments: command.arguments });
    const refusal = await client.waitFor(() => client.messages.find((m) => /could not write the house spelling/.test(m.message)), 'the refusal');
    assert.match(refusal.message, /is read-only, so Copydesk does not change it/);
    assert.equal(readFileSync(stylebookPath, 'utf8'), STYLEBOOK);
    assert.equal(statSync(stylebookPath).mode & 0o777, 0o444);
  });

  /** The house spelling command offered for `draftUri` once its findings are in. */
  async function commandFor(other: TestClient, draftUri: string): Promise<Command> {
    const diagnostics = await other.waitFor(() => {
      const found = other.diagnostics.get(draftUri)?.at(-1)?.diagnostics.filter((d) => d.code === 'name.inconsistent');
      return found?.length ? found : undefined;
    }, 'name findings');
    const actions = (await other.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: draftUri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] },
    })) as CodeAction[];
    const action = actions.find((a) => a.title.startsWith('Make “Zelenskyy” the house spelling'));
    assert.ok(action?.command, actions.map((a) => a.title).join(', '));
    return action.command;
  }

  it('writes a new stylebook into the workspace folder holding the draft, by path segments (/x/ws2 is not in /x/ws)', async () => {
    const ws = join(dir, 'ws');
    const ws2 = join(dir, 'ws2');
    mkdirSync(ws);
    mkdirSync(ws2);
    rmSync(stylebookPath);
    const draft = join(ws2, 'draft.txt');
    writeFileSync(draft, DRAFT);
    const other = await TestClient.start({ workspaceFolders: [ws, ws2] });
    try {
      const draftUri = pathToFileURL(draft).href;
      await other.open(draftUri, DRAFT);
      const command = await commandFor(other, draftUri);
      await other.connection.sendRequest(ExecuteCommandRequest.type, { command: command.command, arguments: command.arguments });
      assert.deepEqual(readdirSync(ws), [], 'nothing written into the other folder');
      assert.equal(readFileSync(join(ws2, '.copydesk.yaml'), 'utf8'), 'spellings:\n  Zelenskyy: Zelensky\n');
    } finally {
      await other.stop();
    }
  });

  it('offers no stylebook write for a draft that is not a file, and refuses one with a message (nothing in the server\'s folder)', async () => {
    const cwd = join(dir, 'server-cwd');
    mkdirSync(cwd);
    const other = await TestClient.start({ cwd });
    try {
      const draftUri = 'untitled:Untitled-1';
      await other.open(draftUri, DRAFT);
      const diagnostics = await other.waitFor(() => {
        const found = other.diagnostics.get(draftUri)?.at(-1)?.diagnostics.filter((d) => d.code === 'name.inconsistent');
        return found?.length ? found : undefined;
      }, 'name findings');
      const actions = (await other.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: draftUri }, range: diagnostics[0].range, context: { diagnostics: [diagnostics[0]] },
      })) as CodeAction[];
      assert.ok(!actions.some((a) => /house spelling/.test(a.title)), actions.map((a) => a.title).join(', '));
      const args = { uri: draftUri, house: 'Zelenskyy', replaced: ['Zelensky'] };
      await other.connection.sendRequest(ExecuteCommandRequest.type, { command: 'copydesk.makeHouseSpelling', arguments: [args] });
      const refusal = await other.waitFor(() => other.messages.find((m) => /could not write the house spelling/.test(m.message)), 'the refusal');
      assert.match(refusal.message, /not saved as a file/);
      assert.deepEqual(readdirSync(cwd), []);
    } finally {
      await other.stop();
    }
  });
});
