// Semantic tokens from the real server over stdio: the legend, full and range requests, the
// setting that switches them off, and the refresh the server asks for when settings change.
import { strict as assert } from 'node:assert';
import {
  DidChangeConfigurationNotification, SemanticTokensRangeRequest, SemanticTokensRequest, SemanticTokensRefreshRequest,
  type SemanticTokens, type SemanticTokensLegend,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SEED } from '../support/fixtures';
import { TestClient } from '../support/lspClient';

const URI = 'file:///drafts/talks.draft';
const DRAFT = [
  'KYIV, Ukraine — The talks ended late.',
  '',
  '"We will not give up," a senior Ukrainian official said.',
  '',
  '"Nothing was agreed',
  'at all."',
  '',
  'Rubio said the talks had gone well. "We made progress."',
].join('\n');

interface Decoded {
  text: string;
  type: string;
  modifiers: string[];
}

function decode(tokens: SemanticTokens, legend: SemanticTokensLegend, text: string): Decoded[] {
  const doc = TextDocument.create(URI, 'news-draft', 1, text);
  const out: Decoded[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, bits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine ? deltaStart : character + deltaStart;
    out.push({
      text: doc.getText({ start: { line, character }, end: { line, character: character + length } }),
      type: legend.tokenTypes[type],
      modifiers: legend.tokenModifiers.filter((_, bit) => bits & (1 << bit)),
    });
  }
  return out;
}

describe('language server: semantic tokens', function () {
  this.timeout(20_000);
  let client: TestClient;
  let legend: SemanticTokensLegend;

  beforeEach(async () => {
    client = await TestClient.start({
      capabilities: {
        workspace: { configuration: true, semanticTokens: { refreshSupport: true }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, semanticTokens: { requests: { full: true, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } },
      },
    });
    legend = client.initializeResult!.capabilities.semanticTokensProvider!.legend;
  });
  afterEach(async () => {
    await client.stop();
  });

  it('marks speakers and unattributed quotations, one token per line', async () => {
    await client.open(URI, DRAFT, 'news-draft');
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    assert.deepEqual(decode(tokens!, legend, DRAFT), [
      { text: 'a senior Ukrainian official', type: 'speaker', modifiers: ['described'] },
      { text: '"Nothing was agreed', type: 'quotation', modifiers: ['unattributed'] },
      { text: 'at all."', type: 'quotation', modifiers: ['unattributed'] },
      { text: 'Rubio', type: 'speaker', modifiers: [] },
    ]);
  });

  it('answers a range request with the tokens in the range only', async () => {
    await client.open(URI, DRAFT, 'news-draft');
    const tokens = await client.connection.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri: URI }, range: { start: { line: 5, character: 0 }, end: { line: 7, character: 0 } },
    });
    assert.deepEqual(decode(tokens!, legend, DRAFT).map((t) => t.text), ['at all."']);
  });

  it('highlights the seed draft opened as Markdown', async () => {
    await client.open('file:///drafts/rubio.md', SEED, 'markdown');
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: 'file:///drafts/rubio.md' } });
    assert.deepEqual(decode(tokens!, legend, SEED).map((t) => t.text), ['Marco Rubio', 'Rubio', 'He', 'Rubio', 'He', 'he', 'The US Secretary of State', 'He']);
  });

  it('sends nothing when copydesk.semanticHighlighting is off, and asks the editor to refresh when it changes', async () => {
    const refreshed = new Promise<void>((resolve) => {
      client.connection.onRequest(SemanticTokensRefreshRequest.method, () => {
        resolve();
        return null;
      });
    });
    client.settings = { semanticHighlighting: false };
    await client.open(URI, DRAFT, 'news-draft');
    const off = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    assert.deepEqual(off!.data, []);
    client.settings = {};
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { copydesk: {} } });
    await refreshed;
    const on = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    assert.equal(decode(on!, legend, DRAFT).length, 4);
  });
});
