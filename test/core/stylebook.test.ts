import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/lines';
import { parseStylebook, setHouseSpelling, stylebookKnowledge } from '../../server/src/core/stylebook';
import { SEED, wordsOf } from '../support/fixtures';

describe('house stylebook', () => {
  it('reads spellings, people and places', () => {
    const { file, problems } = parseStylebook([
      '# Our house style',
      'spellings:',
      '  Zelensky: [Zelenskyy, Zelenskiy]',
      '  Kyiv: Kiev',
      'people:',
      '  - name: Dana Kowalczyk',
      '    variants: [Kowalcyk]',
      '    description: Mayor of Harlan Falls since 2021',
      '    pronouns: she',
    ].join('\n'));
    assert.deepEqual(problems, []);
    assert.deepEqual(file.spellings, { Zelenskyy: 'Zelensky', Zelenskiy: 'Zelensky', Kiev: 'Kyiv' });
    assert.equal(file.people?.[0].surname, 'Kowalczyk');
    const knowledge = stylebookKnowledge({ file, problems });
    assert.equal(knowledge.lookup('Kowalcyk')[0].entity.entry.name, 'Dana Kowalczyk');
    assert.equal(knowledge.lookup('Zelenskyy')[0].entity.entry.id, 'volodymyr-zelenskyy', 'the built-in people stay');
  });

  it('places each problem on its line and column and keeps what is valid', () => {
    const text = [
      'spellings:',
      '  Kyiv: Kiev',
      '  Odesa: 42',
      'people:',
      '  - name: Dana Kowalczyk',
      '    pronouns: it',
      '  - name: Rafael Ibarra',
      'placez: []',
    ].join('\n');
    const { file, problems } = parseStylebook(text);
    const lines = new LineIndex(text);
    const at = problems.map((p) => { const pos = lines.positionAt(p.start); return `${pos.line + 1}:${pos.character + 1} ${p.message}`; });
    assert.equal(problems.length, 3, at.join('\n'));
    assert.ok(at.some((m) => m.startsWith('3:10 ') && /spelling or a list/.test(m)), at.join('\n'));
    assert.ok(at.some((m) => m.startsWith('6:15 ') && /one of he, she, they/.test(m)), at.join('\n'));
    assert.ok(at.some((m) => m.startsWith('8:1 ') && /Unknown key “placez”/.test(m)), at.join('\n'));
    assert.deepEqual(file.spellings, { Kiev: 'Kyiv' });
    assert.deepEqual(file.people?.map((p) => p.name), ['Rafael Ibarra']);
  });

  it('reads the house style of quotation marks, and names the styles when the value is not one', () => {
    const good = parseStylebook('quotes: curly-single  # British\n');
    assert.deepEqual(good, { file: { quotes: 'curly-single' }, problems: [] });
    assert.equal(stylebookKnowledge(good).quotes, 'curly-single');
    const bad = parseStylebook('spellings:\n  Kyiv: Kiev\nquotes: smart\n');
    assert.deepEqual(bad.problems.map((p) => p.message), ['quotes must be one of curly-double, curly-single, straight-double, guillemets; the entry is ignored.']);
    assert.deepEqual(bad.file, { spellings: { Kiev: 'Kyiv' } });
    assert.equal(stylebookKnowledge(bad).quotes, undefined);
  });

  it('reports YAML that does not parse, without throwing', () => {
    const { file, problems } = parseStylebook('spellings:\n  Kyiv: [Kiev\n');
    assert.ok(problems.length >= 1);
    assert.match(problems[0].message, /Not valid YAML/);
    assert.deepEqual(file, {});
  });

  it('reports a key written twice, dropping only its section', () => {
    const { file, problems } = parseStylebook('spellings:\n  Kyiv: Kiev\n  Kyiv: Kyjiw\nplaces:\n  - name: Harlan Falls\n');
    assert.deepEqual(problems.map((p) => [p.start, p.message]), [[26, 'Not valid YAML: The key “Kyiv” appears twice in one map']]);
    assert.equal(file.spellings, undefined);
    assert.deepEqual(file.places?.map((p) => p.name), ['Harlan Falls']);
  });

  it('lists the first 100 problems and counts the rest', () => {
    const text = Array.from({ length: 250 }, (_, i) => `unknown${i}: x`).join('\n');
    const { problems } = parseStylebook(text);
    assert.equal(problems.length, 101);
    assert.match(problems[100].message, /…and 150 more problems in the stylebook/);
  });

  it('overrides a built-in person field by field and lets a bare house spelling replace the known ones', () => {
    const { file, problems } = parseStylebook('people:\n  - id: volodymyr-zelenskyy\n    name: Volodymyr Zelenskiy\n    surname: Zelenskiy\nspellings:\n  Kiev:\n');
    assert.deepEqual(problems, []);
    const knowledge = stylebookKnowledge({ file, problems });
    const person = knowledge.person('volodymyr-zelenskyy')!;
    assert.equal(person.name, 'Volodymyr Zelenskiy');
    assert.equal(person.roles[0].office, 'head-of-state', 'facts the stylebook did not write stay');
    const text = 'President Zelenskiy met aides in Kyiv. Zelensky said so in Kyiv.';
    assert.deepEqual(analyze(text, { knowledge }).filter((f) => f.code.startsWith('name.')).map((f) => `${f.code} ${wordsOf(text, f)}→${f.fixes[0].edits[0].newText}`), [
      'name.house-style Kyiv→Kiev',
      'name.inconsistent Zelensky→Zelenskiy',
      'name.house-style Kyiv→Kiev',
    ]);
  });

  it('drives the seed draft: a stylebook preferring “Zelensky” flags the other two', () => {
    const knowledge = stylebookKnowledge(parseStylebook('spellings:\n  Zelensky: Zelenskyy\n'));
    const found = analyze(SEED, { knowledge }).filter((f) => f.code.startsWith('name.'));
    assert.deepEqual(found.map((f) => `${f.code} ${wordsOf(SEED, f)}→${f.fixes[0].edits[0].newText}`), ['name.inconsistent Zelenskyy→Zelensky', 'name.inconsistent Zelenskyy→Zelensky']);
  });

  describe('Make X the house spelling', () => {
    const original = [
      '# Copydesk house style for the foreign desk.',
      '# Keep entries alphabetical!',
      '',
      'people:   # our own people',
      '  - name: Dana Kowalczyk    # mayor',
      "    description: 'Mayor of Harlan Falls'",
      '',
      'spellings:',
      '  # Ukrainian places: Kyiv Independent style',
      '  Kyiv: Kiev       # since 2019',
      '  Zelenskyy:',
      '    - Zelensky     # NYT, BBC',
      '    - Zelenskiy    # Reuters',
      '  "al-Qaida": [al-Qaeda, "al Qaeda"]',
      '',
      '# end of file',
      '',
    ].join('\n');

    it('keeps every comment and unrelated line byte for byte', () => {
      const written = setHouseSpelling(original, 'Kowalczyk', ['Kowalcyk']);
      assert.equal(written, original.replace("  \"al-Qaida\": [al-Qaeda, \"al Qaeda\"]\n", "  \"al-Qaida\": [al-Qaeda, \"al Qaeda\"]\n  Kowalczyk: Kowalcyk\n"));
      assert.deepEqual(parseStylebook(written).file.spellings?.Kowalcyk, 'Kowalczyk');
    });

    it('turns a replaced spelling into the house spelling, moving its list', () => {
      const written = setHouseSpelling(original, 'Zelensky', ['Zelenskyy']);
      const lines = written.split('\n');
      const before = original.split('\n');
      // Only the Zelenskyy entry changed: everything before and after it is untouched.
      assert.deepEqual(lines.slice(0, 10), before.slice(0, 10));
      assert.deepEqual(lines.slice(-3), before.slice(-3));
      assert.ok(lines.includes('  "al-Qaida": [al-Qaeda, "al Qaeda"]'));
      assert.deepEqual(parseStylebook(written).file.spellings, { Kiev: 'Kyiv', 'al-Qaeda': 'al-Qaida', 'al Qaeda': 'al-Qaida', Zelenskyy: 'Zelensky', Zelenskiy: 'Zelensky' });
    });

    it('adds to an existing block list without touching its comments', () => {
      const text = 'spellings:\n  Zelenskyy:\n    - Zelensky     # NYT, BBC\n';
      assert.equal(setHouseSpelling(text, 'Zelenskyy', ['Zelenskiy']), 'spellings:\n  Zelenskyy:\n    - Zelensky     # NYT, BBC\n    - Zelenskiy\n');
    });

    it('creates the section in a stylebook without one, and a stylebook from nothing', () => {
      assert.equal(setHouseSpelling('# house style\npeople: []\n', 'Kyiv', ['Kiev']), '# house style\npeople: []\nspellings:\n  Kyiv: Kiev\n');
      assert.equal(setHouseSpelling('', 'Kyiv', ['Kiev']), 'spellings:\n  Kyiv: Kiev\n');
    });

    it('keeps keys Copydesk does not know, at the top and inside entries, byte for byte', () => {
      const text = 'x-desk: {owner: foreign desk}   # ours\npeople:\n  - name: Dana Kowalczyk\n    pager: 555-0100\nspellings:\n  Kyiv: Kiev\nx-later: [1, 2]\n';
      assert.equal(setHouseSpelling(text, 'Zelenskyy', ['Zelensky']), text.replace('  Kyiv: Kiev\n', '  Kyiv: Kiev\n  Zelenskyy: Zelensky\n'));
    });

    it('refuses a stylebook over the limits instead of parsing it', () => {
      assert.throws(() => setHouseSpelling(`spellings: ${'['.repeat(5000)}`, 'Kyiv', ['Kiev']), /more than 32 levels deep here; Copydesk does not edit it/);
      assert.throws(() => setHouseSpelling(`# ${'x'.repeat(600 * 1024)}\n`, 'Kyiv', ['Kiev']), /more than the 512 KB Copydesk reads; Copydesk does not edit it/);
    });

    it('refuses a stylebook that is not valid YAML instead of overwriting it', () => {
      assert.throws(() => setHouseSpelling('spellings: [\n', 'Kyiv', ['Kiev']), /not valid YAML/);
    });
  });
});
