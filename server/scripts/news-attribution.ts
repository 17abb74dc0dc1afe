// Attribution on real published news, in one process: the figures of the shared news-eval tool
// (found, speaker, falseUnattributed, strippedRecall) computed on the core directly, in seconds
// rather than minutes, on a part of the PolNeAR train split. The corpus is read from where
// news-eval's layout.sh put it ($TMPDIR/polnear-train); nothing of it is kept in the repository.
//
//   npm run news-attribution -- [--part all|fit|held-out] [--data DIR] [--examples N] [--kind K]
//
// Parts: each publisher's articles in order of publication date; the first two thirds are the
// `fit` part (where weights may be fitted), the last third the `held-out` part (measured only).
// The figures match news-eval's definitions; news-eval through the CLI stays the reference.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../src/core/analyze';
import { DraftDocument } from '../src/core/document';
import { quotationsJson } from '../src/core/attribution/report';

export interface Span { start: number; end: number; text: string }
export interface GoldQuote {
  article: string;
  primary_annotation: boolean;
  quote: Span;
  gold_label: string;
  source: Span[];
  cue: Span[];
}

export interface Article { name: string; publisher: string; date: string | null; text: string }

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};

/** The train split's articles and gold direct quotations, restricted to one part. */
export function loadCorpus(base: string, part: string): { articles: Article[]; gold: Map<string, GoldQuote[]> } {
  const goldFile = join(base, 'derived', 'train.direct_quotes.jsonl');
  if (!existsSync(goldFile)) throw new Error(`no ${goldFile}: lay the PolNeAR train split out with news-eval's layout.sh`);
  const dates = new Map(readFileSync(join(base, 'polnear/data/metadata.tsv'), 'utf8').split('\n').slice(1)
    .map((l) => l.split('\t')).filter((c) => c.length > 5).map((c) => [c[1], c[5]] as const));
  const textDir = join(base, 'polnear/data/train/text');
  const names = readdirSync(textDir).map((f) => f.replace(/\.txt$/, '')).sort();
  const byPublisher = new Map<string, string[]>();
  for (const name of names) {
    const publisher = name.slice(0, name.indexOf('_'));
    byPublisher.set(publisher, [...(byPublisher.get(publisher) ?? []), name]);
  }
  const partOf = new Map<string, string>();
  for (const list of byPublisher.values()) {
    // Names start with the publisher and the date: sorted, they are in order of publication.
    list.sort();
    list.forEach((name, i) => partOf.set(name, i < Math.round((list.length * 2) / 3) ? 'fit' : 'held-out'));
  }
  const articles: Article[] = names.filter((n) => part === 'all' || partOf.get(n) === part).map((name) => {
    const date = dates.get(name);
    return { name, publisher: name.slice(0, name.indexOf('_')), date: date && /^\d{4}-\d\d-\d\d$/.test(date) ? date : null, text: readFileSync(join(textDir, `${name}.txt`), 'utf8') };
  });
  const wanted = new Set(articles.map((a) => a.name));
  const gold = new Map<string, GoldQuote[]>();
  for (const line of readFileSync(goldFile, 'utf8').trim().split('\n')) {
    const q = JSON.parse(line) as GoldQuote;
    if (!q.primary_annotation || !wanted.has(q.article)) continue;
    gold.set(q.article, [...(gold.get(q.article) ?? []), q]);
  }
  return { articles, gold };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function analyse(text: string, date: string | null) {
  const analysis = analyzeDocument(new DraftDocument(text, 'plaintext'), date ? { articleDate: date } : {});
  return { findings: analysis.findings, quotes: quotationsJson(analysis.context), context: analysis.context };
}

/** news-eval's stripped attributions: a paragraph that is a quotation and "SOURCE CUE." only, without the clause. */
export function stripped(article: Article, g: GoldQuote): { text: string; span: { start: number; end: number } } | undefined {
  const { text } = article;
  if (g.gold_label !== 'attributed' || !g.source?.length || !g.cue?.length) return undefined;
  const ps = text.lastIndexOf('\n', g.quote.start - 1) + 1;
  let pe = text.indexOf('\n', g.quote.end);
  if (pe < 0) pe = text.length;
  if (ps !== g.quote.start) return undefined;
  const src = g.source.map((x) => x.text).join(' ');
  const cue = g.cue.map((x) => x.text).join(' ');
  const tail = new RegExp(`^\\s*(?:${escape(src)}\\s+${escape(cue)}|${escape(cue)}\\s+${escape(src)})\\s*\\.\\s*$`);
  if (!tail.test(text.slice(g.quote.end, pe))) return undefined;
  const fixed = text.slice(g.quote.start, g.quote.end).replace(/,(\s*[”"])$/, '.$1');
  return { text: text.slice(0, g.quote.start) + fixed + text.slice(pe), span: { start: g.quote.start, end: g.quote.start + fixed.length } };
}

function main(): void {
  const base = arg('--data', join(process.env.TMPDIR || '/tmp', 'polnear-train'));
  const part = arg('--part', 'all');
  const perKind = Number(arg('--examples', '0'));
  const only = arg('--kind', '');
  const dump = arg('--dump', '');
  const records: unknown[] = [];
  const { articles, gold } = loadCorpus(base, part);
  let attributed = 0, found = 0, speaker = 0, falseUnattributed = 0, mutants = 0, caught = 0;
  const examples: Record<string, string[]> = { falseUnattributed: [], speaker: [], strippedMissed: [] };
  const note = (kind: string, line: string) => { if (examples[kind].length < perKind && (!only || only === kind)) examples[kind].push(line); };
  const context = (text: string, span: { start: number; end: number }, before = 200, after = 100) => {
    const ps = text.lastIndexOf('\n', span.start - 1) + 1;
    let pe = text.indexOf('\n', span.end);
    if (pe < 0) pe = text.length;
    return text.slice(Math.max(ps, span.start - before), Math.min(pe, span.end + after)).replace(/\s+/g, ' ');
  };
  for (const article of articles) {
    const { findings, quotes } = analyse(article.text, article.date);
    const unattributed = findings.filter((f) => f.code === 'quote.unattributed');
    for (const g of gold.get(article.name) ?? []) {
      if (g.gold_label !== 'attributed' || !g.source?.length) continue;
      attributed++;
      const p = quotes.find((q) => overlap(q, g.quote));
      if (!p) continue;
      found++;
      const m = p.speaker?.mention;
      const source = g.source.map((s) => s.text).join(' … ');
      if (m && g.source.some((s) => overlap(m, s))) speaker++;
      else note('speaker', `${article.name}: annotated "${source}", got "${m?.text ?? 'no speaker'}" (${p.kind})\n      … ${context(article.text, g.quote)} …`);
      if (dump) records.push({ article: article.name, quote: g.quote, source: g.source, cue: g.cue, kind: p.kind, mention: m ?? null, right: !!(m && g.source.some((s) => overlap(m, s))), flagged: unattributed.some((f) => overlap(f, g.quote)) });
      if (unattributed.some((f) => overlap(f, g.quote))) {
        falseUnattributed++;
        note('falseUnattributed', `${article.name}: annotated "${source}" (cue "${g.cue.map((c) => c.text).join(' … ')}")\n      … ${context(article.text, g.quote, 300, 120)} …`);
      }
    }
    for (const g of gold.get(article.name) ?? []) {
      const mutant = stripped(article, g);
      if (!mutant) continue;
      mutants++;
      const flagged = analyse(mutant.text, article.date).findings.some((f) => f.code === 'quote.unattributed' && overlap(f, mutant.span));
      if (flagged) caught++;
      else note('strippedMissed', `${article.name}: ${context(mutant.text, mutant.span, 300, 0)}`);
    }
  }
  if (dump) writeFileSync(dump, records.map((r) => JSON.stringify(r)).join('\n'));
  for (const [kind, lines] of Object.entries(examples)) {
    if (!lines.length) continue;
    process.stdout.write(`\n${kind} (${lines.length}):\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
  }
  const ratio = (a: number, b: number) => (b ? +(a / b).toFixed(3) : null);
  process.stdout.write(`${JSON.stringify({
    part, articles: articles.length, attributedQuotes: attributed, found: ratio(found, attributed), speaker: ratio(speaker, attributed),
    falseUnattributed: ratio(falseUnattributed, attributed), stripped: mutants, strippedRecall: ratio(caught, mutants),
  })}\n`);
}

if (require.main === module) main();
