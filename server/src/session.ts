// The server's state: open drafts, the settings of each, and one analysis per draft version.
// Features (diagnostics, code actions, hover, ...) read analyses from here and never analyse
// on their own, so a keystroke costs one analysis however many features ask.
import { MessageType, ShowMessageNotification, TextDocuments, type Connection, type ClientCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument, type Analysis } from './core/analyze';
import type { Knowledge } from './core/knowledge';
import { DraftDocument } from './core/document';
import { LineIndex } from './core/lines';
import { DEFAULT_SETTINGS, sanitizeSettings, type Settings } from './core/settings';
import type { Language } from './core/types';
import { languageOf } from './language';
import { ReceivedVersions } from './received';

export interface DraftState {
  uri: string;
  version: number;
  language: Language;
  lines: LineIndex;
  settings: Settings;
  /** The knowledge checked against (the house stylebook's, when there is one). */
  knowledge?: Knowledge;
  /** Null when the draft is over the size limit and was not analysed. */
  doc: DraftDocument | null;
  analysis: Analysis | null;
}

export interface ClientSupport {
  configuration: boolean;
  pullDiagnostics: boolean;
  documentChanges: boolean;
  /** LSP 3.18 snippet text edits in workspace edits (VS Code): a fix's placeholder is selected for typing. */
  snippetEdits: boolean;
  didChangeConfigurationRegistration: boolean;
  semanticTokensRefresh: boolean;
  /** codeAction/resolve filling in `edit`: a fix over the whole draft is built only when chosen. */
  codeActionResolveEdit: boolean;
}

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly support: ClientSupport;
  private readonly states = new Map<string, DraftState>();
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly reportedFailures = new Set<string>();
  private readonly warnedTooLarge = new Set<string>();
  /** Called after settings change, so features can refresh what they show. */
  private readonly settingsListeners: Array<() => void> = [];
  globalSettings: Settings = DEFAULT_SETTINGS;
  /** The knowledge for a draft: set by the stylebooks (features/stylebooks.ts); the built-in base otherwise. */
  knowledgeFor?: (uri: string, settings: Settings) => Knowledge;
  /** Called once, after the first analysis (start.ts writes the code cache then). */
  afterFirstAnalysis?: () => void;

  constructor(readonly connection: Connection, capabilities: ClientCapabilities, readonly received = new ReceivedVersions()) {
    this.support = {
      configuration: !!capabilities.workspace?.configuration,
      pullDiagnostics: !!capabilities.textDocument?.diagnostic,
      documentChanges: !!capabilities.workspace?.workspaceEdit?.documentChanges,
      snippetEdits: !!capabilities.workspace?.workspaceEdit?.snippetEditSupport,
      didChangeConfigurationRegistration: !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration,
      semanticTokensRefresh: !!capabilities.workspace?.semanticTokens?.refreshSupport,
      codeActionResolveEdit: !!capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit'),
    };
    this.documents.onDidClose((event) => {
      this.states.delete(event.document.uri);
      this.settingsCache.delete(event.document.uri);
      this.warnedTooLarge.delete(event.document.uri);
    });
  }

  /** Whether Copydesk analyses this open document at all. */
  isDraft(uri: string): boolean {
    const document = this.documents.get(uri);
    return !!document && languageOf(document.languageId) !== undefined;
  }

  onSettingsChanged(listener: () => void): void {
    this.settingsListeners.push(listener);
  }

  /** Settings changed (didChangeConfiguration): forget them and re-check every draft. */
  settingsChanged(settings?: unknown): void {
    if (settings && typeof settings === 'object' && 'copydesk' in settings) {
      this.globalSettings = sanitizeSettings((settings as { copydesk: unknown }).copydesk);
    }
    this.settingsCache.clear();
    this.states.clear();
    for (const listener of this.settingsListeners) listener();
  }

  settingsFor(uri: string): Promise<Settings> {
    if (!this.support.configuration) return Promise.resolve(this.globalSettings);
    const cached = this.settingsCache.get(uri);
    if (cached) return cached;
    const settings = this.connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'copydesk' })
      .then((raw: unknown) => sanitizeSettings(raw), () => this.globalSettings);
    this.settingsCache.set(uri, settings);
    return settings;
  }

  /** The analysis of the document's current version (computed at most once per version). */
  async stateOf(uri: string): Promise<DraftState | undefined> {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const language = languageOf(document.languageId);
    if (!language) return undefined;
    const settings = await this.settingsFor(uri);
    const current = this.documents.get(uri);
    if (!current) return undefined;
    const cached = this.states.get(uri);
    const knowledge = this.knowledgeFor?.(uri, settings);
    if (cached && cached.version === current.version && cached.settings === settings && cached.language === language && cached.knowledge === knowledge) return cached;
    const state = this.analyse(uri, current, language, settings, cached, knowledge);
    this.states.set(uri, state);
    return state;
  }

  private analyse(uri: string, document: TextDocument, language: Language, settings: Settings, previous?: DraftState, knowledge?: Knowledge): DraftState {
    const text = document.getText();
    const lines = new LineIndex(text);
    const base = { uri, version: document.version, language, lines, settings, knowledge };
    if (settings.maxDocumentSize > 0 && text.length > settings.maxDocumentSize) {
      this.warnTooLarge(uri, text.length, settings.maxDocumentSize);
      return { ...base, doc: null, analysis: null };
    }
    // A settings change on an unchanged version reuses the prepared draft; a new version
    // re-parses only what changed since the previous one.
    const sameLanguage = previous?.language === language ? previous.doc ?? undefined : undefined;
    const doc = sameLanguage && previous?.version === document.version
      ? sameLanguage
      : new DraftDocument(text, language, sameLanguage);
    const analysis = analyzeDocument(doc, { settings, knowledge });
    for (const failure of analysis.failures) this.reportFailure(failure.check, failure.error);
    const afterFirst = this.afterFirstAnalysis;
    this.afterFirstAnalysis = undefined;
    afterFirst?.();
    return { ...base, doc, analysis };
  }

  private warnTooLarge(uri: string, size: number, limit: number): void {
    if (this.warnedTooLarge.has(uri)) return;
    this.warnedTooLarge.add(uri);
    const message = `Copydesk did not check this draft: it has ${size.toLocaleString('en-US')} characters, more than the copydesk.maxDocumentSize limit of ${limit.toLocaleString('en-US')}.`;
    this.connection.console.warn(`${uri}: ${message}`);
    this.showMessage(MessageType.Warning, message);
  }

  private reportFailure(check: string, error: unknown): void {
    if (this.reportedFailures.has(check)) return;
    this.reportedFailures.add(check);
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    this.connection.console.error(`Check ${check} failed; its findings are missing, the other checks ran. ${detail}`);
    this.showMessage(MessageType.Error, `Copydesk's ${check} check failed and was skipped; the other checks still run. Details are in the Copydesk output.`);
  }

  /** A notification, not a request: nothing waits for the user to dismiss it. */
  private showMessage(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }
}
