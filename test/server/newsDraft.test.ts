// Copydesk's own News-draft language is checked by the server exactly like plain text.
import { strict as assert } from 'node:assert';
import { SEED } from '../support/fixtures';
import { TestClient, serverForEachTest } from '../support/lspClient';

describe('language server: News drafts', function () {
  this.timeout(20_000);
  let client: TestClient;
  serverForEachTest((started) => (client = started));

  it('checks a news-draft document as plain text', async () => {
    const uri = 'file:///drafts/rubio.draft';
    await client.open(uri, SEED, 'news-draft');
    const published = await client.diagnosticsFor(uri, 1);
    await client.open('file:///drafts/rubio.txt', SEED, 'plaintext');
    const plain = await client.diagnosticsFor('file:///drafts/rubio.txt', 1);
    assert.equal(published.diagnostics.filter((d) => d.code === 'quote.spacing').length, 5);
    assert.deepEqual(published.diagnostics, plain.diagnostics);
  });
});
