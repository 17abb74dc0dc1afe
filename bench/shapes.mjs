// Hostile shapes of drafts, each beside the same size of ordinary prose (`npm run bench` prints the
// table; `node bench/shapes.mjs [--quick] [size]` runs it alone). Each shape is analysed in a process
// of its own, so its peak memory is its own: time per MB (median of the runs) and peak RSS.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function fill(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Shape name → text of about `size` UTF-16 code units (ASCII: as many bytes). */
export const SHAPES = {
  'ordinary prose': null, // drafts.mjs
  'short paragraphs': (size) => fill('The council met.\n\n', size),
  'runs of quotation marks': (size) => fill('"', size),
  'list markers (one item a line)': (size) => fill('- a\n', size),
  'list markers (nested on one line)': (size) => fill('+ ', size),
  'many quotations': (size) => fill('"Yes," he said. ', size),
  'two spellings repeated': (size) => fill('Kiev Kyiv ', size),
};

/** Runs in the child: analyse one shape `runs` times, print the times and the peak RSS. */
async function child(name, size, runs) {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const api = require(join(here, '..', 'server', 'out', 'api.js'));
  const { generateDraftOfSize } = await import(join(here, 'drafts.mjs'));
  // Warm: the code is compiled and the knowledge base loaded before anything is timed.
  for (let i = 0; i < 3; i++) api.analyze(generateDraftOfSize(20_000), { language: 'markdown' });
  const text = SHAPES[name] ? SHAPES[name](size) : generateDraftOfSize(size);
  const times = [];
  let findings = 0;
  let failures = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const analysis = api.analyzeDocument(new api.DraftDocument(text, 'markdown'), {});
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    findings = analysis.findings.length;
    failures = analysis.failures.length;
  }
  console.log(JSON.stringify({ times, bytes: Buffer.byteLength(text), findings, failures, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

/** The table rows: each shape's time per MB, its ratio to prose, peak memory. */
export function measureShapes({ size = 1_000_000, runs = 5 } = {}) {
  const rows = [];
  for (const name of Object.keys(SHAPES)) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', name, String(size), String(runs)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const result = JSON.parse(out.trim().split('\n').pop());
    const sorted = [...result.times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    rows.push({ shape: name, bytes: result.bytes, findings: result.findings, failures: result.failures, medianMs: median, msPerMb: median / (result.bytes / 1e6), peakRssMb: result.peakRssMb });
  }
  const prose = rows[0].msPerMb;
  for (const row of rows) row.ratioToProse = row.msPerMb / prose;
  return rows;
}

export function shapesTable(rows) {
  const lines = ['| shape (1 MB, Markdown) | time per MB (median) | × prose | peak RSS | findings |', '| --- | --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| ${r.shape} | ${r.msPerMb.toFixed(0)} ms | ${r.ratioToProse.toFixed(2)} | ${r.peakRssMb.toFixed(0)} MB | ${r.findings.toLocaleString('en-US')}${r.failures ? `, ${r.failures} checks failed` : ''} |`);
  return lines;
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], Number(process.argv[4]), Number(process.argv[5]));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const size = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  console.log(shapesTable(measureShapes({ size, runs: quick ? 1 : 5 })).join('\n'));
}
