// The server survives what drafts and editors throw at it, through the real server process.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { SEED } from '../support/fixtures';
import { TestClient } from '../support/lspClient';

const URI = 'file:///drafts/live-blog.txt';

describe('server survival', function () {
  this.timeout(60_000);
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('ends a burst of 1,000 incremental changes with the diagnostics of the final version', async () => {
    client = await TestClient.start();
    let text = SEED;
    await client.open(URI, text);
    await client.diagnosticsFor(URI, 1);
    // Type "He said"x." one character at a time at the end of the draft, then delete and retype.
    let version = 1;
    const typed = '\n"We will see what happens next," he said"no more.';
    for (let i = 0; version < 1001; i++) {
      const char = typed[i % typed.length];
      const lines = text.split('\n');
      const line = lines.length - 1;
      const character = lines[line].length;
      version++;
      await client.change(URI, version, [{ range: { start: { line, character }, end: { line, character } }, text: char }]);
      text += char;
    }
    const final = await client.diagnosticsFor(URI, 1001);
    const expected = analyze(text).map((f) => f.code);
    assert.deepEqual(final.diagnostics.map((d) => d.code), expected);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const published = client.diagnostics.get(URI)!;
    assert.equal(published[published.length - 1].version, 1001, 'nothing older is published after the final version');
    for (let i = 1; i < published.length; i++) assert.ok(published[i].version! >= published[i - 1].version!, 'versions only go forward');
    // Changes already queued behind each other are not analysed one by one.
    assert.ok(published.length < 100, `${published.length} publications for 1,000 changes`);
  });

  it('declines a 20 MB draft with a clear message and keeps serving other drafts', async () => {
    client = await TestClient.start({ settings: { maxDocumentSize: 5_000_000 } });
    const huge = `${'The talks went on. '.repeat(1_100_000)}said"x`;
    await client.open('file:///drafts/huge.txt', huge);
    const message = await client.waitFor(() => client!.messages.find((m) => /did not check this draft/.test(m.message)), 'size message');
    assert.match(message.message, /copydesk\.maxDocumentSize/);
    const published = await client.diagnosticsFor('file:///drafts/huge.txt', 1);
    assert.deepEqual(published.diagnostics, []);
    await client.open(URI, SEED);
    assert.equal((await client.diagnosticsFor(URI, 1)).diagnostics.length, 8);
  });

  it('contains a crash in one check: reported once, the other checks still run', async () => {
    client = await TestClient.start({ env: { ...process.env, COPYDESK_FAULT_INJECTION: 'check:quote.unbalanced' } });
    await client.open(URI, SEED);
    const first = await client.diagnosticsFor(URI, 1);
    assert.equal(first.diagnostics.filter((d) => d.code === 'quote.spacing').length, 5, 'the other checks still report');
    await client.change(URI, 2, [{ text: `${SEED}\n"Unclosed` }]);
    await client.diagnosticsFor(URI, 2);
    const errors = client.messages.filter((m) => /quote\.unbalanced check failed/.test(m.message));
    assert.equal(errors.length, 1, 'reported once, not on every keystroke');
    assert.ok(client.logs.some((line) => /fault injected into quote\.unbalanced/.test(line)), 'the details are logged');
  });
});
