// The newest version of each document that the transport has delivered, read as messages arrive
// and before they are dispatched. When a burst of changes is queued, the server can tell that the
// version it is about to analyse is already stale and leave the work to the last one.
import type { DataCallback, Disposable, Message, MessageReader } from 'vscode-languageserver/node';

interface VersionedParams {
  textDocument?: { uri?: unknown; version?: unknown };
}

export class ReceivedVersions {
  private readonly newest = new Map<string, number>();

  /** A reader that records document versions of every message it passes on. */
  watch(reader: MessageReader): MessageReader {
    const record = (message: Message) => {
      const { method, params } = message as Message & { method?: string; params?: VersionedParams };
      if (method !== 'textDocument/didChange' && method !== 'textDocument/didOpen') return;
      const { uri, version } = params?.textDocument ?? {};
      if (typeof uri === 'string' && typeof version === 'number') this.newest.set(uri, version);
    };
    return {
      onError: reader.onError,
      onClose: reader.onClose,
      onPartialMessage: reader.onPartialMessage,
      dispose: () => reader.dispose(),
      listen: (callback: DataCallback): Disposable => reader.listen((message) => {
        record(message);
        callback(message);
      }),
    };
  }

  /** Whether a newer version of the document than `version` is already waiting to be applied. */
  isSuperseded(uri: string, version: number): boolean {
    const newest = this.newest.get(uri);
    return newest !== undefined && newest > version;
  }

  forget(uri: string): void {
    this.newest.delete(uri);
  }
}
