// The house stylebook in the editor: found for each draft (`copydesk.stylebook`, else the nearest
// `.copydesk.yaml` in the draft's folder or above), read once and kept until it changes, validated
// with its problems published as diagnostics on the stylebook itself, and reloaded without a
// restart: on workspace/didChangeWatchedFiles (registered dynamically), or a file watcher where the
// client cannot watch, and on every edit while the stylebook is open in the editor. In an untrusted
// workspace (initializationOptions.trusted === false) no stylebook is read. A stylebook over the
// size limit is not read at all; writes are atomic and refused when the file changed since it was read.
import { createHash } from 'node:crypto';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import * as nodePath from 'node:path';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification, DiagnosticSeverity, type ClientCapabilities, type Diagnostic, type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { builtinKnowledge, type Knowledge } from '../core/knowledge';
import { LineIndex } from '../core/lines';
import type { Settings } from '../core/settings';
import {
  parseStylebook, setHouseSpelling, stylebookKnowledge, STYLEBOOK_FILE_NAME, type Stylebook,
} from '../core/stylebook';
import { folderContaining, pathOfFileUri } from '../paths';
import { createStylebookFile, readStylebookFile, replaceStylebookFile, StylebookWriteRefused, type ReadOptions } from '../stylebookFile';
import { toRange } from '../positions';
import { helpHref } from '../help';
import type { Session } from '../session';

export const MAKE_HOUSE_SPELLING = 'copydesk.makeHouseSpelling';

export interface MakeHouseSpellingArgs {
  uri: string;
  house: string;
  replaced: string[];
  /**
   * The stylebook the offer was made from: its path and a digest of its text (null: none was
   * read). The write is refused when the stylebook is no longer that one.
   */
  stylebook?: StylebookSnapshot;
}

export interface StylebookSnapshot {
  path: string | null;
  digest: string | null;
}

interface Loaded {
  path: string;
  /** The text read; null when the file was not read (over the size limit). */
  text: string | null;
  /** Its digest, recorded by the quick fixes that write the stylebook. */
  digest: string | null;
  stylebook: Stylebook;
  knowledge: Knowledge;
}

function digestOf(text: string | null): string | null {
  return text === null ? null : createHash('sha256').update(text).digest('hex');
}

/** Refused writes: the message is shown to the user as it is. */
export class StylebookConflict extends Error {}

function pathOf(uri: string): string | undefined {
  return pathOfFileUri(uri, nodePath);
}

export class Stylebooks {
  private readonly loaded = new Map<string, Loaded | null>();
  /** Folder → the stylebook path found for it (null: none up to the root). */
  private readonly found = new Map<string, string | null>();
  private readonly watchers = new Map<string, FSWatcher>();
  private watchedByClient = false;
  private workspaceFolders: string[] = [];
  /** Stylebooks the settings name: read wherever they are (a found one stays in its folder tree). */
  private readonly named = new Set<string>();

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
      const base = (draft && folderContaining(this.workspaceFolders, draft, nodePath)) ?? this.workspaceFolders[0] ?? (draft ? dirname(draft) : undefined);
      const named = isAbsolute(settings.stylebook) ? settings.stylebook : base ? resolve(base, settings.stylebook) : undefined;
      if (named) this.named.add(named);
      return named;
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
    if (open) return this.parse(path, open.getText());
    const read = readStylebookFile(path, this.readOptions(path));
    if (read.ok) return this.parse(path, read.text);
    if (read.reason === 'missing') {
      this.session.connection.console.warn(`Copydesk could not read the stylebook ${path}: it does not exist.`);
      this.loaded.set(path, null);
      this.watch(path);
      return null;
    }
    // Not read (not a regular file, over the size limit, a link out of the tree): only its problem.
    return this.keep(path, null, { file: {}, problems: [{ start: 0, end: 0, severity: 'error', message: read.message }] });
  }

  /** How a stylebook is read: one the settings name wherever it is, one found in the tree it serves. */
  private readOptions(path: string): ReadOptions {
    if (this.named.has(path)) return {};
    return { tree: folderContaining(this.workspaceFolders, path, nodePath) ?? dirname(path) };
  }

  private parse(path: string, text: string): Loaded {
    const previous = this.loaded.get(path);
    if (previous && previous.text === text) return this.keep(path, text, previous.stylebook, previous);
    return this.keep(path, text, parseStylebook(text));
  }

  private keep(path: string, text: string | null, stylebook: Stylebook, previous?: Loaded): Loaded {
    const loaded: Loaded = previous ?? { path, text, digest: digestOf(text), stylebook, knowledge: stylebookKnowledge(stylebook) };
    this.loaded.set(path, loaded);
    this.watch(path);
    this.publish(path, text ?? '', stylebook);
    return loaded;
  }

  /** The stylebook a draft is checked with, as a code action records it for makeHouseSpelling. */
  snapshotFor(uri: string, settings: Settings): StylebookSnapshot {
    const path = this.pathFor(uri, settings) ?? null;
    return { path, digest: path ? this.load(path)?.digest ?? null : null };
  }

  private publish(path: string, text: string, stylebook: Stylebook): void {
    const lines = new LineIndex(text);
    const diagnostics: Diagnostic[] = stylebook.problems.map((problem) => ({
      range: toRange(lines, problem.start, problem.end),
      severity: problem.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
      source: 'copydesk',
      code: 'stylebook',
      codeDescription: { href: helpHref('stylebook')! },
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

  /**
   * Writes a house spelling into the draft's stylebook (created beside the workspace root or the
   * draft). Refused, with nothing written, when the stylebook changed since the offer was made
   * (`args.stylebook`) or since Copydesk read it; on disk the new text replaces the old in one
   * rename of a temporary file written beside it, with the file's mode kept.
   */
  async makeHouseSpelling(args: MakeHouseSpellingArgs): Promise<void> {
    if (!this.trusted) throw new StylebookConflict('Copydesk does not write the stylebook in an untrusted workspace.');
    const settings = await this.session.settingsFor(args.uri);
    const draft = pathOf(args.uri);
    this.found.clear(); // a stylebook created since the last look counts
    const found = this.pathFor(args.uri, settings);
    const path = found ?? this.newStylebookPath(draft);
    const uri = pathToFileURL(path).href;
    const open = this.session.documents.get(uri);
    const options = this.readOptions(path);
    const onDisk = open ? undefined : readStylebookFile(path, options);
    if (onDisk && !onDisk.ok && onDisk.reason !== 'missing') throw new StylebookConflict(onDisk.message.replace(/;? ?it is ignored.*$|, so it is ignored.*$/, '; Copydesk does not edit it.'));
    const before = open ? open.getText() : onDisk?.ok ? onDisk.text : null;
    const known = this.loaded.get(path);
    const expected = args.stylebook ?? (known ? { path, digest: known.digest } : undefined);
    if (expected && (expected.path !== (found ?? null) || expected.digest !== digestOf(before))) {
      this.forget(path);
      throw new StylebookConflict(`${path} changed since Copydesk read it, so nothing was written (your change and Copydesk's would have been merged blindly). The draft is being checked again with the stylebook as it is now; apply the fix again if you still want it.`);
    }
    const after = setHouseSpelling(before ?? '', args.house, args.replaced);
    if (open) {
      // The editor holds the text: one edit for the changed middle, applied there, refused by the
      // editor if the buffer moved on in the meantime (versioned edit).
      const edit = minimalEdit(before ?? '', after, new LineIndex(before ?? ''));
      const label = `Make “${args.house}” the house spelling`;
      const result = this.session.support.documentChanges
        ? await this.session.connection.workspace.applyEdit({ label, edit: { documentChanges: [{ textDocument: { uri, version: open.version }, edits: [edit] }] } })
        : await this.session.connection.workspace.applyEdit({ label, edit: { changes: { [uri]: [edit] } } });
      if (!result.applied) throw new StylebookConflict(`the editor did not apply the change to ${path}${result.failureReason ? ` (${result.failureReason})` : ''}.`);
    } else {
      try {
        // The last look, right before the rename, is inside: a change made meanwhile is not overwritten.
        if (onDisk?.ok) replaceStylebookFile(path, onDisk, after, options);
        else createStylebookFile(path, after);
      } catch (error) {
        this.forget(path);
        if (error instanceof StylebookWriteRefused) throw new StylebookConflict(error.message);
        throw error;
      }
    }
    this.forget(path);
  }

  /**
   * Where a draft without a stylebook gets one: in the workspace folder that holds it (compared by
   * path segments), else beside it. A draft that is not a file (an untitled buffer) has no place
   * for one: Copydesk does not guess a folder (the server's own working folder least of all).
   */
  private newStylebookPath(draft: string | undefined): string {
    if (!draft) throw new StylebookConflict('this draft is not saved as a file, so there is no folder to keep a stylebook in. Save the draft, or name a stylebook in the copydesk.stylebook setting.');
    return join(folderContaining(this.workspaceFolders, draft, nodePath) ?? dirname(draft), STYLEBOOK_FILE_NAME);
  }

  /** Whether "Make X the house spelling" has a stylebook to write for this draft. */
  canWriteFor(uri: string, settings: Settings): boolean {
    return this.trusted && (this.pathFor(uri, settings) !== undefined || pathOf(uri) !== undefined);
  }

  /** Forgets a stylebook so it is read again, and re-checks the drafts. */
  private forget(path: string): void {
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
    const { uri, version } = event.document;
    // While more edits to an open stylebook are queued, the last one reads it.
    if (!session.isDraft(uri) && !session.received.isSuperseded(uri, version)) stylebooks.edited(uri, event.document.getText());
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
