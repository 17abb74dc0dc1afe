// Scores Copydesk on a folder of drafts with gold files (NAME.md|txt + NAME.gold.json, the format of
// the shared corpus README): precision and recall per finding code, speaker accuracy over the gold
// quotations that have a speaker, and kind accuracy over every gold quotation.
//
//   npm run eval -- <dir> [--verbose]
//
// A predicted finding matches a gold finding with the same code whose located range it overlaps
// (each gold finding matched at most once). A gold quotation is located by its text, in document
// order, and matched to the predicted quotation whose text overlaps it.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../src/core/analyze';
import { DraftDocument } from '../src/core/document';
import { quotationsJson, type QuotationJson } from '../src/core/attribution/report';
import type { Finding } from '../src/core/types';

interface GoldFinding { code: string; text: string; occurrence: number; fix?: string }
interface GoldQuote { text: string; speaker: string | null; kind: string }
interface Gold { date: string; findings: GoldFinding[]; quotes: GoldQuote[] }

interface Tally { tp: number; fp: number; fn: number }

export function normaliseName(name: string): string {
  return name
    .normalize('NFKD').replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(?:a|an|the)\s+/, '')
    .replace(/[^\p{L}\p{N}' -]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function nthIndex(text: string, needle: string, occurrence: number): number {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) return -1;
  }
  return index;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function main(): number {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir || !existsSync(dir)) {
    process.stderr.write('usage: npm run eval -- <dir> [--verbose]   (a folder of drafts with NAME.gold.json files)\n');
    return 2;
  }
  const tallies = new Map<string, Tally>();
  const tally = (code: string) => {
    let t = tallies.get(code);
    if (!t) tallies.set(code, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  };
  let speakerTotal = 0;
  let speakerRight = 0;
  let kindTotal = 0;
  let kindRight = 0;
  const notes: string[] = [];
  const drafts = readdirSync(dir).filter((f) => /\.(md|markdown|txt)$/.test(f) && !/^README/i.test(f)).sort();
  for (const file of drafts) {
    const goldPath = join(dir, file.replace(/\.(md|markdown|txt)$/, '.gold.json'));
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    const text = readFileSync(join(dir, file), 'utf8');
    const doc = new DraftDocument(text, /\.(md|markdown)$/.test(file) ? 'markdown' : 'plaintext');
    const analysis = analyzeDocument(doc, { articleDate: gold.date });
    const predicted: Finding[] = analysis.findings;
    const quotes: QuotationJson[] = quotationsJson(analysis.context);

    // Findings.
    const used = new Set<Finding>();
    for (const g of gold.findings) {
      const start = nthIndex(text, g.text, g.occurrence);
      if (start < 0) { notes.push(`${file}: gold finding not located: ${g.code} "${g.text}"`); continue; }
      const range = { start, end: start + g.text.length };
      const match = predicted.find((p) => !used.has(p) && p.code === g.code && overlaps(p, range));
      if (match) { used.add(match); tally(g.code).tp++; } else {
        tally(g.code).fn++;
        if (verbose) notes.push(`${file}: missed ${g.code} "${g.text}"`);
      }
    }
    for (const p of predicted) {
      if (used.has(p)) continue;
      tally(p.code).fp++;
      if (verbose) notes.push(`${file}: extra ${p.code} "${text.slice(p.start, p.end)}"`);
    }

    // Quotations, in document order.
    let from = 0;
    for (const g of gold.quotes) {
      const start = text.indexOf(g.text, from);
      kindTotal++;
      if (g.speaker) speakerTotal++;
      if (start < 0) { notes.push(`${file}: gold quote not located: "${g.text.slice(0, 40)}"`); continue; }
      from = start + 1;
      const range = { start, end: start + g.text.length };
      const match = quotes.find((q) => overlaps(q, range));
      if (!match) {
        if (verbose) notes.push(`${file}: quote not found: "${g.text.slice(0, 50)}"`);
        continue;
      }
      if (match.kind === g.kind) kindRight++;
      else if (verbose) notes.push(`${file}: kind ${match.kind}, gold ${g.kind}: "${g.text.slice(0, 50)}"`);
      if (g.speaker) {
        const right = !!match.speaker && normaliseName(match.speaker.name) === normaliseName(g.speaker);
        if (right) speakerRight++;
        else if (verbose) notes.push(`${file}: speaker ${match.speaker ? `"${match.speaker.name}" (${match.speaker.mention.text})` : 'none'}, gold "${g.speaker}": "${g.text.slice(0, 50)}"`);
      }
    }
  }

  const rows: string[][] = [['code', 'gold', 'predicted', 'tp', 'precision', 'recall']];
  for (const [code, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
    const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    rows.push([code, String(t.tp + t.fn), String(t.tp + t.fp), String(t.tp), precision.toFixed(3), recall.toFixed(3)]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out: string[] = [`${drafts.length} drafts in ${dir}`, '', line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line), ''];
  out.push(`speaker accuracy  ${speakerRight}/${speakerTotal} = ${(speakerTotal ? speakerRight / speakerTotal : 1).toFixed(3)}  (gold quotations with a speaker)`);
  out.push(`kind accuracy     ${kindRight}/${kindTotal} = ${(kindTotal ? kindRight / kindTotal : 1).toFixed(3)}  (every gold quotation)`);
  if (notes.length) out.push('', ...notes);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main();
