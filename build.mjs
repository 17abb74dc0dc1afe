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

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
  // ESM dependencies bundled into CommonJS still ask for their own URL.
  define: { 'import.meta.url': '__copydeskModuleUrl' },
  banner: { js: "const __copydeskModuleUrl = require('url').pathToFileURL(__filename).href;" },
};
const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'server/out/cli.js', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } },
  { entryPoints: ['server/src/api.ts'], outfile: 'server/out/api.js' },
];

if (watch) {
  for (const entry of entries) await (await context({ ...common, ...entry })).watch();
} else {
  await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
  chmodSync('server/out/cli.js', 0o755);
}
