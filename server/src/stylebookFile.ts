// Reading and replacing the house stylebook on disk, for the language server and the CLI alike.
// A stylebook is untrusted input that travels with shared folders and repositories, so:
// - only a regular file is read: the file is opened (without blocking, so a FIFO cannot hang the
//   open), its handle is fstat-ed, and anything else (FIFO, device, socket, folder) is refused;
//   at most the size limit is read, whatever the size the file claims (a device says 0);
// - a stylebook found by looking for `.copydesk.yaml` is not followed by a link out of the folder
//   tree it serves (the workspace folder, or the CLI's working folder, holding the draft); a
//   stylebook the user names in their settings or on the command line is read where it is;
// - a write replaces the file in one rename of a temporary file written beside it, after checking,
//   immediately before the rename, that the file is still the one read (same device, inode, size,
//   times) with the same text; a read-only file is not replaced.
import { randomBytes } from 'node:crypto';
import {
  accessSync, chmodSync, chownSync, closeSync, constants, fstatSync, fsyncSync, openSync, readSync, realpathSync, renameSync,
  statSync, unlinkSync, writeSync, type Stats,
} from 'node:fs';
import * as nodePath from 'node:path';
import { STYLEBOOK_LIMITS, tooLargeProblem } from './core/stylebook';
import { isInside } from './paths';

/** What identifies the file read: a write goes ahead only while these are unchanged. */
export interface FileIdentity {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  mode: number;
  uid: number;
  gid: number;
}

export type RefusalReason = 'missing' | 'not-regular' | 'too-large' | 'outside' | 'unreadable';

export type StylebookRead =
  | { ok: true; text: string; identity: FileIdentity; realPath: string }
  | { ok: false; reason: RefusalReason; message: string; size?: number };

export interface ReadOptions {
  /**
   * The folder tree a stylebook found by search serves: its real path must lie inside. Omitted
   * for a stylebook the user named.
   */
  tree?: string;
  /** Bytes read at most (STYLEBOOK_LIMITS.maxBytes). */
  limit?: number;
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. Not on Windows.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

function identityOf(stats: Stats): FileIdentity {
  const { dev, ino, size, mtimeMs, ctimeMs, mode, uid, gid } = stats;
  return { dev, ino, size, mtimeMs, ctimeMs, mode, uid, gid };
}

export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  if (stats.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** Reads a stylebook under the rules above; never throws. */
export function readStylebookFile(path: string, options: ReadOptions = {}): StylebookRead {
  const limit = options.limit ?? STYLEBOOK_LIMITS.maxBytes;
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'missing', message: 'The stylebook does not exist.' };
    return { ok: false, reason: 'unreadable', message: `Copydesk could not open the stylebook (${code ?? (error as Error).message}); it is ignored.` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      return { ok: false, reason: 'not-regular', message: `The stylebook is ${kindOf(stats)}, not a regular file; Copydesk reads only regular files, so it is ignored.` };
    }
    const realPath = realpathSync(path);
    if (options.tree !== undefined) {
      // The file opened is the one the real path names (a link changed in between is refused too).
      const real = statSync(realPath);
      let tree: string;
      try {
        tree = realpathSync(options.tree);
      } catch {
        tree = options.tree;
      }
      if (real.dev !== stats.dev || real.ino !== stats.ino || !isInside(tree, realPath, nodePath)) {
        return { ok: false, reason: 'outside', message: 'The stylebook is a link to a file outside this folder tree; Copydesk does not follow it. Copy the file here, or name it in the copydesk.stylebook setting (--stylebook on the command line).' };
      }
    }
    if (stats.size > limit) return { ok: false, reason: 'too-large', size: stats.size, message: tooLargeProblem(stats.size).message };
    // At most one byte over the limit, whatever the size said: a file growing meanwhile is caught.
    const buffer = Buffer.alloc(Math.min(stats.size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return { ok: false, reason: 'too-large', size: length, message: tooLargeProblem(length).message };
        break;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, length);
      if (read === 0) break;
      length += read;
    }
    return { ok: true, text: buffer.toString('utf8', 0, length), identity: identityOf(stats), realPath };
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `Copydesk could not read the stylebook (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); it is ignored.` };
  } finally {
    closeSync(fd);
  }
}

/** A write refused, with a message that says why and changes nothing. */
export class StylebookWriteRefused extends Error {}

/**
 * Replaces the stylebook read as `before` (from readStylebookFile, with the same options) with
 * `text`: a temporary file beside its real path, with its mode and owner, renamed over it after a
 * last check that the file is still the one read, unchanged. A link keeps pointing at the file.
 */
export function replaceStylebookFile(path: string, before: { text: string; identity: FileIdentity; realPath: string }, text: string, options: ReadOptions = {}): void {
  const { identity, realPath } = before;
  // Root may write anything: the mode bits say what the owner meant.
  if ((identity.mode & 0o222) === 0) throw new StylebookWriteRefused(`${path} is read-only, so Copydesk does not change it. Make it writable to add the spelling.`);
  try {
    accessSync(realPath, constants.W_OK);
  } catch {
    throw new StylebookWriteRefused(`${path} is not writable for Copydesk, so nothing was written.`);
  }
  const folder = nodePath.dirname(realPath);
  const temporary = nodePath.join(folder, `.${nodePath.basename(realPath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, identity.mode & 0o777);
  let renamed = false;
  try {
    try {
      const data = Buffer.from(text, 'utf8');
      for (let written = 0; written < data.length;) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temporary, identity.mode & 0o7777); // the umask may have taken bits away
    try {
      chownSync(temporary, identity.uid, identity.gid);
    } catch {
      // Only root may give a file away; a user's own file keeps its owner anyway.
    }
    // The last look, right before the rename: a change made since the read is not overwritten.
    const now = readStylebookFile(path, options);
    if (!now.ok || now.realPath !== realPath || !sameFile(now.identity, identity) || now.text !== before.text) {
      throw new StylebookWriteRefused(`${path} changed while Copydesk was writing it, so nothing was written. Apply the fix again.`);
    }
    renameSync(temporary, realPath);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        unlinkSync(temporary);
      } catch {
        // Already gone.
      }
    }
  }
}

/** Creates a stylebook that does not exist yet; refused if one appeared meanwhile. */
export function createStylebookFile(path: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new StylebookWriteRefused(`${path} was created while Copydesk was writing it, so nothing was written. Apply the fix again.`);
    throw error;
  }
  try {
    const data = Buffer.from(text, 'utf8');
    for (let written = 0; written < data.length;) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
