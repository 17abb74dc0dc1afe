import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { ROOT } from '../support/fixtures';

// The analysis core is layered: each folder uses only the folders below it, so that a layer can be
// understood, tested and changed knowing only what is under it (as rust-analyzer states and tests
// its architecture invariants). Views (hover cards) and the checks sit on top and may read any layer.

const CORE = join(ROOT, 'server', 'src', 'core');

/** Bottom to top. A file's layer is its folder's; the root files are the foundation unless listed as top. */
const LAYERS = ['foundation', 'quotes', 'names', 'people', 'titles', 'attribution', 'top'] as const;
type Layer = (typeof LAYERS)[number];

const FOLDERS: Record<string, Layer> = {
  '.': 'foundation', knowledge: 'foundation', stylebook: 'foundation',
  quotes: 'quotes', names: 'names', people: 'people', titles: 'titles', attribution: 'attribution', checks: 'top',
};
/** Root files that use the layers: the analysis entry, the library index, the hover and highlights views. */
const TOP_FILES = new Set(['analyze.ts', 'index.ts', 'hover.ts', 'highlights.ts']);
/** The type every layer receives (the draft, settings, knowledge and date), not a check. */
const FOUNDATION_FILES = new Set(['checks/check.ts']);
/** Views read the layers they show, whichever folder they live in. */
const isView = (file: string) => /(?:^|\/)hover\.ts$/.test(file);
/**
 * Known exceptions, each with its reason; a new one needs the same.
 */
const EXCEPTIONS: Record<string, string> = {
  'people/people.ts -> titles/offices.ts': 'the knowledge base\'s offices index, read to resolve title phrases; it belongs with knowledge/',
};

function layerOf(file: string): Layer {
  if (FOUNDATION_FILES.has(file)) return 'foundation';
  const folder = dirname(file);
  if (folder === '.' && TOP_FILES.has(file)) return 'top';
  const layer = FOLDERS[folder.split('/')[0]];
  if (!layer) throw new Error(`core/${file}: its folder has no layer in test/core/layering.test.ts`);
  return layer;
}

function importsOf(file: string): string[] {
  const source = readFileSync(join(CORE, file), 'utf8');
  const targets: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\b[^;]*?from\s+'(\.{1,2}\/[^']+)'/gm)) {
    const target = relative(CORE, join(CORE, dirname(file), m[1]));
    if (target.startsWith('..')) continue; // server/schemas and the like, outside the core
    targets.push(target);
  }
  return targets;
}

/** The file an import names: `x` is `x.ts` or `x/index.ts`. */
function resolve(target: string, files: Set<string>): string | undefined {
  return [`${target}.ts`, `${target}/index.ts`, target].find((f) => files.has(f));
}

describe('layering of the analysis core', () => {
  const files = globSync('**/*.ts', { cwd: CORE }).sort();
  const known = new Set(files);

  it('every folder of the core has its layer', () => {
    for (const file of files) layerOf(file);
  });

  it('no folder imports one above it (views apart)', () => {
    const violations: string[] = [];
    for (const file of files) {
      if (isView(file)) continue;
      const from = LAYERS.indexOf(layerOf(file));
      for (const target of importsOf(file)) {
        const resolved = resolve(target, known);
        if (!resolved || resolved.endsWith('.json')) continue;
        const to = LAYERS.indexOf(layerOf(resolved));
        const edge = `${file} -> ${resolved}`;
        if (to > from && !EXCEPTIONS[edge]) violations.push(`${edge} (${LAYERS[from]} imports ${LAYERS[to]})`);
      }
    }
    assert.deepEqual(violations, []);
  });

  it('the attribution layer is read through its index (or its views) by everything outside it', () => {
    const inside = (file: string) => file.startsWith('attribution/');
    const reachIn: string[] = [];
    for (const file of files.filter((f) => !inside(f))) {
      for (const target of importsOf(file)) {
        if (inside(target) && target !== 'attribution' && target !== 'attribution/index' && !isView(`${target}.ts`)) reachIn.push(`${file} -> ${target}`);
      }
    }
    assert.deepEqual(reachIn, []);
  });

  it('the exceptions are still needed', () => {
    for (const edge of Object.keys(EXCEPTIONS)) {
      const [file, target] = edge.split(' -> ');
      assert.ok(importsOf(file).some((t) => resolve(t, known) === target), `${edge} is no longer imported: remove the exception`);
    }
  });
});
