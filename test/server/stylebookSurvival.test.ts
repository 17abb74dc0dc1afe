// The server survives a malformed or hostile house stylebook, through the real server process:
// each case's problem is published on the stylebook (with its line and column where one is
// meaningful), drafts are still checked with what is valid, and the server keeps answering.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HOSTILE_DRAFT, HOSTILE_STYLEBOOKS } from '../support/hostileStylebooks';
import { TestClient } from '../support/lspClient';

describe('server survival with a hostile stylebook', function () {
  this.timeout(120_000);
  let client: TestClient | undefined;
  let dir: string | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  for (const hostile of HOSTILE_STYLEBOOKS) {
    it(`${hostile.name}: a problem on the stylebook, drafts still checked ${hostile.keepsValidPart ? 'with its valid part' : 'with the built-in knowledge'}`, async () => {
      dir = mkdtempSync(join(tmpdir(), 'copydesk-hostile-'));
      const stylebookPath = join(dir, '.copydesk.yaml');
      hostile.write(stylebookPath);
      const draftPath = join(dir, 'draft.txt');
      writeFileSync(draftPath, HOSTILE_DRAFT);
      const uri = pathToFileURL(draftPath).href;
      const stylebookUri = pathToFileURL(stylebookPath).href;
      client = await TestClient.start();
      await client.open(uri, HOSTILE_DRAFT);

      const codes = (await client.diagnosticsFor(uri, 1)).diagnostics.map((d) => d.code);
      assert.ok(codes.includes('quote.spacing'), `the checks still run: ${codes}`);
      assert.equal(codes.includes('name.house-style'), hostile.keepsValidPart, `the stylebook's valid part ${hostile.keepsValidPart ? 'applies' : 'is not used'}: ${codes}`);

      const published = await client.waitFor(() => client!.diagnostics.get(stylebookUri)?.at(-1), 'diagnostics on the stylebook');
      const problem = published.diagnostics.find((d) => hostile.problem.test(String(d.message)));
      assert.ok(problem, published.diagnostics.map((d) => d.message).join('\n'));
      assert.equal(problem.code, 'stylebook');
      if (hostile.at) assert.deepEqual(problem.range.start, hostile.at);

      // The server keeps answering: an edit of the draft is checked, and so is another draft.
      await client.change(uri, 2, [{ text: `${HOSTILE_DRAFT}\n\n"Unclosed, she said.` }]);
      const edited = (await client.diagnosticsFor(uri, 2)).diagnostics.map((d) => d.code);
      assert.ok(edited.includes('quote.unbalanced'), `${edited}`);
      const other = pathToFileURL(join(dir, 'other.txt')).href;
      await client.open(other, 'The minister said"no."');
      assert.deepEqual((await client.diagnosticsFor(other, 1)).diagnostics.map((d) => d.code), ['quote.spacing']);
      assert.ok(!client.messages.some((m) => m.type === 1), `no error message: ${client.messages.map((m) => m.message)}`);
    });
  }
});
