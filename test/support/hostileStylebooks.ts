// Malformed and hostile house stylebooks, shared by the server and CLI survival tests. Each names
// where its problem is reported (0-based line and character, or undefined where no place is
// meaningful) and whether its valid part, `Kyiv: Kiev`, still applies.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, symlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface HostileStylebook {
  name: string;
  /** Writes the stylebook at `path` (a function, so the 50 MB one is streamed to disk). */
  write: (path: string) => void;
  problem: RegExp;
  at?: { line: number; character: number };
  /** Whether `spellings: Kyiv: Kiev` still applies (the draft's “Kiev” is flagged). */
  keepsValidPart: boolean;
}

/** A draft every case checks: a house spelling to apply (“Kiev”) and a finding that needs no stylebook. */
export const HOSTILE_DRAFT = 'Officials in Kiev met on Monday, and the mayor said"we will rebuild."';

function text(content: string): (path: string) => void {
  return (path) => {
    const fd = openSync(path, 'w');
    writeSync(fd, content);
    closeSync(fd);
  };
}

const aliasBomb = [
  'spellings:',
  '  Kyiv: Kiev',
  'people:',
  '  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...'bcdefghi'.split('').map((anchor, i) => `  - &${anchor} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  '',
].join('\n');

export const HOSTILE_STYLEBOOKS: HostileStylebook[] = [
  {
    name: 'YAML that does not parse',
    write: text('spellings:\n  Kyiv: Kiev\npeople:\n  - name: Dana Kowalczyk\n   pronouns: she\n'),
    problem: /Not valid YAML/,
    at: { line: 4, character: 0 },
    keepsValidPart: true,
  },
  {
    name: 'values of the wrong type',
    write: text('spellings:\n  Kyiv: Kiev\n  Odesa: 42\npeople: {name: Dana Kowalczyk}\nplaces: Harlan Falls\n'),
    problem: /spellings\.Odesa must be a spelling or a list of spellings/,
    at: { line: 2, character: 9 },
    keepsValidPart: true,
  },
  {
    name: 'a 50 MB file',
    write: (path) => {
      const fd = openSync(path, 'w');
      writeSync(fd, 'spellings:\n  Kyiv: Kiev\npeople:\n');
      const chunk = Buffer.from('  - name: Dana Kowalczyk\n    description: Mayor of Harlan Falls since 2021\n'.repeat(10_000));
      for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
      closeSync(fd);
    },
    problem: /The stylebook is 50\.\d MB, more than the 512 KB Copydesk reads/,
    keepsValidPart: false,
  },
  {
    name: 'lists nested 100,000 deep',
    write: text(`spellings:\n  Kyiv: Kiev\npeople: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`),
    problem: /nests lists and maps more than 32 levels deep/,
    at: { line: 2, character: 39 },
    keepsValidPart: false,
  },
  {
    name: 'block lists nested 100,000 deep',
    write: text(`spellings:\n  Kyiv: Kiev\npeople:\n  ${'- '.repeat(100_000)}x\n`),
    problem: /nests lists and maps more than 32 levels deep/,
    at: { line: 3, character: 64 },
    keepsValidPart: false,
  },
  {
    name: 'a YAML alias bomb (billion laughs)',
    write: text(aliasBomb),
    problem: /aliases in “people” expand to too much data/,
    at: { line: 4, character: 8 },
    keepsValidPart: true,
  },
  ...(process.platform === 'win32' ? [] : [
    {
      name: 'a named pipe (FIFO) nobody writes to',
      write: (path: string) => { execFileSync('mkfifo', [path]); },
      problem: /The stylebook is a named pipe, not a regular file/,
      keepsValidPart: false,
    },
    {
      name: 'a link to /dev/zero',
      write: (path: string) => symlinkSync('/dev/zero', path),
      problem: /The stylebook is a device, not a regular file/,
      keepsValidPart: false,
    },
    {
      name: 'a link to a credentials file outside the folder tree',
      write: (path: string) => {
        const outside = join(mkdtempSync(join(tmpdir(), 'copydesk-outside-')), 'credentials');
        text('spellings:\n  Kyiv: Kiev\naws_secret_access_key_wJalrXUtnFEMI: 1\n')(outside);
        symlinkSync(outside, path);
      },
      problem: /a link to a file outside this folder tree; Copydesk does not follow it/,
      keepsValidPart: false,
    },
  ]),
];
