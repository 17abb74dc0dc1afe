// The house stylebook in the editor: found for each draft (`copydesk.stylebook`, else the nearest
// `.copydesk.yaml` in the draft's folder or above), read once and kept until it changes, validated
// with its problems published as diagnostics on the stylebook itself, and reloaded without a
// restart: on workspace/didChangeWatchedFiles (registered dynamically), or a file watcher where the
// client cannot watch, and on every edit while the stylebook is open in the editor. In an untrusted
// workspace (initializationOptions.trusted === false) no stylebook is read.
import { existsSync, readFileSync, statSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification, DiagnosticSeverity, type ClientCapabilities, type Diagnostic, type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { builtinKnowledge, type Knowledge } from '../core/knowledge';
import { LineIndex } from '../core/lines';
import type { Settings } from '../core/settings';
import { parseStylebook, setHouseSpelling, stylebookKnowledge, STYLEBOOK_FILE_NAME, type Stylebook } from '../core/stylebook';
import { toRange } from '../positions';
import type { Session } from '../session';

export const MAKE_HOUSE_SPELLING = 'copydesk.makeHouseSpelling';

export interface MakeHouseSpellingArgs {
  uri: string;
  house: string;
  replaced: string[];
}

interface Loaded {
  path: string;
  text: string;
  stylebook: Stylebook;
  knowledge: Knowledge;
}

function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export class Stylebooks {
  private readonly loaded = new Map<string, Loaded | null>();
  /** Folder → the stylebook path found for it (null: none up to the root). */
  private readonly found = new Map<string, string | null>();
  private readonly watchers = new Map<string, FSWatcher>();
  private watchedByClient = false;
  private workspaceFolders: string[] = [];

  constructor(private readonly session: Session, readonly trusted: boolean, private readonly capabilities: ClientCapabilities) {}

  setWorkspaceFolders(uris: string[]): void {
    this.workspaceFolders = uris.map(pathOf).filter((p): p is string => !!p);
  }

  /** Registers the file watch with clients that support it; otherwise watches with Node. */
  async watchFiles(): Promise<void> {
    if (!this.trusted || !this.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    this.watchedByClient = true;
    await this.session.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: `**/${STYLEBOOK_FILE_NAME}` }, { globPattern: '**/*.{yaml,yml}' }],
    });
  }

  /** The stylebook path for a draft, or undefined. */
  pathFor(uri: string, settings: Settings): string | undefined {
    if (!this.trusted) return undefined;
    const draft = pathOf(uri);
    if (settings.stylebook) {
      if (isAbsolute(settings.stylebook)) return settings.stylebook;
      const base = this.workspaceFolders.find((folder) => draft?.startsWith(folder)) ?? this.workspaceFolders[0] ?? (draft ? dirname(draft) : undefined);
      return base ? resolve(base, settings.stylebook) : undefined;
    }
    if (!draft) return undefined;
    return this.nearest(dirname(draft)) ?? undefined;
  }

  private nearest(folder: string): string | null {
    const cached = this.found.get(folder);
    if (cached !== undefined) return cached;
    const candidate = join(folder, STYLEBOOK_FILE_NAME);
    let result: string | null;
    if (existsSync(candidate)) result = candidate;
    else {
      const parent = dirname(folder);
      result = parent === folder ? null : this.nearest(parent);
    }
    this.found.set(folder, result);
    return result;
  }

  /** The knowledge for a draft: the built-in base with its stylebook laid over it. */
  knowledgeFor(uri: string, settings: Settings): Knowledge | undefined {
    const path = this.pathFor(uri, settings);
    return path ? this.load(path)?.knowledge : undefined;
  }

  private load(path: string): Loaded | null {
    const cached = this.loaded.get(path);
    if (cached !== undefined) return cached;
    const open = this.session.documents.get(pathToFileURL(path).href);
    let text: string;
    if (open) text = open.getText();
    else {
      try {
        if (!statSync(path).isFile()) throw new Error('not a file');
        text = readFileSync(path, 'utf8');
      } catch (error) {
        this.session.connection.console.warn(`Copydesk could not read the stylebook ${path}: ${(error as Error).message}`);
        this.loaded.set(path, null);
        this.watch(path);
        return null;
      }
    }
    return this.parse(path, text);
  }

  private parse(path: string, text: string): Loaded {
    const stylebook = parseStylebook(text);
    const previous = this.loaded.get(path);
    const loaded: Loaded = previous && previous.text === text ? previous : { path, text, stylebook, knowledge: stylebookKnowledge(stylebook) };
    this.loaded.set(path, loaded);
    this.watch(path);
    this.publish(path, text, stylebook);
    return loaded;
  }

  private publish(path: string, text: string, stylebook: Stylebook): void {
    const lines = new LineIndex(text);
    const diagnostics: Diagnostic[] = stylebook.problems.map((problem) => ({
      range: toRange(lines, problem.start, problem.end),
      severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'copydesk',
      code: 'stylebook',
      message: problem.message,
    }));
    void this.session.connection.sendDiagnostics({ uri: pathToFileURL(path).href, diagnostics });
  }

  private watch(path: string): void {
    if (this.watchedByClient || this.watchers.has(path)) return;
    try {
      // The folder, so that creating or replacing the file is seen too.
      const watcher = watch(dirname(path), (_event, name) => {
        if (!name || name.toString() === path.slice(dirname(path).length + 1)) this.changed([pathToFileURL(path).href]);
      });
      watcher.unref();
      this.watchers.set(path, watcher);
    } catch {
      // A folder that cannot be watched: the stylebook is read again on the next settings change.
    }
  }

  /** Files changed on disk (or an open stylebook was edited): forget them and re-check the drafts. */
  changed(uris: string[]): void {
    let relevant = false;
    for (const uri of uris) {
      const path = pathOf(uri);
      if (!path) continue;
      if (path.endsWith(STYLEBOOK_FILE_NAME)) {
        this.found.clear(); // a stylebook created or deleted changes which one is nearest
        relevant = true;
      }
      if (this.loaded.has(path)) {
        this.loaded.delete(path);
        relevant = true;
      }
    }
    if (relevant) this.session.settingsChanged();
  }

  /** An open stylebook's text changed in the editor: use it, unsaved as it is. */
  edited(uri: string, text: string): void {
    const path = pathOf(uri);
    if (!path || !(path.endsWith(STYLEBOOK_FILE_NAME) || this.loaded.has(path))) return;
    const before = this.loaded.get(path);
    if (before && before.text === text) return;
    this.parse(path, text);
    this.session.settingsChanged();
  }

  /** Writes a house spelling into the draft's stylebook (created beside the workspace root or the draft). */
  async makeHouseSpelling(args: MakeHouseSpellingArgs): Promise<void> {
    if (!this.trusted) throw new Error('Copydesk does not write the stylebook in an untrusted workspace.');
    const settings = await this.session.settingsFor(args.uri);
    const draft = pathOf(args.uri);
    const path = this.pathFor(args.uri, settings)
      ?? join(this.workspaceFolders.find((folder) => draft?.startsWith(folder)) ?? (draft ? dirname(draft) : process.cwd()), STYLEBOOK_FILE_NAME);
    const uri = pathToFileURL(path).href;
    const open = this.session.documents.get(uri);
    const before = open ? open.getText() : existsSync(path) ? readFileSync(path, 'utf8') : '';
    const after = setHouseSpelling(before, args.house, args.replaced);
    if (open) {
      // The editor holds the text: one edit for the changed middle, applied there.
      const edit = minimalEdit(before, after, new LineIndex(before));
      await this.session.connection.workspace.applyEdit({ label: `Make “${args.house}” the house spelling`, edit: { changes: { [uri]: [edit] } } });
    } else {
      writeFileSync(path, after);
    }
    this.found.clear();
    this.loaded.delete(path);
    this.session.settingsChanged();
  }
}

/** One edit turning `before` into `after`: the middle between their common prefix and suffix. */
function minimalEdit(before: string, after: string, lines: LineIndex): LspTextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { range: toRange(lines, start, before.length - end), newText: after.slice(start, after.length - end) };
}

export function registerStylebooks(session: Session, trusted: boolean, capabilities: ClientCapabilities): Stylebooks {
  const stylebooks = new Stylebooks(session, trusted, capabilities);
  session.knowledgeFor = (uri, settings) => stylebooks.knowledgeFor(uri, settings) ?? builtinKnowledge();
  session.connection.onDidChangeWatchedFiles((params) => stylebooks.changed(params.changes.map((c) => c.uri)));
  session.documents.onDidChangeContent((event) => {
    if (!session.isDraft(event.document.uri)) stylebooks.edited(event.document.uri, event.document.getText());
  });
  session.documents.onDidClose((event) => {
    if (!session.isDraft(event.document.uri)) stylebooks.changed([event.document.uri]);
  });
  session.connection.onExecuteCommand(async (params) => {
    if (params.command !== MAKE_HOUSE_SPELLING) return;
    const args = params.arguments?.[0] as MakeHouseSpellingArgs | undefined;
    if (!args?.uri || !args.house) return;
    try {
      await stylebooks.makeHouseSpelling(args);
    } catch (error) {
      void session.connection.window.showErrorMessage(`Copydesk could not write the house spelling: ${(error as Error).message}`);
    }
  });
  return stylebooks;
}
