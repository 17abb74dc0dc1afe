// Bundles the extension client, the language server, the CLI and the library API with esbuild.
// Everything the extension runs is in these bundles, so the .vsix ships no node_modules.
import { build, context } from 'esbuild';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dataFiles, render } from './server/scripts/sync-knowledge.mjs';
import { commonWords, render as renderWords, COMMON_WORDS_TARGET } from './server/scripts/sync-words.mjs';

// The list of built-in knowledge files is generated from server/data, never kept by hand.
const builtin = 'server/src/core/knowledge/builtin.ts';
const source = render(dataFiles());
if (!existsSync(builtin) || readFileSync(builtin, 'utf8') !== source) writeFileSync(builtin, source);
// The common English words the names layer needs, generated from the dictionary-en package.
const words = renderWords(commonWords());
if (!existsSync(COMMON_WORDS_TARGET) || readFileSync(COMMON_WORDS_TARGET, 'utf8') !== words) writeFileSync(COMMON_WORDS_TARGET, words);

// The knowledge base's JSON files as JSON.parse of a string: V8 parses JSON several times faster
// than the same data as a JavaScript object literal (esbuild's json loader), and it is read at start-up.
const jsonAsJsonParse = {
  name: 'json-parse',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]data[\\/].*\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  // Smaller bundles start faster: Node reads, decodes and pre-parses all of server.js before the first
  // diagnostics. Identifiers keep their names, so a stack trace in a user's bug report stays readable
  // without the source maps (which the .vsix does not ship); renaming them saved no measurable time.
  minifyWhitespace: true,
  minifySyntax: true,
  // ASCII only, so V8 keeps the source as one-byte text (a single curly quote anywhere makes Node
  // decode and scan all of it as UTF-16).
  charset: 'ascii',
  // Node 20 has Unicode property escapes; without this esbuild rewrites /\p{Lu}/u literals into
  // `new RegExp(...)` calls that build a regular expression on every call.
  supported: { 'regexp-unicode-property-escapes': true },
  logLevel: 'warning',
  legalComments: 'none',
  // ESM dependencies bundled into CommonJS still ask for their own URL.
  define: { 'import.meta.url': '__copydeskModuleUrl' },
  banner: { js: "const __copydeskModuleUrl = require('url').pathToFileURL(__filename).href;" },
  plugins: [jsonAsJsonParse],
};
const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // server.js starts server-main.js with a V8 code cache (start.ts).
  { entryPoints: ['server/src/start.ts'], outfile: 'server/out/server.js' },
  { entryPoints: ['server/src/main.ts'], outfile: 'server/out/server-main.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } },
  { entryPoints: ['server/src/api.ts'], outfile: 'server/out/api.js' },
];

if (watch) {
  for (const entry of entries) await (await context({ ...common, ...entry })).watch();
} else {
  await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
  chmodSync('server/out/cli.js', 0o755);
}
