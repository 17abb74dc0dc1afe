// Hover cards over LSP, as any client receives them: Markdown with the name in bold, the role on the
// article date, the date in a quieter line, sections for the draft's spellings, how it introduced
// the person and their quotations; the unattributed quotation said once, then why.
import { strict as assert } from 'node:assert';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { SEED } from '../support/fixtures';
import { serverForEachTest, type TestClient } from '../support/lspClient';
import { positionOf } from '../support/lspText';

const URI = 'file:///drafts/rubio.txt';
const HARBOR_URI = 'file:///drafts/harbor.md';
const HARBOR = [
  'Harbor Commissioner Nadia Okonkwo spoke after the vote.',
  '',
  '"The port stays *open*," Okonkwo said.',
  '',
  '"This is the last chance for the harbor."',
  '',
].join('\n');

async function hoverAt(client: TestClient, uri: string, text: string, needle: string, delta = 1): Promise<string> {
  const hover = (await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, { delta }) })) as Hover;
  assert.ok(hover, `a hover on ${needle}`);
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

describe('hover cards over LSP', function () {
  this.timeout(20_000);
  let client: TestClient;
  serverForEachTest((started) => (client = started), { settings: { articleDate: '2025-08-18' } });

  it('the speaker card: name in bold, role on the article date, the date quieter, then its sections', async () => {
    await client.open(URI, SEED);
    await client.diagnosticsFor(URI, 1);
    const value = await hoverAt(client, URI, SEED, 'Rubio said in');
    const [head, ...sections] = value.split('\n\n');
    assert.deepEqual(head.split('  \n'), [
      '**Marco Rubio**',
      'Secretary of State, United States · since Jan. 21, 2025',
      'National Security Advisor, United States (acting) · since May 1, 2025',
      '_On Aug. 18, 2025, the article’s date_',
    ]);
    assert.deepEqual(sections.map((s) => s.split('  \n')[0]), ['**Who**', '**Spellings in this draft**', '**Introduced as**', '**Quotations in this draft: 8**']);
    assert.match(value, /\*\*Introduced as\*\* {2}\n“US Secretary of State Marco Rubio” · line 1/);
    assert.match(value, /\n- “sacrifice” · line 2 {2}\n/);
    assert.match(value, /\n- and 3 more$/);
  });

  it('the same card from a pronoun the draft resolves to him', async () => {
    await client.open(URI, SEED);
    await client.diagnosticsFor(URI, 1);
    const value = await hoverAt(client, URI, SEED, 'He noted', 0);
    assert.match(value, /^\*\*Marco Rubio\*\* {2}\n/);
  });

  it('the unattributed quotation: said once (the diagnostic gives the fix and why), then why it needs a speaker and the last speaker before it', async () => {
    await client.open(HARBOR_URI, HARBOR, 'markdown');
    const { diagnostics } = await client.diagnosticsFor(HARBOR_URI, 1);
    const diagnostic = diagnostics.find((d) => d.code === 'quote.unattributed')!;
    const value = await hoverAt(client, HARBOR_URI, HARBOR, 'last chance');
    assert.equal(value, [
      '**Unattributed quotation** · line 5',
      '_A quoted sentence or clause: it needs a speaker._',
      '_The last speaker before it: Nadia Okonkwo (line 3). Copydesk does not guess: only you know who said it._',
    ].join('  \n'));
    // VS Code shows the diagnostic above the card: together they say it once, then the reason.
    const together = `${diagnostic.message}\n${value}`;
    const reason = String(diagnostic.message).slice(String(diagnostic.message).indexOf('. ') + 2, String(diagnostic.message).indexOf('. ') + 60);
    assert.equal(together.split(reason).length - 1, 1, `the reason once: ${reason}`);
    assert.doesNotMatch(value, /add (who|the attribution)/i, 'the fix is the diagnostic\'s, not repeated');
  });

  it('draft words are shown as written, not as Markdown', async () => {
    await client.open(HARBOR_URI, HARBOR, 'markdown');
    await client.diagnosticsFor(HARBOR_URI, 1);
    const value = await hoverAt(client, HARBOR_URI, HARBOR, 'Okonkwo said', 2);
    assert.match(value, /“The port stays \\\*open\\\*” · line 3/);
  });
});
