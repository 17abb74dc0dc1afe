// The VS Code side of Copydesk: starts the bundled language server and forwards drafts to it.
// Everything Copydesk knows lives in the server, so every LSP editor gets the same checks.
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { commands, Uri, window, workspace, type Diagnostic, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_IDS } from '../../server/src/language';

let client: LanguageClient | undefined;

const SHOW_HELP = 'copydesk.showHelp';
const CHECK_ID = /^[a-z][a-z0-9.-]*$/;

/**
 * The server links every diagnostic to its check's help page (a Markdown file shipped in the
 * extension). VS Code would open that file as text; as a command link, the Problems panel and the
 * hover open it rendered, in the Markdown preview.
 */
export function withHelpCommand(diagnostic: Diagnostic): Diagnostic {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null && code.target.scheme === 'file' && code.target.path.endsWith('.md')) {
    const id = String(code.value);
    if (CHECK_ID.test(id)) diagnostic.code = { value: code.value, target: Uri.parse(`command:${SHOW_HELP}?${encodeURIComponent(JSON.stringify([id]))}`) };
  }
  return diagnostic;
}

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
    middleware: {
      handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(withHelpCommand)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && 'items' in report) report.items = report.items.map(withHelpCommand);
        return report;
      },
    },
  };
  client = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);

  context.subscriptions.push(
    commands.registerCommand('copydesk.restartServer', async () => {
      await client?.restart();
      void window.setStatusBarMessage('Copydesk: server restarted', 3000);
    }),
    commands.registerCommand('copydesk.showOutput', () => client?.outputChannel.show()),
    commands.registerCommand(SHOW_HELP, (id?: unknown) => showHelp(context, id)),
    commands.registerCommand('copydesk.fixAll', () =>
      commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.copydesk', apply: 'first' })),
    // Trust granted: start again so that the server reads the house stylebook.
    workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
  );
  await client.start();
}

/** Opens a check's help page in the Markdown preview; without an id, asks which check. */
async function showHelp(context: ExtensionContext, id?: unknown): Promise<void> {
  const folder = context.asAbsolutePath(path.join('server', 'help'));
  let chosen = typeof id === 'string' && CHECK_ID.test(id) ? id : undefined;
  if (!chosen) {
    const ids = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort() : [];
    chosen = await window.showQuickPick(ids, { placeHolder: 'Help for which Copydesk check?' });
    if (!chosen) return;
  }
  const page = path.join(folder, `${chosen}.md`);
  if (!existsSync(page)) {
    void window.showWarningMessage(`Copydesk has no help page for "${chosen}".`);
    return;
  }
  await commands.executeCommand('markdown.showPreview', Uri.file(page));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
