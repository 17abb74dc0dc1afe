// Path rules of the CLI and the server, with the platform's path module as a parameter: they pass
// node:path, the tests path.win32 and path.posix, so Windows paths (drive letters, UNC shares,
// backslashes, mixed separators, case) are tested on any machine.
import type * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';

export type PathModule = Pick<typeof nodePath, 'resolve' | 'isAbsolute' | 'join' | 'dirname' | 'sep' | 'relative'>;

/** A path the user typed, relative to `cwd` unless absolute (`/x`, `C:\x`, `\\server\share\x`). */
export function resolveFrom(cwd: string, input: string, path: PathModule): string {
  return path.resolve(cwd, input);
}

/**
 * How a draft found in a directory is shown: the directory as the user typed it (without its
 * trailing separators), then the file's path inside it with the platform's separator.
 */
export function joinFound(directory: string, file: string, path: PathModule): string {
  const base = directory.replace(path.sep === '\\' ? /(?<=[^\\/:])[\\/]+$/ : /(?<=[^/])\/+$/, '');
  const inside = path.sep === '\\' ? file.replace(/\//g, '\\') : file;
  if (base === '' || base.endsWith(path.sep) || (path.sep === '\\' && base.endsWith('/'))) return `${base}${inside}`;
  return `${base}${path.sep}${inside}`;
}

/** A glob as the user typed it, in the forward slashes glob patterns use (on Windows `\` separates, it escapes nothing). */
export function globPattern(input: string, path: PathModule): string {
  return path.sep === '\\' ? input.replace(/\\/g, '/') : input;
}

/**
 * Whether `file` is `folder` or lies inside it, compared segment by segment (`/x/ws2/a.md` is not
 * inside `/x/ws`, as a string prefix would say); on Windows without regard to case or separator.
 */
export function isInside(folder: string, file: string, path: PathModule): boolean {
  const relative = path.relative(folder, file);
  if (relative === '') return true;
  if (path.isAbsolute(relative)) return false; // another drive or share
  const first = relative.split(path.sep === '\\' ? /[\\/]/ : '/')[0];
  return first !== '..';
}

/** The innermost of `folders` that holds `file` (see isInside), or undefined. */
export function folderContaining(folders: readonly string[], file: string, path: PathModule): string | undefined {
  let best: string | undefined;
  for (const folder of folders) {
    if (isInside(folder, file, path) && (best === undefined || isInside(best, folder, path))) best = folder;
  }
  return best;
}

/**
 * The file path of a `file:` URI as the platform writes it, or undefined for other schemes
 * (untitled drafts). On Windows, editors send drive letters percent-encoded and in either case
 * (`file:///c%3A/Users/ana/story.md` → `c:\Users\ana\story.md`) and shares as the URI's host
 * (`file://newsroom/desk/story.md` → `\\newsroom\desk\story.md`).
 */
export function pathOfFileUri(uri: string, path: PathModule): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri, { windows: path.sep === '\\' });
  } catch {
    return undefined; // a file URI with a host on POSIX, or one that is not well formed
  }
}
