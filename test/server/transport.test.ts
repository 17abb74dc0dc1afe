// The stdio transport under abuse, through the real server process: raw bytes on its standard
// input, its exit and its standard error watched. A stream that breaks LSP's base protocol is
// logged and ends the server; a message over the size limit is refused from its header, before
// its bytes are kept; the end of the input ends the server; a body that is not JSON is skipped.
import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER } from '../support/lspClient';
import { BoundedMessageReader, BrokenStream } from '../../server/src/transport';
import { PassThrough } from 'node:stream';

interface Running {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

const started = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of started) child.kill();
});

function startServer(): Running {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, COPYDESK_CODE_CACHE: 'off' } });
  started.add(child);
  child.stdin!.on('error', () => undefined); // writes after the server stopped reading
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => { out += String(chunk); });
  child.stderr!.on('data', (chunk) => { err += String(chunk); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => {
    started.delete(child);
    resolve(code);
  }));
  return { child, stdout: () => out, stderr: () => err, exited };
}

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

// Editors send their process id: the server checks every few seconds that it is still alive.
const INITIALIZE = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
const SHUTDOWN = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' });

/** The exit status, or 'running' if the server is still up after `ms`. */
async function exitWithin(server: Running, ms: number): Promise<number | null | 'running'> {
  const timeout = new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), ms).unref());
  return Promise.race([server.exited, timeout]);
}

async function until(condition: () => boolean, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the stdio transport', function () {
  this.timeout(60_000);
  const servers: Running[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.child.kill();
  });
  function start(): Running {
    const server = startServer();
    servers.push(server);
    return server;
  }

  const broken: Array<[string, string, RegExp]> = [
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}', /Content-Length is not a number of bytes \("abc"\)/],
    ['no Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}', /no Content-Length header/],
    ['header lines ending in LF only', `Content-Length: ${INITIALIZE.length}\n\n${INITIALIZE}`, /bare line feed/],
    ['a header line that is not "Name: value"', 'Content-Length 2\r\n\r\n{}', /not "Name: value"/],
    ['a header without end', `X-Padding: ${'a'.repeat(20_000)}`, /header runs over 8192 bytes/],
  ];
  for (const [what, bytes, reason] of broken) {
    it(`logs and exits on ${what}, after answering what came before`, async () => {
      const server = start();
      server.child.stdin!.write(frame(INITIALIZE));
      await until(() => /"id":1/.test(server.stdout()), 'the answer to initialize');
      server.child.stdin!.write(bytes);
      assert.equal(await exitWithin(server, 10_000), 1, `the server exits with status 1 (stderr: ${server.stderr()})`);
      assert.match(server.stderr(), reason);
      assert.match(server.stderr(), /broke LSP's base protocol/);
    });
  }

  it('refuses a message over the size limit from its header, without keeping its bytes', async () => {
    const server = start();
    server.child.stdin!.write('Content-Length: 99999999999\r\n\r\n');
    // The body it announces would be 100 GB; a few megabytes of it are sent, none needs to be kept.
    const chunk = 'x'.repeat(1 << 20);
    for (let i = 0; i < 4; i++) server.child.stdin!.write(chunk, () => undefined);
    assert.equal(await exitWithin(server, 10_000), 1);
    assert.match(server.stderr(), /a message of 99999999999 bytes is over the limit of 134217728 bytes/);
  });

  it('exits when its input ends: status 1 without a shutdown request, 0 after one', async () => {
    const first = start();
    first.child.stdin!.write(frame(INITIALIZE));
    await until(() => /"id":1/.test(first.stdout()), 'the answer to initialize');
    first.child.stdin!.end();
    assert.equal(await exitWithin(first, 10_000), 1);

    const second = start();
    second.child.stdin!.write(frame(INITIALIZE));
    await until(() => /"id":1/.test(second.stdout()), 'the answer to initialize');
    second.child.stdin!.write(frame(SHUTDOWN));
    await until(() => /"id":2/.test(second.stdout()), 'the answer to shutdown');
    second.child.stdin!.end();
    assert.equal(await exitWithin(second, 10_000), 0);
  });

  it('skips a body that is not JSON and answers the next request', async () => {
    const server = start();
    server.child.stdin!.write(frame('{"jsonrpc": "2.0", "id": 7, "method": '));
    server.child.stdin!.write(frame(INITIALIZE));
    await until(() => /"id":1/.test(server.stdout()), 'the answer to initialize');
    assert.match(server.stderr(), /not JSON/);
    assert.equal(await exitWithin(server, 200), 'running');
  });
});

describe('BoundedMessageReader', () => {
  function read(chunks: Array<string | Buffer>): { messages: unknown[]; broken: string[] } {
    const input = new PassThrough();
    const messages: unknown[] = [];
    const broken: string[] = [];
    const reader = new BoundedMessageReader(input, (error: BrokenStream) => broken.push(error.message), { maxMessageBytes: 256, maxHeaderBytes: 128 });
    reader.listen((message) => messages.push(message));
    for (const chunk of chunks) input.write(chunk);
    return { messages, broken };
  }

  it('reads messages split anywhere, a CR LF split between chunks included, and multi-byte characters split in two', () => {
    const body = JSON.stringify({ jsonrpc: '2.0', method: 'x', params: 'Zelenskyy — “yes”' });
    const bytes = Buffer.from(frame(body) + frame('{"jsonrpc":"2.0","method":"y"}'));
    for (let cut = 1; cut < bytes.length; cut++) {
      const { messages, broken } = read([bytes.subarray(0, cut), bytes.subarray(cut)]);
      assert.deepEqual(broken, [], `cut at ${cut}`);
      assert.deepEqual(messages.map((m) => (m as { method: string }).method), ['x', 'y'], `cut at ${cut}`);
    }
    const oneByOne = read([...bytes].map((b) => Buffer.from([b])));
    assert.equal(oneByOne.messages.length, 2);
  });

  it('accepts header names in any case, a content type in UTF-8 and repeated equal lengths; refuses other charsets and conflicting lengths', () => {
    assert.equal(read(['content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf8\r\n\r\n{}']).messages.length, 1);
    assert.equal(read(['Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}']).messages.length, 1);
    assert.match(read(['Content-Length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-16\r\n\r\n{}']).broken[0], /UTF-8 only/);
    assert.match(read(['Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}']).broken[0], /two different Content-Length/);
    assert.match(read(['Content-Length: 257\r\n\r\n']).broken[0], /257 bytes is over the limit of 256/);
    assert.match(read([`X-Padding: ${'a'.repeat(200)}`]).broken[0], /over 128 bytes without its end/);
    assert.match(read(['Content-Length: -1\r\n\r\n']).broken[0], /not a number/);
  });

  it('reports once and reads nothing after a broken header', () => {
    const { messages, broken } = read(['Content-Length: x\r\n\r\n', frame('{"jsonrpc":"2.0","method":"y"}')]);
    assert.deepEqual(messages, []);
    assert.equal(broken.length, 1);
  });
});
