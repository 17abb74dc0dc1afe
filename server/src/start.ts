// Entry of server/out/server.js: runs the language server bundle (server/out/server-main.js) with a
// V8 code cache, so that a start after the first skips compiling the bundle and the functions the
// first analysis runs. The cache holds only what V8 compiled from that exact file: it is kept in
// the user's own cache folder, named after the bundle's path, size and modification time, the Node
// version and the architecture, and V8 itself rejects a cache made by another V8 (VS Code's
// Electron, another Node), which is then made again. It is written once, right after the first
// analysis (a few milliseconds, on the first start only). Failing to read or write it only means
// compiling as usual. COPYDESK_CODE_CACHE: the folder to keep it in, or "off".
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

function cacheFolder(): string | undefined {
  const setting = process.env.COPYDESK_CODE_CACHE;
  if (setting === 'off') return undefined;
  if (setting) return setting;
  if (process.platform === 'win32') return process.env.LOCALAPPDATA ? join(process.env.LOCALAPPDATA, 'copydesk', 'code-cache') : undefined;
  const home = homedir();
  const base = process.platform === 'darwin' ? join(home, 'Library', 'Caches') : process.env.XDG_CACHE_HOME || join(home, '.cache');
  return join(base, 'copydesk', 'code-cache');
}

function cacheFileFor(bundle: string, folder: string): string {
  const stats = statSync(bundle);
  const build = `${stats.size}\n${stats.mtimeMs}\n${process.version}\n${process.arch}`;
  return join(folder, `${prefixFor(bundle)}${fnv(build, 0x811c9dc5)}${fnv(build, 0x01000193)}.cache`);
}

/** The start of the cache names of one installed bundle: one cache per installation is kept. */
function prefixFor(bundle: string): string {
  return `server-${fnv(bundle, 0x811c9dc5)}-`;
}

/** FNV-1a, to name a file; V8 itself checks a cache's V8 version, flags and source length. */
function fnv(text: string, seed: number): string {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function readCache(file: string | undefined): Buffer | undefined {
  try {
    return file ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, script: Script, bundle: string): void {
  try {
    const folder = dirname(file);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Written beside and renamed: two servers starting at once never read half a cache.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
    renameSync(partial, file);
    // This installation's caches of earlier builds (and writes cut short) are of no more use.
    const prefix = prefixFor(bundle);
    for (const name of readdirSync(folder)) {
      if (name.startsWith(prefix) && join(folder, name) !== file) unlinkSync(join(folder, name));
    }
  } catch {
    // A read-only or full disk: the next start compiles again.
  }
}

export function start(bundle: string): void {
  const source = readFileSync(bundle, 'utf8');
  let file: string | undefined;
  try {
    const folder = cacheFolder();
    file = folder ? cacheFileFor(bundle, folder) : undefined;
  } catch {
    file = undefined;
  }
  const cachedData = readCache(file);
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  // The bundle runs as the CommonJS module it was built as.
  const module = new Module(bundle, require.main);
  module.filename = bundle;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(bundle));
  const moduleRequire = Object.assign((id: string) => module.require(id), { resolve: require.resolve, cache: require.cache, main: require.main });
  const run = script.runInThisContext() as (exports: unknown, require: unknown, module: Module, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, moduleRequire, module, bundle, dirname(bundle));
  module.loaded = true;
  const server = module.exports as typeof import('./main');
  const target = file && (!cachedData || script.cachedDataRejected) ? file : undefined;
  server.main(process.argv, target ? () => writeCache(target, script, bundle) : undefined);
}

start(join(__dirname, 'server-main.js'));
