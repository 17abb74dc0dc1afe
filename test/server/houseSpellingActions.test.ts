// "Make … the house spelling" entries say what they replace, so that no two read alike, and a
// spelling the knowledge base corrects comes last, worded as overriding it.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../support/lspClient';

describe('house spelling quick fixes', function () {
  this.timeout(30_000);
  let client: TestClient;
  let dir: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-house-'));
    client = await TestClient.start();
  });
  afterEach(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The titles of the house-spelling actions on the first name finding of `text`. */
  async function houseTitles(text: string, name = 'draft.txt'): Promise<string[]> {
    const uri = pathToFileURL(join(dir, name)).href;
    await client.open(uri, text);
    const { diagnostics } = await client.diagnosticsFor(uri, 1);
    const finding = diagnostics.find((d) => String(d.code).startsWith('name.'));
    assert.ok(finding, `a name finding in ${text}`);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] },
    })) as CodeAction[];
    return actions.filter((a) => a.title.startsWith('Make ')).map((a) => a.title);
  }

  it('the knowledge base\'s spelling first; the one it corrects last, worded as overriding it', async () => {
    const titles = await houseTitles('Foreign Minister Andrii Sybiha arrived in Ankara. Sybiga said the talks would go on.');
    assert.deepEqual(titles, [
      'Make “Sybiha” the house spelling (replaces “Sybiga”)',
      'Make “Sybiga” the house spelling, overriding the knowledge base’s “Sybiha”',
    ]);
  });

  it('names every spelling an entry replaces, so two entries never read alike', async () => {
    const titles = await houseTitles('Zelenskyy met aides. Zelensky said Zelenskiy would go.');
    assert.equal(new Set(titles).size, titles.length);
    assert.equal(titles[0], 'Make “Zelenskyy” the house spelling (replaces “Zelensky”, “Zelenskiy”)');
    assert.ok(titles.slice(1).every((t) => /overriding the knowledge base’s “Zelenskyy” \(also replaces “Zelenskiy?”\)$/.test(t)), titles.join('\n'));
  });

  it('a name no list knows: the draft\'s majority first, each with what it replaces', async () => {
    const titles = await houseTitles('Mayor Dana Kowalczyk spoke. Kowalczyk said the bond passed. Kowalcyk thanked voters. Kowalczyk left.');
    assert.deepEqual(titles, [
      'Make “Kowalczyk” the house spelling (replaces “Kowalcyk”)',
      'Make “Kowalcyk” the house spelling (replaces “Kowalczyk”)',
    ]);
  });

  it('against the house stylebook: only the other spelling, worded as changing the house decision', async () => {
    writeFileSync(join(dir, '.copydesk.yaml'), 'spellings:\n  Kyiv: Kiev\n');
    const titles = await houseTitles('Officials in Kiev said the convoy had left.');
    assert.deepEqual(titles, ['Make “Kiev” the house spelling instead of “Kyiv”']);
  });
});
