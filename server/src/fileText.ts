// A draft file's bytes as text, or why they are not prose. The editor decodes files itself; the CLI
// reads bytes, and a binary file (a program, an image, random data) named `.txt` must not be
// "checked" into dozens of findings and raw control bytes on the terminal.

/** More than this share of characters undecodable or control characters: not text. */
export const MAX_BAD_SHARE = 0.05;

export type FileText =
  | { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { notText: string };

// Windows-1252's 0x80–0x9F (where it differs from Latin-1): curly quotes, dashes, ellipsis, €.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeCp1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    text += byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

/** Control characters no draft contains: C0 except tab, line feed, vertical tab, form feed and carriage return; DEL; C1. */
function isStrayControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d)
    || (code >= 0x7f && code < 0xa0);
}

function strayControls(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isStrayControl(text.charCodeAt(i))) count++;
  return count;
}

function share(count: number, length: number): string {
  return `${Math.round((count / length) * 100)} %`;
}

/** Decodes a draft file: UTF-8 (a byte-order mark kept, as Node reads it), UTF-16 with a byte-order mark, or Windows-1252. */
export function decodeDraft(bytes: Uint8Array): FileText {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    // UTF-16 with its byte-order mark (Windows Notepad's "Unicode"): NUL bytes are part of the encoding.
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
    const bad = strayControls(text) + (text.match(/\uFFFD/g)?.length ?? 0);
    if (text.includes('\0') || bad > text.length * MAX_BAD_SHARE) return { notText: `not text: ${share(bad, text.length)} of its characters are not prose` };
    return { text, encoding };
  }
  if (bytes.includes(0)) return { notText: 'not text: it contains NUL bytes (a binary file?)' };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const controls = strayControls(text);
  if (controls > text.length * MAX_BAD_SHARE) return { notText: `not text: ${share(controls, text.length)} of its characters are control characters` };
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (!replaced) return { text, encoding: 'utf-8' };
  // U+FFFD written in the file (EF BF BD) is text; the rest are bytes that are not UTF-8.
  const written = countSequence(bytes, [0xef, 0xbf, 0xbd]);
  const invalid = replaced - written;
  if (invalid <= 0) return { text, encoding: 'utf-8' };
  // Bytes that are not UTF-8 and not one valid multi-byte sequence: a Windows-1252 draft (Word's
  // curly quotes are 0x93 and 0x94 there). Read that way, its quotation marks are marks.
  if (!hasMultiByteUtf8(bytes)) {
    const legacy = decodeCp1252(bytes);
    const controls1252 = strayControls(legacy);
    if (controls1252 <= legacy.length * MAX_BAD_SHARE) return { text: legacy, encoding: 'windows-1252' };
    return { notText: `not text: ${share(controls1252, legacy.length)} of its characters are control characters` };
  }
  if (invalid > text.length * MAX_BAD_SHARE) return { notText: `not text: ${share(invalid, text.length)} of its bytes are not valid UTF-8` };
  return { text, encoding: 'utf-8' };
}

function countSequence(bytes: Uint8Array, sequence: number[]): number {
  let count = 0;
  for (let i = bytes.indexOf(sequence[0]); i >= 0 && i <= bytes.length - sequence.length; i = bytes.indexOf(sequence[0], i + 1)) {
    if (sequence.every((byte, k) => bytes[i + k] === byte)) count++;
  }
  return count;
}

/** Whether the bytes hold at least one well-formed UTF-8 sequence of two or more bytes. */
function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i];
    if (lead < 0xc2 || lead > 0xf4) continue;
    const length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    let ok = i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}
