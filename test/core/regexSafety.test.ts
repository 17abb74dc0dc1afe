// No regular expression can make analysis hang. Three guards:
// 1. No text from a stylebook or the knowledge base is compiled into a regular expression: the one
//    `new RegExp` left builds on an escaped word of the draft. Hostile stylebook entries are used
//    as literals and analysis of a draft built to trip them finishes.
// 2. Every regular expression literal in the server is analysed with scslre: none backtracks
//    exponentially, and each one that can backtrack polynomially is listed here with the reason its
//    input is bounded.
// 3. The expressions rewritten as string code for that reason give what the expressions gave.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { analyse } from 'scslre';
import { globSync } from 'tinyglobby';
import ts from 'typescript';
import { analyze } from '../../server/src/core/analyze';
import { Knowledge } from '../../server/src/core/knowledge';
import { accordingToAtEnd } from '../../server/src/core/attribution';
import { signOffStart } from '../../server/src/core/quotes/quotations';
import { parseStylebook, stylebookKnowledge } from '../../server/src/core/stylebook';
import { withoutOwner } from '../../server/src/core/titles/offices';
import { ROOT } from '../support/fixtures';

const SOURCES = globSync('server/src/**/*.ts', { cwd: ROOT }).sort();

function sourceFiles(): Array<{ path: string; file: ts.SourceFile }> {
  return SOURCES.map((path) => ({ path, file: ts.createSourceFile(path, readFileSync(join(ROOT, path), 'utf8'), ts.ScriptTarget.Latest, true) }));
}

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  ts.forEachChild(node, (child) => visit(child, each));
}

/**
 * Literals scslre reports as able to backtrack polynomially, each with why its input stays small.
 * A new entry needs the same: a bounded input, or a rewrite.
 */
const POLYNOMIAL_ALLOWED: Record<string, string> = {
  '/(\\p{L}+),\\s*$/u': 'people.ts: the 40 characters before a name',
  '/^,\\s+((?:the|a|an)\\s+[^,.;:"“”—]+?)(?=[,.;:"“”—]|$)/u': 'people.ts: the 120 characters after a name',
  '/(?:^|[,(;:—]\\s*|\\b(?:to|by|with|and|from|of|for)\\s+)((?:the|a|an|his|her|its|their)\\s+[^,.;:"“”—]+?),\\s*$/iu': 'people.ts: the 80 characters before a name',
  "/\\p{Lu}[\\p{L}\\p{N}.&-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&-]*)*(?:['’]s|s['’]|['’])\\s*$/u": 'attribution/: the 120 characters before a quotation',
  '/ ?\\w+ing(?: |$)/': 'quotes/lexicon.ts: the built-in reporting verbs, once at load',
};

describe('regular expressions cannot hang analysis', function () {
  this.timeout(120_000);

  it('compiles no stylebook or knowledge text: the only `new RegExp` escapes a word of the draft', () => {
    const built: string[] = [];
    for (const { path, file } of sourceFiles()) {
      visit(file, (node) => {
        if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(file) === 'RegExp') {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
          built.push(`${path}:${line + 1} ${node.getText(file).slice(0, 200)}`);
        }
      });
    }
    const fromText = built.filter((b) => !b.includes('server/src/core/dates.ts'));
    assert.equal(fromText.length, 1, built.join('\n'));
    assert.match(fromText[0], /attribution\/.*head\.replace\(\/\[\.\*\+\?\^\$\{\}\(\)\|\[\\\]\\\\\]\/g, '\\\\\$&'\)/, 'the draft word is escaped');
    // dates.ts builds its two expressions once, from its own month names.
    for (const b of built.filter((x) => x.includes('server/src/core/dates.ts'))) assert.match(b, /\$\{MONTH\}/);
  });

  it('uses hostile stylebook entries as plain text, and analysis of a draft built to trip them finishes', () => {
    const alternation = Array.from({ length: 5000 }, (_, i) => `  Name${i}a: [Name${i}b, "Name${i}|c"]`).join('\n');
    const stylebook = parseStylebook([
      'spellings:',
      '  Kyiv: Kiev',
      '  "x": "(a+)+$"',
      '  "y": "(.*a){25}"',
      '  "z": "\\\\"',
      '  "w": "[unclosed"',
      alternation,
      'places:',
      `  - name: "${'(a|aa)+'.repeat(20)}"`,
      '    kind: country',
      'people:',
      '  - name: Dana Kowalczyk',
      '    roles:',
      `      - { office: mayor, of: "${'a'.repeat(2000)}", title: "Mayor${' '.repeat(20_000)}ofx", start: 2020-01-01 }`,
      '',
    ].join('\n'));
    assert.deepEqual(stylebook.problems, []);
    const knowledge = stylebookKnowledge(stylebook);
    assert.equal(knowledge.houseSpelling('(a+)+$'), 'x', 'a spelling is matched as written');
    assert.equal(knowledge.houseSpelling('\\'), 'z');
    assert.equal(knowledge.houseSpelling('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'), 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!');
    assert.equal(knowledge.houseSpelling('Name4999|c met Name17b'), 'Name4999a met Name17a');
    const draft = [
      'Officials in Kiev met Mayor Dana Kowalczyk. ',
      `${'a'.repeat(30_000)}! ${'(a+)+$ '.repeat(200)}`,
      `Kowalczyk said "we will rebuild," and ${'Name1b '.repeat(500)}agreed.`,
    ].join('\n\n');
    const findings = analyze(draft, { knowledge, today: '2025-06-01' });
    assert.ok(findings.some((f) => f.code === 'name.house-style' && draft.slice(f.start, f.end) === 'Kiev'));
  });

  it('has no literal that backtracks exponentially, and polynomial ones only on bounded input', () => {
    const polynomial = new Set<string>();
    let literals = 0;
    for (const { path, file } of sourceFiles()) {
      visit(file, (node) => {
        if (node.kind !== ts.SyntaxKind.RegularExpressionLiteral) return;
        literals++;
        const literal = node.getText(file);
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        const slash = literal.lastIndexOf('/');
        const regex = new RegExp(literal.slice(1, slash), literal.slice(slash + 1));
        for (const report of analyse(regex).reports) {
          assert.ok(!report.exponential, `${path}:${line + 1} ${literal} backtracks exponentially`);
          assert.ok(literal in POLYNOMIAL_ALLOWED, `${relative(ROOT, join(ROOT, path))}:${line + 1} ${literal} can backtrack polynomially (${report.type}); bound its input or rewrite it`);
          polynomial.add(literal);
        }
      });
    }
    assert.ok(literals > 200, `${literals} literals analysed`);
    assert.deepEqual([...polynomial].sort(), Object.keys(POLYNOMIAL_ALLOWED).sort(), 'the list names only literals that are still there');
  });

  describe('rewrites give what the expressions gave', () => {
    const params = { numRuns: 500, seed: 20251127 };
    const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));

    it('house spellings: as the escaped alternation with word boundaries', () => {
      const pieces = ['Kyiv', 'Kiev', 'al', '-', 'Qaida', ' ', "'s", 'é', 'e\u0301', '😀', '(a+)', '$', '.', '\\', 'x'];
      fc.assert(fc.property(fc.uniqueArray(textOf(pieces).filter((s) => s.length > 0), { maxLength: 6 }), textOf(pieces), (replaced, input) => {
        const spellings = Object.fromEntries(replaced.map((spelling, i) => [spelling, `H${i}`]));
        const knowledge = new Knowledge([{ spellings }]);
        const escaped = [...knowledge.spellings.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        const expected = escaped.length
          ? input.replace(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu'), (m) => knowledge.spellings.get(m) ?? m)
          : input;
        assert.equal(knowledge.houseSpelling(input), expected);
      }), params);
    });

    it('an owner after "of"/"for": as `\\s+(?:of|for)\\s+(?:the\\s+)?NAME$`', () => {
      const pieces = ['President', ' ', '  ', '\t', 'of', 'for', 'the', 'The', 'OF', 'European Commission', 'x'];
      fc.assert(fc.property(textOf(pieces), fc.constantFrom('European Commission', 'the Commission', 'x', 'of'), (title, name) => {
        const pattern = new RegExp(`\\s+(?:of|for)\\s+(?:the\\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
        assert.equal(withoutOwner(title, name), pattern.test(title) ? title.replace(pattern, '') : undefined);
      }), params);
    });

    it('"according to X" at the end: as the expression it replaced', () => {
      const pieces = ['according to', 'According to', ' ', '   ', '\n', ',', ';', ':', '"', '“', 'Rubio', 'the minister', 'x'];
      const old = /\baccording to\s+([^,;:]+?(?:,\s*[^,;:"“]+?)?)\s*,?\s*$/id;
      fc.assert(fc.property(textOf(pieces), (text) => {
        const m = old.exec(text);
        const found = accordingToAtEnd(text);
        if (!m) return assert.equal(found, undefined, JSON.stringify(text));
        assert.deepEqual(found, { cue: m.index, subject: m.indices![1][0], length: m[1].length }, JSON.stringify(text));
      }), params);
    });

    it('a blockquote sign-off: as `\\n?\\s*(?:[—–]|--)\\s*[^\\n]+$`', () => {
      const pieces = ['—', '–', '-', '--', ' ', '\n', '\t', 'Marco Rubio', 'x'];
      fc.assert(fc.property(textOf(pieces), (text) => {
        assert.equal(signOffStart(text), /\n?\s*(?:[—–]|--)\s*[^\n]+$/.exec(text)?.index, JSON.stringify(text));
      }), params);
    });

    it('sentence ends, title markers, name separators: the same matches as before their fix', () => {
      // `test`: the code only asks whether it matches; `match`: where and what.
      const pairs: Array<[RegExp, RegExp, string[], 'test' | 'match']> = [
        [/[.!?…]+["”’'»)\]]*(?=\s+["“‘'«„(\[]?[\p{Lu}\p{N}])/gu, /(?<![.!?…])[.!?…]+["”’'»)\]]*(?=\s+["“‘'«„(\[]?[\p{Lu}\p{N}])/gu, ['.', '!', '?', '…', '"', '”', ')', ' ', 'A', 'a', '1', '“'], 'match'],
        [/\b(?:titled|entitled|headlined|headed|captioned|subtitled)\s*,?\s*$/i, /\b(?:titled|entitled|headlined|headed|captioned|subtitled)\s*(?:,\s*)?$/i, ['titled', 'Headed', ' ', ',', 'x'], 'test'],
        [/^[ \t]*(?:\r\n|\r|\n)?[ \t]*$/, /^[ \t]*(?:(?:\r\n|\r|\n)[ \t]*)?$/, [' ', '\t', '\r', '\n', 'x'], 'test'],
        [/[,.:;!?]+$/, /(?<![,.:;!?])[,.:;!?]+$/, [',', '.', '!', 'x', ' '], 'match'],
        [/[\p{L}]+(?:al|ive|ous|ful|ic|ed)$/u, /\p{L}(?:al|ive|ous|ful|ic|ed)$/u, ['a', 'al', 'ed', 'ive', ' ', '1'], 'test'],
        [/[\\/]+$/, /(?<![\\/])[\\/]+$/, ['/', '\\', 'x'], 'match'],
      ];
      for (const [before, after, pieces, use] of pairs) {
        fc.assert(fc.property(textOf(pieces), (text) => {
          const all = (re: RegExp) => (use === 'test' ? re.test(text) : re.global ? [...text.matchAll(re)].map((m) => [m.index, m[0]]) : [re.exec(text)?.index, re.exec(text)?.[0]]);
          assert.deepEqual(all(after), all(before), `${after} on ${JSON.stringify(text)}`);
        }), params);
      }
    });
  });
});
