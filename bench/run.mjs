#!/usr/bin/env node
// Copydesk's benchmark: `npm run bench`. Full analysis at three draft sizes, keystroke latency and
// cold start through the real server process, peak memory, hostile shapes of drafts at 1 MB beside
// prose (bench/shapes.mjs), and the same drafts through harper.js and textlint + prh for comparison.
// Prints a table and writes test-output/bench.json.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDraft, generateDraftOfSize, wordCount } from './drafts.mjs';
import { measureShapes, shapesTable } from './shapes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const require = createRequire(import.meta.url);
const api = require(join(root, 'server', 'out', 'api.js'));
const quick = process.argv.includes('--quick');

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), runs: samples.length };
}

async function time(fn, { warmup = 5, runs = 30 } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

const sizes = [
  { label: '1,000 words', text: generateDraft(1000), runs: 60 },
  { label: '10,000 words', text: generateDraft(10000), runs: 60 },
  { label: '100 KB', text: generateDraftOfSize(100_000), runs: 30 },
  { label: '1 MB', text: generateDraftOfSize(1_000_000), runs: quick ? 5 : 15 },
];

// Full analysis, warm, as the language server runs it on every version.
const analysis = [];
for (const size of sizes) {
  const bytes = Buffer.byteLength(size.text);
  const result = await time(() => api.analyze(size.text, { language: 'markdown' }), { warmup: 3, runs: quick ? Math.min(10, size.runs) : size.runs });
  analysis.push({ size: size.label, words: wordCount(size.text), bytes, findings: api.analyze(size.text, { language: 'markdown' }).length, ...result, mbPerSecond: bytes / 1e6 / (result.median / 1000) });
}
const perMb = (label) => { const a = analysis.find((x) => x.size === label); return a.median / (a.bytes / 1e6); };
const linearity = perMb('1 MB') / perMb('100 KB');

// Peak memory of one process analysing the 1 MB draft.
const rssScript = `const api = require(${JSON.stringify(join(root, 'server', 'out', 'api.js'))});
const { generateDraftOfSize } = await import(${JSON.stringify(join(here, 'drafts.mjs'))});
const text = generateDraftOfSize(1_000_000);
for (let i = 0; i < 5; i++) api.analyze(text, { language: 'markdown' });
console.log(process.resourceUsage().maxRSS);`;
const peakRssMb = Number(execFileSync(process.execPath, ['--input-type=module', '-e', rssScript.replace('const api = require', 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url); const api = require')], { encoding: 'utf8' }).trim()) / 1024;

// Hostile shapes at 1 MB beside 1 MB of prose: each in a process of its own (time per MB, peak RSS).
const shapes = measureShapes({ size: 1_000_000, runs: quick ? 1 : 3 });

// The server process: cold start to the seed draft's diagnostics, and keystroke latency.
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

// Started as the VS Code client starts it: without NODE_EXTRA_CA_CERTS, which makes Node parse a
// certificate bundle before any code runs, for a server that opens no connection.
const serverEnv = { ...process.env };
delete serverEnv.NODE_EXTRA_CA_CERTS;

async function startServer() {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [join(root, 'server', 'out', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: serverEnv });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published = [];
  let wake = () => {};
  connection.onNotification('textDocument/publishDiagnostics', (params) => { published.push({ ...params, at: process.hrtime.bigint() }); wake(); });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
  connection.sendNotification('initialized', {});
  const waitFor = (uri, version) => new Promise((resolve) => {
    const check = () => { const p = published.find((x) => x.uri === uri && x.version === version); if (p) resolve(p); else wake = check; };
    check();
  });
  const stop = async () => { child.kill(); };
  return { started, connection, waitFor, stop };
}

const seed = readFileSync(join(root, 'seeds', 'rubio-cbs-interview.txt'), 'utf8');
const cold = [];
for (let i = 0; i < (quick ? 3 : 7); i++) {
  const server = await startServer();
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///seed.txt', languageId: 'plaintext', version: 1, text: seed } });
  const first = await server.waitFor('file:///seed.txt', 1);
  cold.push(Number(first.at - server.started) / 1e6);
  await server.stop();
}

const keystroke = [];
{
  const server = await startServer();
  const text = sizes[1].text;
  const uri = 'file:///long.md';
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await server.waitFor(uri, 1);
  const lineCount = text.split('\n').length;
  for (let version = 2; version < (quick ? 20 : 80); version++) {
    // Type a character into a paragraph in the middle, then delete it again.
    const line = Math.floor(lineCount / 2) + (version % 7) * 2;
    const change = version % 2 === 0
      ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }
      : { range: { start: { line: line - 2, character: 0 }, end: { line: line - 2, character: 1 } }, text: '' };
    const sent = process.hrtime.bigint();
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const done = await server.waitFor(uri, version);
    if (version > 5) keystroke.push(Number(done.at - sent) / 1e6);
  }
  await server.stop();
}

// Peers, on the same drafts, installed only for the benchmark (bench/package.json).
const peers = {};
try {
  const { LocalLinter } = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const linter = new LocalLinter({ binary });
  await linter.setup();
  peers['harper.js'] = {};
  for (const size of sizes.slice(0, 2)) {
    peers['harper.js'][size.label] = await time(() => linter.lint(size.text), { warmup: 2, runs: quick ? 3 : 10 });
  }
} catch (error) {
  console.error(`harper.js unavailable (npm --prefix bench ci): ${error.message}`);
}
try {
  const { createLinter, loadTextlintrc } = await import('textlint');
  const descriptor = await loadTextlintrc({ configFilePath: join(here, '.textlintrc.json'), node_modulesDir: join(here, 'node_modules') });
  const linter = createLinter({ descriptor });
  peers['textlint + prh'] = {};
  for (const size of sizes.slice(0, 2)) {
    peers['textlint + prh'][size.label] = await time(() => linter.lintText(size.text, join(here, 'draft.md')), { warmup: 2, runs: quick ? 3 : 10 });
  }
} catch (error) {
  console.error(`textlint unavailable (npm --prefix bench ci): ${error.message}`);
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30),
  os: `${platform()} ${release()}`, node: process.version, date: new Date().toISOString().slice(0, 10),
};
const results = {
  machine,
  analysis,
  linearity: { costPerMbAt1MbOverAt100Kb: linearity },
  keystroke: { draft: '10,000 words', ...stats(keystroke) },
  coldStart: stats(cold),
  peakRssMb,
  shapes,
  peers: Object.fromEntries(Object.entries(peers).map(([name, bySize]) => [name, Object.fromEntries(Object.entries(bySize).map(([size, s]) => {
    const ours = analysis.find((a) => a.size === size);
    return [size, { ...s, ratio: s.median / ours.median }];
  }))])),
};

const ms = (x) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
const lines = [];
lines.push(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, ${machine.date}`, '');
lines.push('| measure | median | p95 | throughput |', '| --- | --- | --- | --- |');
for (const a of analysis) lines.push(`| full analysis, ${a.size} (${a.words.toLocaleString('en-US')} words, ${a.findings} findings) | ${ms(a.median)} | ${ms(a.p95)} | ${a.mbPerSecond.toFixed(1)} MB/s |`);
lines.push(`| didChange → publishDiagnostics, 10,000 words, server process | ${ms(results.keystroke.median)} | ${ms(results.keystroke.p95)} | |`);
lines.push(`| cold start → first diagnostics of the seed draft | ${ms(results.coldStart.median)} | ${ms(results.coldStart.p95)} | |`);
lines.push(`| peak RSS analysing the 1 MB draft | ${peakRssMb.toFixed(0)} MB | | |`);
lines.push(`| cost per MB at 1 MB ÷ cost per MB at 100 KB | ${linearity.toFixed(2)} | | |`);
for (const [name, bySize] of Object.entries(results.peers)) {
  for (const [size, s] of Object.entries(bySize)) lines.push(`| ${name}, ${size} | ${ms(s.median)} | ${ms(s.p95)} | ${s.ratio.toFixed(0)}× Copydesk's time |`);
}
lines.push('', ...shapesTable(shapes));
console.log(lines.join('\n'));
mkdirSync(join(root, 'test-output'), { recursive: true });
writeFileSync(join(root, 'test-output', 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(root, 'test-output', 'bench.md'), `${lines.join('\n')}\n`);
console.log('\nJSON: test-output/bench.json');
