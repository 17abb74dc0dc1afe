// Bundles the extension client, the language server, the CLI and the library API with esbuild.
// Everything the extension runs is in these bundles, so the .vsix ships no node_modules.
import { build, context } from 'esbuild';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dataFiles, render } from './server/scripts/sync-knowledge.mjs';
import { commonWords, render as renderWords, COMMON_WORDS_TARGET } from './server/scripts/sync-words.mjs';
import { verbForms, render as renderVerbs, VERB_FORMS_TARGET } from './server/scripts/sync-verbs.mjs';

// The list of built-in knowledge files is generated from server/data, never kept by hand.
const builtin = 'server/src/core/knowledge/builtin.ts';
const source = render(dataFiles());
if (!existsSync(builtin) || readFileSync(builtin, 'utf8') !== source) writeFileSync(builtin, source);
// The common English words the names layer needs, generated from the dictionary-en package.
const words = renderWords(commonWords());
if (!existsSync(COMMON_WORDS_TARGET) || readFileSync(COMMON_WORDS_TARGET, 'utf8') !== words) writeFileSync(COMMON_WORDS_TARGET, words);
// The finite verb forms the attribution layer needs, generated from the en-lexicon package.
const verbs = renderVerbs(verbForms());
if (!existsSync(VERB_FORMS_TARGET) || readFileSync(VERB_FORMS_TARGET, 'utf8') !== verbs) writeFileSync(VERB_FORMS_TARGET, verbs);

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

// esbuild's charset 'ascii' escapes every string and template but leaves regular-expression literals
// as written, so a curly quote in one makes Node decode and keep the whole bundle as UTF-16 (twice
// the memory, slower to read and scan). Escaping them as \uXXXX keeps the same regular expression
// (inside a class or out, with or without the u flag; a surrogate pair stays a pair); the source map's
// columns after each escape move with it.
const asciiRegExps = {
  name: 'ascii-regexps',
  setup(build) {
    build.onEnd((result) => {
      const file = build.initialOptions.outfile;
      if (result.errors.length || !file) return;
      const code = readFileSync(file, 'utf8');
      if (!/[^\0-\x7f]/.test(code)) return;
      const lines = code.split('\n');
      const shifts = new Map(); // line → [column, added characters] in order
      const escaped = lines.map((line, index) => line.replace(/[^\0-\x7f]/g, (char, column) => {
        // An escaped character ("\’") would become a backslash and "u2019"; a line separator would
        // stop being one (and the source map's lines with it).
        let backslashes = 0;
        while (line.charCodeAt(column - 1 - backslashes) === 0x5c) backslashes++;
        if (backslashes % 2 || char === '\u2028' || char === '\u2029') throw new Error(`${file}:${index + 1}:${column}: cannot escape ${JSON.stringify(char)}`);
        (shifts.get(index) ?? shifts.set(index, []).get(index)).push([column, 5]);
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
      }));
      writeFileSync(file, escaped.join('\n'));
      const mapFile = `${file}.map`;
      if (!existsSync(mapFile)) return;
      const map = JSON.parse(readFileSync(mapFile, 'utf8'));
      map.mappings = map.mappings.split(';').map((segments, index) => {
        const moves = shifts.get(index);
        if (!moves || !segments) return segments;
        let column = 0;
        let shifted = 0;
        return segments.split(',').map((segment) => {
          const [delta, length] = decodeVlq(segment);
          column += delta;
          const moved = column + moves.filter(([at]) => at < column).reduce((sum, [, added]) => sum + added, 0);
          const out = encodeVlq(moved - shifted) + segment.slice(length);
          shifted = moved;
          return out;
        }).join(',');
      }).join(';');
      writeFileSync(mapFile, JSON.stringify(map));
    });
  },
};

const VLQ_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first base-64 VLQ number of a source-map segment and how many characters it took. */
function decodeVlq(text) {
  let value = 0;
  let shift = 0;
  let i = 0;
  for (;;) {
    const digit = VLQ_DIGITS.indexOf(text[i++]);
    value += (digit & 31) << shift;
    shift += 5;
    if (!(digit & 32)) break;
  }
  return [value & 1 ? -(value >>> 1) : value >>> 1, i];
}

function encodeVlq(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let out = '';
  do {
    const digit = value & 31;
    value >>>= 5;
    out += VLQ_DIGITS[value ? digit | 32 : digit];
  } while (value);
  return out;
}

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
  // decode and scan all of it as UTF-16); asciiRegExps escapes what esbuild leaves.
  charset: 'ascii',
  // Node 20 has Unicode property escapes; without this esbuild rewrites /\p{Lu}/u literals into
  // `new RegExp(...)` calls that build a regular expression on every call.
  supported: { 'regexp-unicode-property-escapes': true },
  logLevel: 'warning',
  legalComments: 'none',
  // ESM dependencies bundled into CommonJS still ask for their own URL.
  define: { 'import.meta.url': '__copydeskModuleUrl' },
  banner: { js: "const __copydeskModuleUrl = require('url').pathToFileURL(__filename).href;" },
  plugins: [jsonAsJsonParse, asciiRegExps],
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
