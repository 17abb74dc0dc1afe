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

  it('the unattributed quotation: said once, then why, and the last speaker before it quietly', async () => {
    const text = HARBOR.replace('\n"This is', '\nThe council meets again in July.\n\n"This is');
    await client.open(HARBOR_URI, text, 'markdown');
    await client.diagnosticsFor(HARBOR_URI, 1);
    const value = await hoverAt(client, HARBOR_URI, text, 'last chance');
    assert.equal(value, [
      '**Unattributed quotation** · line 7',
      'Nothing around it names a speaker: not its own sentence, the sentences before and after it in the paragraph, nor the paragraph before.',
      '_The last speaker before it: Nadia Okonkwo (line 3). Copydesk does not guess: only you know who said it._',
    ].join('  \n'));
    assert.equal(value.match(/unattributed/gi)?.length, 1, 'said once');
    assert.doesNotMatch(value, /add the attribution/i, 'the fix is the diagnostic\'s, not repeated');
  });

  it('the unattributed quotation whose nearest source is not enough says which and why, once', async () => {
    await client.open(HARBOR_URI, HARBOR, 'markdown');
    await client.diagnosticsFor(HARBOR_URI, 1);
    const value = await hoverAt(client, HARBOR_URI, HARBOR, 'last chance');
    assert.match(value, /^\*\*Unattributed quotation\*\* · line 5 {2}\nThe nearest source, "Okonkwo" \(.*\), is not enough: /);
    assert.equal(value.match(/unattributed/gi)?.length, 1);
  });

  it('draft words are shown as written, not as Markdown', async () => {
    await client.open(HARBOR_URI, HARBOR, 'markdown');
    await client.diagnosticsFor(HARBOR_URI, 1);
    const value = await hoverAt(client, HARBOR_URI, HARBOR, 'Okonkwo said', 2);
    assert.match(value, /“The port stays \\\*open\\\*” · line 3/);
  });
});
