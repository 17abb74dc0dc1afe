// The whole suite runs with the network made unusable (test/support/no-network.cjs, loaded by
// .mocharc.json and inherited by every process the tests start). These tests prove the guard is on.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as net from 'node:net';
import * as https from 'node:https';

describe('no network access', () => {
  it('is guarded in the test process', () => {
    assert.equal(process.env.COPYDESK_NO_NETWORK_GUARD, '1');
    assert.throws(() => net.connect(80, '127.0.0.1'), /forbid network access/);
    assert.throws(() => https.get('https://example.org'), /forbid network access/);
    assert.throws(() => fetch('https://example.org'), /forbid network access/);
  });

  it('is guarded in the processes the tests start (server, CLI)', () => {
    const child = spawnSync(process.execPath, ['-e', "require('node:net').connect(80, '127.0.0.1')"], { encoding: 'utf8' });
    assert.notEqual(child.status, 0);
    assert.match(child.stderr, /forbid network access/);
  });
});
