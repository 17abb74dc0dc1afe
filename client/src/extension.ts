// The VS Code side of Copydesk: starts the bundled language server and forwards drafts to it.
// Everything Copydesk knows lives in the server, so every LSP editor gets the same checks.
import * as path from 'node:path';
import { commands, window, workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_IDS } from '../../server/src/language';

let client: LanguageClient | undefined;

/** The languages Copydesk checks: those the server reads (markdown, plaintext and Copydesk's own
 * news-draft); a test keeps `activationEvents` in package.json in step. */
export const DRAFT_LANGUAGES = Object.keys(LANGUAGE_IDS);

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    // The server makes no network connection, so it need not load extra TLS certificates: Node reads
    // and parses every certificate NODE_EXTRA_CA_CERTS names at start-up (~70 ms on a 2-core machine).
    run: { module: serverModule, transport: TransportKind.ipc, options: { env: { NODE_EXTRA_CA_CERTS: undefined } } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...DRAFT_LANGUAGES.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      // The house stylebook: the server validates it as it is edited and applies it unsaved.
      { scheme: 'file', pattern: '**/.copydesk.yaml' },
    ],
    outputChannelName: 'Copydesk',
    // In an untrusted workspace the server reads no stylebook (package.json: untrustedWorkspaces).
    initializationOptions: () => ({ settings: workspace.getConfiguration('copydesk'), trusted: workspace.isTrusted }),
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);

  context.subscriptions.push(
    commands.registerCommand('copydesk.restartServer', async () => {
      await client?.restart();
      void window.setStatusBarMessage('Copydesk: server restarted', 3000);
    }),
    commands.registerCommand('copydesk.showOutput', () => client?.outputChannel.show()),
    commands.registerCommand('copydesk.fixAll', () =>
      commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.copydesk', apply: 'first' })),
    // Trust granted: start again so that the server reads the house stylebook.
    workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
