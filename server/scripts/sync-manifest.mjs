#!/usr/bin/env node
// Writes the check registry into package.json (`copydesk.checks` properties), so the settings
// VS Code shows are generated from the checks themselves. Run after adding a check:
//   npm run build && node server/scripts/sync-manifest.mjs
// The test suite fails when the manifest is out of step.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { CHECKS, LEVELS } = createRequire(import.meta.url)(join(root, 'server', 'out', 'api.js'));

export function checkProperties() {
  return Object.fromEntries(CHECKS.map((check) => [check.id, {
    type: 'string',
    enum: [...LEVELS],
    default: check.defaultLevel,
    markdownDescription: `\`${check.id}\`: ${check.description}`,
  }]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = join(root, 'package.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  manifest.contributes.configuration.properties['copydesk.checks'].properties = checkProperties();
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`package.json: ${CHECKS.length} checks`);
}
