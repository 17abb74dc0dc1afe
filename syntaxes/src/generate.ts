// Writes the grammars built by grammars.ts to syntaxes/*.json (`npm run grammars`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRAMMAR_FILES, serialize } from './grammars';

const root = join(__dirname, '..', '..');
for (const [file, build] of Object.entries(GRAMMAR_FILES)) {
  writeFileSync(join(root, file), serialize(build()));
  console.log(`wrote ${file}`);
}
