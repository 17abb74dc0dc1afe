// A real JSON-RPC client for the bundled language server, started as a child process over stdio.
// Integration tests speak LSP to it exactly as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, PublishDiagnosticsNotification,
  ConfigurationRequest, ShutdownRequest, ExitNotification, ShowMessageNotification, LogMessageNotification,
  type ProtocolConnection, type PublishDiagnosticsParams, type ClientCapabilities,
  type TextDocumentContentChangeEvent, type ShowMessageParams, type InitializeResult,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'server', 'out', 'server.js');

export interface StartOptions {
  capabilities?: ClientCapabilities;
  /** The `copydesk` settings section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  env?: NodeJS.ProcessEnv;
  /** Sent as InitializeParams.initializationOptions (VS Code sends `trusted`). */
  initializationOptions?: unknown;
  /** Folder paths sent as InitializeParams.workspaceFolders. */
  workspaceFolders?: string[];
  /** The server process's working directory. */
  cwd?: string;
}

/** Servers still running: a test that fails before stopping its server must not keep the run alive. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill();
});

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  readonly messages: ShowMessageParams[] = [];
  readonly logs: string[] = [];
  private waiters: Array<() => void> = [];
  settings: Record<string, unknown>;
  configurationRequests = 0;
  /** What the server answered to `initialize`: its capabilities. */
  initializeResult: InitializeResult | undefined;

  private constructor(readonly process: ChildProcess, readonly connection: ProtocolConnection, settings: Record<string, unknown>) {
    this.settings = settings;
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env, cwd: options.cwd });
    running.add(child);
    child.once('exit', () => running.delete(child));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, options.settings ?? {});
    child.stderr!.on('data', (chunk) => client.logs.push(String(chunk)));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = client.diagnostics.get(params.uri) ?? [];
      list.push(params);
      client.diagnostics.set(params.uri, list);
      client.notify();
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      client.messages.push(params);
      client.notify();
    });
    connection.onNotification(LogMessageNotification.type, (params: { message: string }) => { client.logs.push(params.message); });
    connection.onRequest(ConfigurationRequest.type, (params) => {
      client.configurationRequests++;
      return params.items.map((item) => (item.section === 'copydesk' ? client.settings : null));
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/showMessageRequest', (params: ShowMessageParams) => {
      client.messages.push(params);
      client.notify();
      return null;
    });
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    connection.listen();
    const capabilities: ClientCapabilities = options.capabilities ?? {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    };
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities,
      workspaceFolders: options.workspaceFolders?.map((folder) => ({ uri: pathToFileURL(folder).href, name: basename(folder) })) ?? null, initializationOptions: options.initializationOptions });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /**
   * Resolves once `ready()` holds, re-checking on every notification; rejects after `timeout` ms,
   * generous so that a loaded two-core CI machine only makes it slower, never failing.
   */
  waitFor<T>(ready: () => T | undefined | false, what: string, timeout = 60_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeout);
      const check = () => {
        const value = ready();
        if (value) {
          clearTimeout(timer);
          resolve(value);
        } else {
          this.waiters.push(check);
        }
      };
      check();
    });
  }

  /** The first diagnostics published for this version of the document. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.diagnostics.get(uri)?.find((d) => d.version === version), `diagnostics of ${uri} v${version}`);
  }

  async open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
  }

  /**
   * Sends notifications in one write to the server's standard input, as an editor's burst of
   * keystrokes arrives when the server is busy: all of them queued before it reads any.
   */
  burst(notifications: Array<{ method: string; params: unknown }>): Promise<void> {
    const frames = notifications.map(({ method, params }) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', method, params }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    return new Promise((resolve, reject) => this.process.stdin!.write(Buffer.concat(frames), (error) => (error ? reject(error) : resolve())));
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => { this.process.kill(); resolve(); }, 2000);
        this.process.once('exit', () => { clearTimeout(timer); resolve(); });
      });
    }
  }
}

/**
 * A fresh server for each test of the enclosing suite, stopped after it; `use` receives it.
 * Mocha hooks, so call it inside `describe`.
 */
export function serverForEachTest(use: (client: TestClient) => void, options?: StartOptions): void {
  let client: TestClient | undefined;
  beforeEach(async () => {
    client = await TestClient.start(options);
    use(client);
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });
}
