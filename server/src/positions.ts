// Where core offsets become LSP ranges and back. The arithmetic itself is the core's LineIndex,
// the one conversion every user of the core shares.
import type { Position, Range } from 'vscode-languageserver';
import { LineIndex } from './core/lines';

export function toRange(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

export function toOffset(lines: LineIndex, position: Position): number {
  return lines.offsetAt(position);
}

export { LineIndex };
