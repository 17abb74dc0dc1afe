// The CLI's path rules, with the platform's path module as a parameter: the CLI passes node:path,
// the tests path.win32 and path.posix, so Windows paths (drive letters, UNC shares, backslashes,
// mixed separators) are tested on any machine.
import type * as nodePath from 'node:path';

export type PathModule = Pick<typeof nodePath, 'resolve' | 'isAbsolute' | 'join' | 'dirname' | 'sep'>;

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
