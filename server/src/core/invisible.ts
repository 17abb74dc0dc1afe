// Invisible format characters (Unicode category Cf): the soft hyphen, zero-width space and joiners,
// direction marks, the byte-order mark. A reader does not see them, so they never make another
// spelling of a name: the names layer reads words across them and compares spellings without them.
const FORMAT_CHAR = /\p{Cf}/u;
const FORMAT_CHARS = /\p{Cf}/gu;

/** Whether the code unit at `i` is an invisible format character (none is below U+00AD). */
export function isFormatCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xad && FORMAT_CHAR.test(text[i]);
}

/** The text as the reader sees it: without invisible format characters. */
export function withoutFormatCharacters(text: string): string {
  for (let i = 0; i < text.length; i++) if (isFormatCode(text, i)) return text.replace(FORMAT_CHARS, '');
  return text;
}
