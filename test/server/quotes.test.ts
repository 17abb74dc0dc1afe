// Hover, document symbols and the attribution code action, through the real server over stdio.
import { strict as assert } from 'node:assert';
import {
  CodeActionRequest, DocumentSymbolRequest, HoverRequest,
  type CodeAction, type DocumentSymbol, type Hover, type MarkupContent, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { SEED } from '../support/fixtures';
import { applyEdits, positionOf, wordsAt } from '../support/lspText';
import { TestClient, serverForEachTest } from '../support/lspClient';

const SEED_URI = 'file:///drafts/rubio.txt';
const DRAFT_URI = 'file:///drafts/harbor.md';
const DRAFT = [
  'Harbor Commissioner Nadia Okonkwo spoke after the vote.',
  '',
  '"The port stays open," Okonkwo said.',
  '',
  '"This is the last chance for the harbor."',
  '',
].join('\n');

describe('quotations over LSP', function () {
  this.timeout(20_000);
  let client: TestClient;
  serverForEachTest((started) => (client = started));

  it('hovers a quotation with its speaker and the cue that attributes it', async () => {
    await client.open(SEED_URI, SEED);
    await client.diagnosticsFor(SEED_URI, 1);
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: SEED_URI }, position: positionOf(SEED, 'sacrifice', { delta: 2 }),
    })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*Partial quotation\*\* · \*\*Marco Rubio\*\*/);
    assert.match(value, /Attributed as “He” with “noted” \(line 2\)/);
    assert.equal(wordsAt(SEED, hover.range!), '"sacrifice"');
  });

  it('explains why a quotation counts as unattributed, and hovers nothing outside quotations', async () => {
    await client.open(DRAFT_URI, DRAFT, 'markdown');
    await client.diagnosticsFor(DRAFT_URI, 1);
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: DRAFT_URI }, position: positionOf(DRAFT, 'last chance'),
    })) as Hover;
    assert.match((hover.contents as MarkupContent).value, /^\*\*Unattributed quotation\*\* · line 5 {2}\n_A quoted sentence or clause: it needs a speaker\._/);
    const none = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: DRAFT_URI }, position: positionOf(DRAFT, 'spoke') });
    assert.equal(none, null);
  });

  it('lists speakers with their quotations as document symbols (the Outline)', async () => {
    await client.open(SEED_URI, SEED);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: SEED_URI } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['Marco Rubio']);
    const children = symbols[0].children!;
    assert.equal(children.length, 8);
    assert.ok(children.some((c) => c.name === 'sacrifice'));
    assert.ok(children[1].name.startsWith('We want to finally reach a peace agreement'));
    assert.equal(wordsAt(SEED, children[2].selectionRange), 'sacrifice');
  });

  it('groups unattributed quotations apart in the Outline', async () => {
    await client.open(DRAFT_URI, DRAFT, 'markdown');
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: DRAFT_URI } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.children!.map((c) => c.name)]), [
      ['Nadia Okonkwo', ['The port stays open']],
      ['Unattributed', ['This is the last chance for the harbor']],
    ]);
  });

  it('offers a code action inserting an attribution with a placeholder, as plain text to a client without snippet edits', async () => {
    await client.open(DRAFT_URI, DRAFT, 'markdown');
    const { diagnostics } = await client.diagnosticsFor(DRAFT_URI, 1);
    const target = diagnostics.find((d) => d.code === 'quote.unattributed')!;
    assert.ok(target, 'the standalone quotation is flagged');
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: DRAFT_URI }, range: target.range, context: { diagnostics: [target] },
    })) as CodeAction[];
    const attribute = actions.find((a) => a.title.startsWith('Add the attribution'))!;
    assert.equal(attribute.title, 'Add the attribution: "…," [WHO] said. (type who said it)');
    assert.notEqual(attribute.isPreferred, true, 'an attribution is never applied by fix-all');
    assert.ok(!actions.some((a) => /Okonkwo/.test(a.title)), 'no action names a speaker the writer did not choose');
    const change = attribute.edit!.documentChanges![0] as { edits: TextEdit[] };
    assert.ok(change.edits.every((edit) => typeof edit.newText === 'string'), 'plain text edits, no snippet');
    const fixed = applyEdits(DRAFT, change.edits);
    assert.ok(fixed.includes('"This is the last chance for the harbor," [WHO] said.\n'));
    await client.change(DRAFT_URI, 2, [{ text: fixed.replace('[WHO]', 'Okonkwo') }]);
    const after = await client.diagnosticsFor(DRAFT_URI, 2);
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'quote.unattributed'), [], 'the name the writer types attributes it');
  });
});
