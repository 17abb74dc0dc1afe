// Reading and replacing the stylebook file (server/src/stylebookFile.ts), which the server and the
// CLI share: only regular files, at most the size limit, links kept inside the tree they serve, and
// a replacement that checks the file is still the one read, unchanged, immediately before the rename.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import {
  chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStylebookFile, replaceStylebookFile, StylebookWriteRefused } from '../../server/src/stylebookFile';

const TEXT = 'spellings:  # the desk\n  Kyiv: Kiev\n';

describe('the stylebook file', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-file-'));
    path = join(dir, '.copydesk.yaml');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function read() {
    const result = readStylebookFile(path, { tree: dir });
    assert.ok(result.ok, result.ok ? '' : result.message);
    return result;
  }

  it('reads a regular file; refuses a FIFO, a folder, a device, and a file over the limit', function () {
    writeFileSync(path, TEXT);
    assert.equal(read().text, TEXT);
    rmSync(path);
    mkdirSync(path);
    assert.deepEqual(readStylebookFile(path).ok ? 'read' : (readStylebookFile(path) as { reason: string }).reason, 'not-regular');
    rmSync(path, { recursive: true });
    if (process.platform !== 'win32') {
      execFileSync('mkfifo', [path]);
      const fifo = readStylebookFile(path);
      assert.ok(!fifo.ok && fifo.reason === 'not-regular' && /named pipe/.test(fifo.message));
      rmSync(path);
      symlinkSync('/dev/zero', path);
      const device = readStylebookFile(path);
      assert.ok(!device.ok && device.reason === 'not-regular' && /device/.test(device.message));
      rmSync(path);
    }
    writeFileSync(path, 'x'.repeat(2000));
    const large = readStylebookFile(path, { limit: 1000 });
    assert.ok(!large.ok && large.reason === 'too-large');
  });

  it('follows a found stylebook\'s link only inside its tree; a named one anywhere', function () {
    if (process.platform === 'win32') this.skip();
    const outside = mkdtempSync(join(tmpdir(), 'copydesk-outside-'));
    try {
      writeFileSync(join(outside, 'secret.yaml'), TEXT);
      symlinkSync(join(outside, 'secret.yaml'), path);
      const found = readStylebookFile(path, { tree: dir });
      assert.ok(!found.ok && found.reason === 'outside');
      assert.ok(readStylebookFile(path).ok, 'named in the settings: read');
      rmSync(path);
      mkdirSync(join(dir, 'style'));
      writeFileSync(join(dir, 'style', 'house.yaml'), TEXT);
      symlinkSync(join('style', 'house.yaml'), path);
      assert.equal(read().text, TEXT);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('replaces the file in one rename, keeping its mode, and writes through a link', function () {
    writeFileSync(path, TEXT);
    chmodSync(path, 0o640);
    const before = read();
    replaceStylebookFile(path, before, `${TEXT}  Odesa: Odessa\n`, { tree: dir });
    assert.equal(readFileSync(path, 'utf8'), `${TEXT}  Odesa: Odessa\n`);
    assert.equal(statSync(path).mode & 0o777, 0o640);
    assert.notEqual(statSync(path).ino, before.identity.ino);
    assert.deepEqual(readdirSync(dir), ['.copydesk.yaml'], 'no temporary file left');
    if (process.platform === 'win32') return;
    mkdirSync(join(dir, 'style'));
    renameSync(path, join(dir, 'style', 'house.yaml'));
    symlinkSync(join('style', 'house.yaml'), path);
    replaceStylebookFile(path, read(), 'spellings: {}\n', { tree: dir });
    assert.ok(lstatSync(path).isSymbolicLink() && readlinkSync(path) === join('style', 'house.yaml'), 'the link is kept');
    assert.equal(readFileSync(join(dir, 'style', 'house.yaml'), 'utf8'), 'spellings: {}\n');
  });

  it('refuses to replace a file changed since it was read, even to the same size and time', () => {
    writeFileSync(path, TEXT);
    const before = read();
    const { mtime, atime } = statSync(path);
    writeFileSync(path, TEXT.replace('Kiev', 'Kyev'));
    utimesSync(path, atime, mtime);
    assert.throws(() => replaceStylebookFile(path, before, 'spellings: {}\n', { tree: dir }), (error) => error instanceof StylebookWriteRefused && /changed while Copydesk was writing it/.test(error.message));
    assert.equal(readFileSync(path, 'utf8'), TEXT.replace('Kiev', 'Kyev'));
    // Replaced by another file with the very same text: not the file read either.
    const again = read();
    writeFileSync(join(dir, 'other'), readFileSync(path));
    renameSync(join(dir, 'other'), path);
    assert.throws(() => replaceStylebookFile(path, again, 'spellings: {}\n', { tree: dir }), StylebookWriteRefused);
    assert.deepEqual(readdirSync(dir), ['.copydesk.yaml'], 'no temporary file left');
  });

  it('refuses a read-only stylebook, even for a user who could write it (root)', () => {
    writeFileSync(path, TEXT);
    chmodSync(path, 0o444);
    assert.throws(() => replaceStylebookFile(path, read(), 'spellings: {}\n', { tree: dir }), (error) => error instanceof StylebookWriteRefused && /read-only/.test(error.message));
    assert.equal(readFileSync(path, 'utf8'), TEXT);
  });
});
