// What the editor tests share: the README's configuration snippets and `copydesk` on the PATH.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI } from '../support/cliFindings';
import { ROOT } from '../support/fixtures';

/** The code block that follows `<!-- readme-snippet: NAME -->` in the README. */
export function readmeSnippet(name: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const marker = readme.indexOf(`<!-- readme-snippet: ${name} -->`);
  assert.ok(marker >= 0, `README.md has no snippet marked ${name}`);
  const block = /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(marker));
  assert.ok(block, `no code block after the ${name} marker`);
  return block[1];
}

/** A PATH on which `copydesk` is this checkout's CLI, as `npm install --global .` would make it. */
export function pathWithCopydesk(scratch: string): string {
  const bin = join(scratch, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'copydesk'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`, { mode: 0o755 });
  return `${bin}:${process.env.PATH ?? ''}`;
}

/** The UTF-16 column (1-based) of a 1-based code-point column on a 1-based line of `text`. */
export function utf16Column(text: string, line: number, codePointColumn: number): number {
  const content = text.split('\n')[line - 1] ?? '';
  return Array.from(content).slice(0, codePointColumn - 1).join('').length + 1;
}
