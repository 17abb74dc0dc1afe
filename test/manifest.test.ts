// The extension manifest must describe exactly what the server understands.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../server/src/core/checks';
import { DEFAULT_SETTINGS, LEVELS } from '../server/src/core/settings';
import { ROOT } from './support/fixtures';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<string, { default?: unknown; properties?: Record<string, { default: string; enum: string[] }> }>;

describe('package.json manifest', () => {
  it('declares every setting the core reads, with the same defaults', () => {
    const declared = Object.keys(properties).filter((key) => key !== 'copydesk.trace.server').sort();
    assert.deepEqual(declared, Object.keys(DEFAULT_SETTINGS).map((key) => `copydesk.${key}`).sort());
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      assert.deepEqual(properties[`copydesk.${key}`].default, value, key);
    }
  });

  it('declares a level setting for every check, generated from the registry (node server/scripts/sync-manifest.mjs)', () => {
    const checks = properties['copydesk.checks'].properties!;
    assert.deepEqual(Object.keys(checks), CHECKS.map((c) => c.id));
    for (const check of CHECKS) {
      assert.equal(checks[check.id].default, check.defaultLevel, check.id);
      assert.deepEqual(checks[check.id].enum, [...LEVELS]);
    }
  });

  it('keeps the check registry in alphabetical order with unique ids', () => {
    const ids = CHECKS.map((c) => c.id);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(ids).size, ids.length);
  });

  it('stays installable in code-server 4.100 (VS Code 1.100) and runs on Node 20', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.match(manifest.devDependencies['@types/vscode'], /^\^?1\.100\./);
  });

  it('declares every command it contributes with a Copydesk category', () => {
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'Copydesk');
  });
});
