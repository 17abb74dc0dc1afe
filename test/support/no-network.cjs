// Loaded before every test process (mocha --require, and NODE_OPTIONS for the server and CLI
// processes the tests start): any attempt to open a network connection throws. Copydesk must never
// send a draft anywhere, so the whole suite runs with the network made unusable.
'use strict';
const net = require('node:net');
const tls = require('node:tls');
const http = require('node:http');
const https = require('node:https');
const http2 = require('node:http2');
const dns = require('node:dns');
const dgram = require('node:dgram');

class NetworkAccessError extends Error {
  constructor(what) {
    super(`Copydesk tests forbid network access (${what})`);
    this.code = 'ECOPYDESKNONETWORK';
  }
}
const forbid = (what) => () => { throw new NetworkAccessError(what); };

net.connect = net.createConnection = forbid('net.connect');
net.Socket.prototype.connect = forbid('net.Socket.connect');
tls.connect = forbid('tls.connect');
for (const [name, mod] of [['http', http], ['https', https]]) {
  mod.request = forbid(`${name}.request`);
  mod.get = forbid(`${name}.get`);
}
http2.connect = forbid('http2.connect');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']) dns[name] = forbid(`dns.${name}`);
if (dns.promises) for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) dns.promises[name] = forbid(`dns.promises.${name}`);
dgram.createSocket = forbid('dgram.createSocket');
globalThis.fetch = forbid('fetch');
if (globalThis.WebSocket) globalThis.WebSocket = forbid('WebSocket');

// Processes started by the tests (the server, the CLI) inherit the same guard.
const self = `--require ${JSON.stringify(__filename)}`;
if (!(process.env.NODE_OPTIONS ?? '').includes(__filename)) {
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${self}`.trim();
}
process.env.COPYDESK_NO_NETWORK_GUARD = '1';
