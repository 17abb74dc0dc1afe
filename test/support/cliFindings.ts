// The CLI's findings for a file (`copydesk check --format json`): what other clients are compared with.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './fixtures';

export const CLI = join(ROOT, 'server', 'out', 'cli.js');

export interface CliFinding {
  code: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  start: number;
  end: number;
  /** 1-based, UTF-16 columns. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: string[];
}

/** Findings for a file, or for `text` given on standard input when `file` is `-`. */
export function cliFindings(file: string, args: string[] = [], text?: string): CliFinding[] {
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--fail-on', 'never', ...args, file], { encoding: 'utf8', input: text });
  if (result.status !== 0) throw new Error(`copydesk check ${file} exited ${result.status}: ${result.stderr}`);
  const reports = JSON.parse(result.stdout) as Array<{ file: string; findings: CliFinding[] }>;
  if (reports.length !== 1) throw new Error(`copydesk check ${file} reported ${reports.length} files`);
  return reports[0].findings;
}
