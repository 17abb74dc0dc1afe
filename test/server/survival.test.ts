// The server survives what drafts and editors throw at it, through the real server process.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { SEED } from '../support/fixtures';
import { TestClient } from '../support/lspClient';

const URI = 'file:///drafts/live-blog.txt';

describe('server survival', function () {
  this.timeout(120_000);
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
    // Type "He said"x." one character at a time at the end of the draft: 1,000 changes in one write,
    // so they are queued however fast or slow the machine is.
    const typed = '\n"We will see what happens next," he said"no more.';
    const changes = [];
    for (let version = 2; version <= 1001; version++) {
      const char = typed[(version - 2) % typed.length];
      const lines = text.split('\n');
      const line = lines.length - 1;
      const character = lines[line].length;
      changes.push({ method: 'textDocument/didChange', params: { textDocument: { uri: URI, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: char }] } });
      text += char;
    }
    await client.burst(changes);
    const final = await client.diagnosticsFor(URI, 1001);
    const expected = analyze(text).map((f) => f.code);
    assert.deepEqual(final.diagnostics.map((d) => d.code), expected);
    // One more change: everything the server publishes before it is on the wire before its answer.
    await client.change(URI, 1002, [{ text: SEED }]);
    await client.diagnosticsFor(URI, 1002);
    const versions = client.diagnostics.get(URI)!.map((p) => p.version!);
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `versions only go forward: ${versions.join(', ')}`);
    assert.deepEqual(versions.filter((v) => v > 1 && v <= 1001).slice(-1), [1001], 'the burst ends with the final version');
    // Changes queued behind each other are analysed together, not one by one.
    assert.ok(versions.length < 200, `${versions.length} publications for 1,000 queued changes`);
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
