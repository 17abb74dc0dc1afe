// The Copydesk language server: binds LSP requests to the analysis core. Runs over stdio
// (`--stdio`, what other editors use) or Node IPC (`--node-ipc`, what VS Code uses).
import {
  createConnection, DidChangeConfigurationNotification, IPCMessageReader, IPCMessageWriter, ProposedFeatures,
  StreamMessageWriter, TextDocumentSyncKind, type Connection, type InitializeResult,
} from 'vscode-languageserver/node';
import { CodeActionKind } from 'vscode-languageserver';
import { registerCodeActionResolve, registerCodeActions, FIX_ALL_KIND } from './features/codeActions';
import { registerDiagnostics } from './features/diagnostics';
import { registerHover } from './features/hover';
import { houseSpellingActions, registerNames } from './features/names';
import { MAKE_HOUSE_SPELLING, registerStylebooks, type Stylebooks } from './features/stylebooks';
import { registerSymbols } from './features/symbols';
import { registerSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './features/semanticTokens';
import { ReceivedVersions } from './received';
import { BoundedMessageReader } from './transport';
import { Session } from './session';

export const SERVER_NAME = 'copydesk';
export const SERVER_VERSION = '0.1.0';

export function startServer(connection: Connection, received = new ReceivedVersions(), afterFirstAnalysis?: () => void): void {
  let session: Session | undefined;
  let stylebooks: Stylebooks | undefined;

  connection.onInitialize((params): InitializeResult => {
    session = new Session(connection, params.capabilities, received);
    session.afterFirstAnalysis = afterFirstAnalysis;
    // `trusted: false` comes from VS Code in an untrusted workspace: no stylebook is read then.
    const options = params.initializationOptions as { settings?: unknown; trusted?: boolean } | undefined;
    if (options?.settings) session.settingsChanged({ copydesk: options.settings });
    registerDiagnostics(session);
    stylebooks = registerStylebooks(session, options?.trusted !== false, params.capabilities);
    stylebooks.setWorkspaceFolders([...(params.workspaceFolders ?? []).map((f) => f.uri), ...(params.rootUri ? [params.rootUri] : [])]);
    const names = stylebooks;
    registerCodeActions(session, [(state, start, end) => houseSpellingActions(names, state, start, end)]);
    registerCodeActionResolve(session);
    registerNames(session);
    registerHover(session);
    registerSymbols(session);
    registerSemanticTokens(session);
    session.documents.listen(connection);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
        hoverProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [MAKE_HOUSE_SPELLING] },
        documentSymbolProvider: { label: 'Copydesk speakers' },
        semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
        ...(session.support.pullDiagnostics
          ? { diagnosticProvider: { identifier: 'copydesk', interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    void stylebooks?.watchFiles();
    if (session?.support.didChangeConfigurationRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' });
    }
  });

  connection.onDidChangeConfiguration((change) => session?.settingsChanged(change.settings));
  connection.listen();
}

/** Starts the server on the transport named on the command line (--stdio, --node-ipc, --socket=N). */
export function main(argv: readonly string[] = process.argv, afterFirstAnalysis?: () => void): void {
  const received = new ReceivedVersions();
  if (argv.includes('--stdio')) {
    const input = new BoundedMessageReader(process.stdin, (error) => {
      process.stderr.write(`Copydesk language server: the input broke LSP's base protocol: ${error.message}. The server stops.\n`);
      process.exit(1);
    });
    input.onError((error) => process.stderr.write(`Copydesk language server: ${error.message}\n`));
    // The editor closed its end: nobody is left to answer (exit status as after an `exit` notification).
    input.onClose(() => process.exit(input.shutdownRequested ? 0 : 1));
    const reader = received.watch(input);
    startServer(createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout)), received, afterFirstAnalysis);
  } else if (argv.includes('--node-ipc')) {
    // The parent closed the channel: nobody is left to answer.
    process.once('disconnect', () => process.exit(1));
    const reader = received.watch(new IPCMessageReader(process));
    startServer(createConnection(ProposedFeatures.all, reader, new IPCMessageWriter(process)), received, afterFirstAnalysis);
  } else {
    startServer(createConnection(ProposedFeatures.all), received, afterFirstAnalysis);
  }
}
