// The one conversion between UTF-16 offsets and line/character positions, shared by the language
// server (LSP positions are UTF-16 based, 0-based) and the CLI (1-based). Line breaks are \n, \r\n
// and \r, as in LSP.

export interface LineCharacter {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): LineCharacter {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - this.starts[lo] };
  }

  offsetAt(position: LineCharacter): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[position.line];
    const nextStart = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    // A position past the end of a line stops before its line break.
    let lineEnd = nextStart;
    if (lineEnd > lineStart && this.text[lineEnd - 1] === '\n') lineEnd--;
    if (lineEnd > lineStart && this.text[lineEnd - 1] === '\r') lineEnd--;
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }
}
