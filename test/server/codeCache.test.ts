// server/out/server.js keeps a V8 code cache of the server bundle (start.ts): written after the first
// analysis, used by the next start, made again when unusable, one per installed bundle.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED } from '../support/fixtures';
import { TestClient } from '../support/lspClient';

const URI = 'file:///drafts/seed.txt';

describe('server code cache', function () {
  this.timeout(120_000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-code-cache-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  /** Starts the server with the cache in `folder`, returns the seed's diagnostics and the cache files. */
  async function startOnce(): Promise<{ codes: unknown[]; files: string[] }> {
    const client = await TestClient.start({ env: { ...process.env, COPYDESK_CODE_CACHE: folder } });
    try {
      await client.open(URI, SEED);
      const published = await client.diagnosticsFor(URI, 1);
      // Written before the diagnostics are sent, so it is there now.
      return { codes: published.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), files: readdirSync(folder) };
    } finally {
      await client.stop();
    }
  }

  it('writes the cache on the first start, uses it on the next and makes it again when it is unusable', async () => {
    const first = await startOnce();
    assert.ok(first.codes.length > 0);
    assert.equal(first.files.length, 1, `one cache: ${first.files.join(', ')}`);
    const cache = join(folder, first.files[0]);
    const written = statSync(cache).mtimeMs;
    const bytes = readFileSync(cache);

    // Accepted by V8: the same findings, and the cache is not written again.
    const second = await startOnce();
    assert.deepEqual(second.codes, first.codes);
    assert.deepEqual(second.files, first.files);
    assert.equal(statSync(cache).mtimeMs, written);

    // A damaged cache costs nothing but a compile: same findings, and a good cache replaces it.
    writeFileSync(cache, Buffer.alloc(bytes.length, 7));
    const third = await startOnce();
    assert.deepEqual(third.codes, first.codes);
    assert.deepEqual(third.files, first.files);
    assert.notDeepEqual(readFileSync(cache).subarray(0, 64), Buffer.alloc(64, 7));
  });

  it("keeps one cache per installed bundle: an earlier build's cache is removed", async () => {
    const [current] = readdirSync(folder);
    const stale = current.replace(/-[0-9a-f]+\.cache$/, '-0123456789abcdef.cache');
    rmSync(join(folder, current));
    writeFileSync(join(folder, stale), 'an earlier build');
    const other = 'server-00000000-0123456789abcdef.cache';
    writeFileSync(join(folder, other), 'another installation');
    await startOnce();
    assert.deepEqual(readdirSync(folder).sort(), [current, other].sort());
  });
});
