// Other editors name plain text and Markdown their own way; the server must check their drafts too.
import { strict as assert } from 'node:assert';
import { languageOf } from '../../server/src/language';
import { TestClient } from '../support/lspClient';

describe('language ids from other editors', function () {
  this.timeout(20_000);

  it('reads text (Neovim, Emacs, Helix) as plain text and gfm (Emacs) as Markdown; ignores the rest', () => {
    assert.equal(languageOf('plaintext'), 'plaintext');
    assert.equal(languageOf('text'), 'plaintext');
    assert.equal(languageOf('markdown'), 'markdown');
    assert.equal(languageOf('gfm'), 'markdown');
    for (const other of ['typescript', 'python', 'constructor', 'toString', '']) assert.equal(languageOf(other), undefined, other);
  });

  it('publishes diagnostics for a draft opened as `text`, and none for a program', async () => {
    const client = await TestClient.start();
    try {
      await client.open('file:///drafts/a.txt', 'He said"yes."', 'text');
      const published = await client.diagnosticsFor('file:///drafts/a.txt', 1);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['quote.spacing']);
      await client.open('file:///src/a.py', 'print("He said"yes."")', 'python');
      await client.open('file:///drafts/b.md', 'She said"no."', 'gfm');
      const markdown = await client.diagnosticsFor('file:///drafts/b.md', 1);
      assert.deepEqual(markdown.diagnostics.map((d) => d.code), ['quote.spacing']);
      assert.equal(client.diagnostics.get('file:///src/a.py'), undefined, 'a program is not a draft');
    } finally {
      await client.stop();
    }
  });
});
