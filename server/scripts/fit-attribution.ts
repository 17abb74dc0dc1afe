// Fits the attribution model's weights (core/attribution/weights.ts) on annotated published news:
// the fit part of the PolNeAR train split (each publisher's first two thirds by date; see
// news-attribution.ts), read from $TMPDIR/polnear-train at run time and never kept in the repository.
//
//   npm run fit-attribution -- [--write] [--data DIR]
//
// Examples are the candidate sources the attribution layer considers around a quotation when its
// own sentence does not attribute it (the sentence before or after, the paragraph before, a run of
// quotation paragraphs, an action beat). A candidate is positive when its words overlap the source
// the annotators marked. Negatives also come from quotations whose attribution was removed (news-
// eval's stripped attributions): every candidate left around them is wrong, and the threshold must
// leave them flagged. A logistic regression with an L2 penalty gives the weights; the threshold is
// the one of least cost, each error counted against its budget: false alarms on attributed
// quotations against 2 %, stripped quotations left unflagged against 8 %.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributionsOf, type AttributedQuotation } from '../src/core/attribution';
import { FEATURE_NAMES, featureVector } from '../src/core/attribution/scoring';
import { THRESHOLD, WEIGHTS } from '../src/core/attribution/weights';
import { analyse, loadCorpus, stripped } from './news-attribution';

interface Example { x: number[]; y: number }
/** A quotation as the threshold sees it: its candidates' vectors and which are right. */
interface Decision { kind: 'attributed' | 'stripped'; own: boolean; candidates: Example[] }

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function candidatesOf(result: AttributedQuotation, sources: Array<{ start: number; end: number }>): Example[] {
  return (result.candidates ?? []).map((c) => ({ x: featureVector(c.features), y: sources.some((s) => overlap(c.speaker.mention, s)) ? 1 : 0 }));
}

function collect(base: string, part: string): Decision[] {
  const { articles, gold } = loadCorpus(base, part);
  const decisions: Decision[] = [];
  for (const article of articles) {
    const { context } = analyse(article.text, article.date);
    const results = attributionsOf(context).quotes;
    for (const g of gold.get(article.name) ?? []) {
      if (g.gold_label !== 'attributed' || !g.source?.length) continue;
      const result = results.find((r) => overlap(r.text, g.quote));
      if (!result || !result.needsSpeaker) continue;
      decisions.push({ kind: 'attributed', own: result.evidence === 'own sentence', candidates: candidatesOf(result, g.source) });
    }
    for (const g of gold.get(article.name) ?? []) {
      const mutant = stripped(article, g);
      if (!mutant) continue;
      const mutated = attributionsOf(analyse(mutant.text, article.date).context).quotes.find((r) => overlap(r.text, mutant.span));
      if (!mutated || !mutated.needsSpeaker) continue;
      decisions.push({ kind: 'stripped', own: mutated.evidence === 'own sentence', candidates: candidatesOf(mutated, []) });
    }
  }
  return decisions;
}

const MIN_EXAMPLES = 30;
const dot = (w: number[], x: number[]) => x.reduce((sum, xi, i) => sum + xi * w[i], 0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Logistic regression by gradient descent, L2 penalty on every weight but the bias. */
function fit(examples: Example[], l2 = 1e-3, steps = 4000, rate = 0.5): number[] {
  const w = new Array<number>(FEATURE_NAMES.length).fill(0);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(w.length).fill(0);
    for (const { x, y } of examples) {
      const error = sigmoid(dot(w, x)) - y;
      for (let i = 0; i < w.length; i++) grad[i] += error * x[i];
    }
    for (let i = 0; i < w.length; i++) w[i] -= rate * (grad[i] / examples.length + (i > 0 ? l2 * w[i] : 0));
  }
  return w.map((v) => +v.toFixed(3));
}

/** The figures a weight vector and threshold give on these decisions (context candidates only). */
function figures(decisions: Decision[], w: number[], threshold: number) {
  let attributed = 0, falseAlarms = 0, right = 0, stripped = 0, caught = 0;
  for (const d of decisions) {
    let best: Example | undefined;
    let bestScore = -Infinity;
    for (const c of d.candidates) {
      const s = dot(w, c.x);
      if (s > bestScore) { bestScore = s; best = c; }
    }
    const credited = d.own || (best !== undefined && bestScore >= threshold);
    if (d.kind === 'attributed') {
      attributed++;
      if (!credited) falseAlarms++;
      else if (!d.own && best?.y) right++;
    } else {
      stripped++;
      if (!credited) caught++;
    }
  }
  return { falseUnattributed: falseAlarms / attributed, contextRight: right, strippedRecall: caught / stripped };
}

function main(): void {
  const base = arg('--data', join(process.env.TMPDIR || '/tmp', 'polnear-train'));
  const decisions = collect(base, 'fit');
  // Evidence met too rarely to weigh (fewer than MIN_EXAMPLES candidates) keeps weight 0: the bias
  // and the kind of source decide for it, rather than a handful of examples.
  const seen = FEATURE_NAMES.map((_, i) => decisions.reduce((n, d) => n + d.candidates.filter((c) => c.x[i]).length, 0));
  const rare = new Set(FEATURE_NAMES.map((name, i) => (name.startsWith('evidence: ') && seen[i] < MIN_EXAMPLES ? i : -1)).filter((i) => i >= 0));
  for (const d of decisions) for (const c of d.candidates) c.x = c.x.map((v, i) => (rare.has(i) ? 0 : v));
  const examples = decisions.flatMap((d) => d.candidates);
  const w = fit(examples);
  process.stdout.write(`not weighed (fewer than ${MIN_EXAMPLES} candidates): ${[...rare].map((i) => `${FEATURE_NAMES[i]} (${seen[i]})`).join(', ')}\n`);
  // The threshold: the one with the least cost, each error counted against its budget (false alarms
  // on attributed quotations against 2 %, stripped quotations left unflagged against 8 %).
  const scores = [...new Set(examples.map((e) => +dot(w, e.x).toFixed(3)))].sort((a, b) => a - b);
  const cost = (t: number) => { const f = figures(decisions, w, t); return f.falseUnattributed / 0.02 + (1 - f.strippedRecall) / 0.08; };
  let threshold = scores[0] ?? 0;
  for (const t of scores) if (cost(t) < cost(threshold)) threshold = t;
  const result = figures(decisions, w, threshold);
  if (process.argv.includes('--table')) {
    // For each evidence: quotations whose best candidate it gives, under the fitted weights and the
    // weights in use (attributed and right, attributed and wrong, stripped), and how many are credited.
    for (const [label, weights, t] of [['fitted', w, threshold], ['in use', [...WEIGHTS], THRESHOLD]] as const) {
      const table = new Map<string, number[]>();
      for (const d of decisions) {
        if (d.own) continue;
        let best: Example | undefined;
        for (const c of d.candidates) if (!best || dot(weights, c.x) > dot(weights, best.x)) best = c;
        const name = (i: number) => FEATURE_NAMES[i];
        const key = best ? best.x.map((v, i) => (i > 0 && v ? `${name(i)}${name(i) === 'distance' ? `=${v}` : ''}` : '')).filter(Boolean).join(', ') : 'none';
        const credited = !!best && dot(weights, best.x) >= t;
        const row = table.get(key) ?? [0, 0, 0, 0];
        row[d.kind === 'stripped' ? 2 : best?.y ? 0 : 1]++;
        if (credited) row[3]++;
        table.set(key, row);
      }
      process.stdout.write(`${label}:\n`);
      for (const [k, v] of [...table].sort()) process.stdout.write(`  ${k.padEnd(90)} right ${v[0]}  wrong ${v[1]}  stripped ${v[2]}  credited ${v[3]}\n`);
    }
  }
  process.stdout.write(`${examples.length} candidates (${examples.filter((e) => e.y).length} right) around ${decisions.length} quotations\n`);
  FEATURE_NAMES.forEach((name, i) => process.stdout.write(`  ${name.padEnd(28)} ${w[i]}\n`));
  process.stdout.write(`threshold ${threshold}: ${JSON.stringify(result)}\n`);
  if (process.argv.includes('--write')) {
    const target = join(__dirname, '..', 'src', 'core', 'attribution', 'weights.ts');
    writeFileSync(target, `// The attribution model's weights, in the order of FEATURE_NAMES (scoring.ts), and the threshold a
// candidate's score must reach. Written by server/scripts/fit-attribution.ts (npm run fit-attribution
// -- --write) on the fit part of the PolNeAR train split: do not edit by hand.
export const WEIGHTS: readonly number[] = [${w.join(', ')}];
export const THRESHOLD = ${threshold};
`);
    process.stdout.write(`wrote ${target}\n`);
  }
}

main();
