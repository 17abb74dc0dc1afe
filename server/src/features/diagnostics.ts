// Diagnostics: pulled by clients that ask for them (textDocument/diagnostic), pushed to the others
// on open and on every change. Changes already queued behind one another are analysed once, for
// the last version (see received.ts).
import { DocumentDiagnosticReportKind, type Diagnostic } from 'vscode-languageserver';
import { toDiagnostic } from '../diagnostics';
import type { DraftState, Session } from '../session';

export function diagnosticsOf(state: DraftState | undefined): Diagnostic[] {
  if (!state?.analysis) return [];
  return state.analysis.findings.map((finding) => toDiagnostic(finding, state.lines));
}

export function registerDiagnostics(session: Session): void {
  const { connection, documents } = session;

  if (session.support.pullDiagnostics) {
    connection.languages.diagnostics.on(async (params) => {
      const state = await session.stateOf(params.textDocument.uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(state) };
    });
    session.onSettingsChanged(() => connection.languages.diagnostics.refresh());
    return;
  }

  const pending = new Set<string>();
  const publish = async (uri: string) => {
    pending.delete(uri);
    const document = documents.get(uri);
    if (!document || !session.isDraft(uri)) return;
    // More changes to this draft are already queued: the last one analyses and publishes.
    if (session.received.isSuperseded(uri, document.version)) return;
    const state = await session.stateOf(uri);
    // A newer version arrived while settings were fetched: its own run publishes.
    if (!state || documents.get(uri)?.version !== state.version) return;
    await connection.sendDiagnostics({ uri, version: state.version, diagnostics: diagnosticsOf(state) });
  };
  const schedule = (uri: string) => {
    if (pending.has(uri)) return;
    pending.add(uri);
    // After the messages already received, so a burst of changes is analysed once.
    setImmediate(() => void publish(uri));
  };
  documents.onDidChangeContent((event) => schedule(event.document.uri));
  documents.onDidClose((event) => {
    session.received.forget(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
  session.onSettingsChanged(() => documents.all().forEach((document) => schedule(document.uri)));
}
