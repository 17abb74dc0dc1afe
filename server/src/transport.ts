// The language server's stdio transport: LSP's base protocol (headers ending in CR LF CR LF, a
// Content-Length, then that many bytes of JSON), read strictly and within bounds. vscode-jsonrpc's
// own reader, given a header it cannot use (`Content-Length: abc`, none at all, lines ending in LF
// only), stays up ignoring every later message, `exit` included, logs nothing, and buffers whatever
// length a header claims. Here a broken stream is reported once and ends the server (the editor
// sees it exit and can restart it), a message over MAX_MESSAGE_BYTES is refused from its header
// before a byte of it is kept, and the end of the input ends the server.
import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageReader } from 'vscode-languageserver/node';

/**
 * The largest message read: far above the largest draft checked (copydesk.maxDocumentSize,
 * 10,000,000 characters by default, is at most 60 MB as JSON even with every character escaped).
 */
export const MAX_MESSAGE_BYTES = 128 * 1024 * 1024;
/** The header section of one message, at most (a real one is under 100 bytes). */
export const MAX_HEADER_BYTES = 8 * 1024;

const CR = 0x0d;
const LF = 0x0a;

export interface TransportLimits {
  maxMessageBytes: number;
  maxHeaderBytes: number;
}

/** Why the stream cannot be read any further: the message says what was wrong, for the log. */
export class BrokenStream extends Error {}

/**
 * Reads LSP messages from a byte stream. `onBroken` is called once, with the reason, when the
 * stream breaks the base protocol; nothing more is read after it. A body that is not JSON (its
 * framing intact) is reported through onError and skipped: the next message is read as usual.
 */
export class BoundedMessageReader extends AbstractMessageReader implements MessageReader {
  private header: Buffer = Buffer.alloc(0);
  private body: Buffer[] = [];
  private bodyBytes = 0;
  /** The length of the body being read; -1 while reading a header. */
  private expected = -1;
  private broken = false;
  private ended = false;
  private callback: DataCallback | undefined;
  /** Whether the client asked the server to shut down: the exit status when the input ends. */
  shutdownRequested = false;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly onBroken: (error: BrokenStream) => void,
    private readonly limits: TransportLimits = { maxMessageBytes: MAX_MESSAGE_BYTES, maxHeaderBytes: MAX_HEADER_BYTES },
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string) => this.receive(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    const onEnd = () => this.end();
    const onError = (error: Error) => this.fireError(error);
    this.input.on('data', onData);
    this.input.on('end', onEnd);
    this.input.on('close', onEnd);
    this.input.on('error', onError);
    return {
      dispose: () => {
        this.input.off('data', onData);
        this.input.off('end', onEnd);
        this.input.off('close', onEnd);
        this.input.off('error', onError);
      },
    };
  }

  private end(): void {
    if (this.ended) return;
    this.ended = true;
    this.fireClose();
  }

  private breakWith(reason: string): void {
    if (this.broken) return;
    this.broken = true;
    this.header = Buffer.alloc(0);
    this.body = [];
    this.onBroken(new BrokenStream(reason));
  }

  private receive(chunk: Buffer): void {
    let data = chunk;
    while (!this.broken && data.length > 0) {
      if (this.expected < 0) {
        const rest = this.readHeader(data);
        if (rest === undefined) return;
        data = rest;
      } else {
        const wanted = this.expected - this.bodyBytes;
        const part = data.length > wanted ? data.subarray(0, wanted) : data;
        this.body.push(part);
        this.bodyBytes += part.length;
        data = data.subarray(part.length);
        if (this.bodyBytes === this.expected) this.deliver();
      }
    }
  }

  /**
   * Adds `data` to the header being read. Returns the bytes after the header once it is complete
   * (the body length is then set), or undefined when more is needed or the stream broke.
   */
  private readHeader(data: Buffer): Buffer | undefined {
    const start = this.header.length;
    const joined = start ? Buffer.concat([this.header, data]) : data;
    // Scan only the new bytes (one back, for a CR LF split between chunks).
    for (let i = start; i < joined.length; i++) {
      if (joined[i] !== LF) continue;
      if (i === 0 || joined[i - 1] !== CR) {
        this.breakWith('a header line ends with a bare line feed (LF); LSP header lines end with CR LF');
        return undefined;
      }
      if (i >= 3 && joined[i - 2] === LF && joined[i - 3] === CR) {
        if (i + 1 > this.limits.maxHeaderBytes) break;
        const text = joined.toString('latin1', 0, i - 3);
        this.header = Buffer.alloc(0);
        if (!this.parseHeader(text)) return undefined;
        return joined.subarray(i + 1);
      }
    }
    if (joined.length > this.limits.maxHeaderBytes) {
      this.breakWith(`a message's header runs over ${this.limits.maxHeaderBytes} bytes without its end (CR LF CR LF)`);
      return undefined;
    }
    this.header = Buffer.from(joined);
    return undefined;
  }

  /** Reads the header fields; sets the body length, or breaks the stream and returns false. */
  private parseHeader(text: string): boolean {
    let length: number | undefined;
    for (const line of text.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon <= 0 || !/^[!#-'*+.0-9A-Z^-z|~-]+$/.test(line.slice(0, colon))) {
        this.breakWith(`a header line is not "Name: value" (${describe(line)})`);
        return false;
      }
      const name = line.slice(0, colon).toLowerCase();
      const value = trimBlanks(line.slice(colon + 1));
      if (name === 'content-length') {
        if (!/^\d{1,16}$/.test(value)) {
          this.breakWith(`Content-Length is not a number of bytes (${describe(value)})`);
          return false;
        }
        const parsed = Number(value);
        if (length !== undefined && length !== parsed) {
          this.breakWith('a message has two different Content-Length headers');
          return false;
        }
        length = parsed;
      } else if (name === 'content-type') {
        const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(value)?.[1].toLowerCase();
        if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
          this.breakWith(`a message is in ${describe(charset)}; Copydesk reads UTF-8 only`);
          return false;
        }
      }
    }
    if (length === undefined) {
      this.breakWith('a message has no Content-Length header');
      return false;
    }
    if (length > this.limits.maxMessageBytes) {
      this.breakWith(`a message of ${length} bytes is over the limit of ${this.limits.maxMessageBytes} bytes`);
      return false;
    }
    this.expected = length;
    this.bodyBytes = 0;
    this.body = [];
    if (length === 0) this.deliver();
    return true;
  }

  private deliver(): void {
    const bytes = this.body.length === 1 ? this.body[0] : Buffer.concat(this.body, this.bodyBytes);
    this.body = [];
    this.bodyBytes = 0;
    this.expected = -1;
    let message: unknown;
    try {
      message = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      this.fireError(new Error(`a message is not JSON (${(error as Error).message.slice(0, 100)}); it is skipped`));
      return;
    }
    if (message === null || typeof message !== 'object' || Array.isArray(message)) {
      this.fireError(new Error('a message is not a JSON-RPC object; it is skipped'));
      return;
    }
    if ((message as { method?: unknown }).method === 'shutdown') this.shutdownRequested = true;
    this.callback?.(message as Message);
  }
}

/** Without the spaces and tabs around it (HTTP's optional whitespace). */
function trimBlanks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(start, end);
}

/** A short, printable excerpt of what was received, for the log. */
function describe(text: string): string {
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(printable.length > 40 ? `${printable.slice(0, 40)}…` : printable);
}
