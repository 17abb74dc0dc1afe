// The vocabulary shared by every check and every user of the core (server, CLI, API).
// Offsets are UTF-16 code units into the original text, end exclusive.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Level = Severity | 'off';
export type Language = 'markdown' | 'plaintext';
/** A house style of quotation marks (the stylebook's `quotes:`): “ ‘ ’ ”, ‘ “ ” ’, " ' ' ", « “ ” ». */
export type HouseQuoteStyle = 'curly-double' | 'curly-single' | 'straight-double' | 'guillemets';

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
  /**
   * The part of `newText` the writer must fill in (`[WHO]`), as offsets into `newText`. An editor
   * that supports snippets selects it for typing; elsewhere it is inserted as plain text.
   */
  placeholder?: Span;
}

export interface Fix {
  title: string;
  /**
   * The edits. A fix over the whole draft (`reach: 'draft'`) builds them when they are first read
   * and is one object shared by every finding that offers it, so a draft with thousands of
   * occurrences costs memory in proportion to them, not to their square: read them only to apply
   * or show that fix.
   */
  readonly edits: TextEdit[];
  /** The fix "fix all" applies; at most one per finding. */
  isPreferred?: boolean;
  /** `draft`: the fix changes the whole draft (every occurrence of a name), not only its finding's words. */
  reach?: 'draft';
}

export interface Finding extends Span {
  /** The check's id, e.g. `quote.spacing`: also the Diagnostic.code and the setting key. */
  code: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
}
