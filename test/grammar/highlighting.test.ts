// The TextMate grammars as VS Code runs them (vscode-textmate + Oniguruma), over sample lines:
// the Markdown injection inside VS Code's own Markdown grammar, and the News-draft grammar.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED, ROOT } from '../support/fixtures';
import { tokenize, type Host, type Token } from '../support/textmate';
import { GRAMMAR_FILES, serialize } from '../../syntaxes/src/grammars';

const HOSTS: Host[] = ['markdown', 'news-draft'];

const QUOTE = 'string.quoted.double';
const SINGLE = 'string.quoted.single';
const SPEAKER = 'entity.name.function.speaker.copydesk';
const VERB = 'keyword.other.attribution.copydesk';
const DATELINE = 'markup.heading.dateline.copydesk';

/** Whether the token carries `scope` or a scope under it: Copydesk's own, unless the scope asked
 * for is the host's (`….markdown`), so that a YAML or HTML string never passes for a quotation. */
function has(token: Token, scope: string): boolean {
  const host = /\.(markdown|html)$/.test(scope);
  return token.scopes.some((s) => (s === scope || s.startsWith(`${scope}.`)) && (host || s.endsWith('.copydesk')));
}

const LETTER = /[\p{L}\p{N}]/u;

/** The tokens covering the `occurrence`-th match of `needle` in `text` (whole words only). */
function tokensOf(tokens: Token[], text: string, needle: string, occurrence = 1): Token[] {
  let at = -1;
  for (let found = 0; found < occurrence;) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the sample`);
    const cutBefore = LETTER.test(needle[0]) && LETTER.test(text[at - 1] ?? ' ');
    const cutAfter = LETTER.test(needle[needle.length - 1]) && LETTER.test(text[at + needle.length] ?? ' ');
    if (!cutBefore && !cutAfter) found++;
  }
  const end = at + needle.length;
  return tokens.filter((t) => t.start < end && t.end > at);
}

function describeTokens(tokens: Token[]): string {
  return tokens.map((t) => `[${t.text}] ${t.scopes.filter((s) => s.endsWith('.copydesk')).join(' ') || '(no Copydesk scope)'}`).join('\n');
}

interface Sample {
  tokens: Token[];
  /** Every character of `needle` carries `scope` (or a scope under it). */
  is(needle: string, scope: string, occurrence?: number): void;
  /** No character of `needle` carries `scope`. */
  isNot(needle: string, scope: string, occurrence?: number): void;
}

async function sample(host: Host, text: string): Promise<Sample> {
  const tokens = await tokenize(host, text);
  return {
    tokens,
    is(needle, scope, occurrence = 1) {
      const covering = tokensOf(tokens, text, needle, occurrence);
      assert.ok(covering.length && covering.every((t) => has(t, scope)), `${host}: "${needle}" should be ${scope} in:\n${text}\n${describeTokens(covering)}`);
    },
    isNot(needle, scope, occurrence = 1) {
      const covering = tokensOf(tokens, text, needle, occurrence);
      assert.ok(covering.every((t) => !has(t, scope)), `${host}: "${needle}" should not be ${scope} in:\n${text}\n${describeTokens(covering)}`);
    },
  };
}

/** The quotation spans (marks included) in document order, as text; one span may cross a line break. */
function quotations(tokens: Token[], kind = QUOTE): string[] {
  const spans: string[] = [];
  let last: Token | undefined;
  for (const token of tokens) {
    if (!has(token, kind)) continue;
    const opens = has(token, 'punctuation.definition.string.begin.copydesk') && !has(token, SINGLE);
    if (last && !opens && token.start === last.end) spans[spans.length - 1] += token.text;
    else if (last && !opens && token.line === last.line + 1 && token.start === last.end + 1) spans[spans.length - 1] += `\n${token.text}`;
    else spans.push(token.text);
    last = token;
  }
  return spans;
}

describe('highlighting grammars', () => {
  it('are the files npm run grammars writes (edit syntaxes/src/grammars.ts, then run it)', () => {
    for (const [file, build] of Object.entries(GRAMMAR_FILES)) {
      assert.equal(readFileSync(join(ROOT, file), 'utf8'), serialize(build()), `${file} is out of date: run npm run grammars`);
    }
  });

  for (const host of HOSTS) {
    describe(`${host}: quotation marks`, () => {
      it('marks straight, curly, low-high and guillemet quotations, with their marks', async () => {
        const text = [
          'He said "we will stay" and left.',
          'She said “we will stay” and left.',
          'Er sagte „wir bleiben“ und ging.',
          'Il a dit « nous restons » et il est parti.',
          'Er sagte »wir bleiben« und ging.',
        ].join('\n\n');
        const s = await sample(host, text);
        s.is('"we will stay"', 'string.quoted.double.straight.copydesk');
        s.is('“we will stay”', 'string.quoted.double.curly.copydesk');
        s.is('„wir bleiben“', 'string.quoted.double.low.copydesk');
        s.is('« nous restons »', 'string.quoted.double.guillemet.copydesk');
        s.is('»wir bleiben«', 'string.quoted.double.guillemet.copydesk');
        s.is('"', 'punctuation.definition.string.begin.copydesk', 1);
        s.is('"', 'punctuation.definition.string.end.copydesk', 2);
        s.is('“', 'punctuation.definition.string.begin.copydesk');
        s.is('”', 'punctuation.definition.string.end.copydesk');
        for (const prose of ['He said ', ' and left.', 'Er sagte ', ' und ging.', 'Il a dit ']) s.isNot(prose, QUOTE);
        assert.equal(quotations(s.tokens).length, 5);
      });

      it('marks single quotation marks nested in a quotation, in every style', async () => {
        const text = [
          `"He called it 'a betrayal' today," she said.`,
          '“He called it ‘a betrayal’ today,” she said.',
          '„Er nannte es ‚Verrat‘ heute“, sagte sie.',
          '« Il a parlé de ‹ trahison › hier », a-t-elle dit.',
        ].join('\n\n');
        const s = await sample(host, text);
        s.is(`'a betrayal'`, 'string.quoted.single.straight.copydesk');
        s.is('‘a betrayal’', 'string.quoted.single.curly.copydesk');
        s.is('‚Verrat‘', 'string.quoted.single.low.copydesk');
        s.is('‹ trahison ›', 'string.quoted.single.guillemet.copydesk');
        // Still inside the outer quotation.
        s.is(`'a betrayal'`, QUOTE);
        s.is(' today,', QUOTE);
      });

      it('never takes an apostrophe for a quotation mark', async () => {
        const text = [
          `"Zelenskyy's plan is the one we don't oppose," he said.`,
          '“Zelenskyy’s plan is the one we don’t oppose,” he said.',
          `"It was like the '90s, all rock 'n' roll and Hamas' old demands," he said.`,
          '“It was like the ’90s, all rock ’n’ roll and Hamas’ old demands,” he said.',
          `"'Tis the season, and we're goin' 'round in circles," she said.`,
          `Zelenskyy's team and Hamas' leaders said the '90s were over, rock 'n' roll; we don't know.`,
          'Fox News\' "Hannity" aired it.',
        ].join('\n\n');
        const s = await sample(host, text);
        assert.deepEqual(quotations(s.tokens, SINGLE), [], describeTokens(s.tokens.filter((t) => has(t, SINGLE))));
        // The double quotations around them are whole: no apostrophe closed them early.
        assert.deepEqual(quotations(s.tokens), [
          `"Zelenskyy's plan is the one we don't oppose,"`,
          '“Zelenskyy’s plan is the one we don’t oppose,”',
          `"It was like the '90s, all rock 'n' roll and Hamas' old demands,"`,
          '“It was like the ’90s, all rock ’n’ roll and Hamas’ old demands,”',
          `"'Tis the season, and we're goin' 'round in circles,"`,
          '"Hannity"',
        ]);
      });

      it('marks British quotations: single marks outside, double ones inside, apostrophes left alone', async () => {
        const text = [
          '‘The players’ union told us “not this season”, and that was that’, the chairman said.',
          '‘We have played rock ’n’ roll since the ’90s,’ said Hamas’ old friend.',
          "'The fans' patience is \"gone\"', the captain said.",
        ].join('\n\n');
        const s = await sample(host, text);
        assert.deepEqual(quotations(s.tokens, SINGLE), [
          '‘The players’ union told us “not this season”, and that was that’',
          '‘We have played rock ’n’ roll since the ’90s,’',
          "'The fans' patience is \"gone\"'",
        ]);
        s.is('“not this season”', 'string.quoted.double.curly.copydesk');
        s.is('the chairman', SPEAKER);
        s.is('said', VERB, 2);
        s.isNot(' old friend.', SINGLE);
      });

      it('marks no single quotation outside a double one without its closing mark', async () => {
        const s = await sample(host, 'The ‘burbs voted early, and the players’ union voted late.\n\n“The ‘burbs decide,” she said.');
        assert.deepEqual(quotations(s.tokens, SINGLE), []);
        assert.deepEqual(quotations(s.tokens), ['“The ‘burbs decide,”']);
      });

      it('nests by family: « “ ” », „ ‚ ‘ “ and „ “ ” “, the outer closing mark after a comma', async () => {
        const text = [
          '«We read the letter, “every word of it,” and we said no,» the mayor said.',
          'Sie sagte: „Er rief ‚heute nicht‘ und ging.“',
          'Er sagte: „Sie rief “heute nicht” und ging.“',
          '«We read “every word of it, and we said no,» the mayor said.',
        ].join('\n\n');
        const s = await sample(host, text);
        s.is('«We read the letter, “every word of it,” and we said no,»', 'string.quoted.double.guillemet.copydesk');
        s.is('“every word of it,”', 'string.quoted.double.curly.copydesk');
        s.is('the mayor', SPEAKER);
        s.is('„Er rief ‚heute nicht‘ und ging.“', 'string.quoted.double.low.copydesk');
        s.is('‚heute nicht‘', 'string.quoted.single.low.copydesk');
        s.is('„Sie rief “heute nicht” und ging.“', 'string.quoted.double.low.copydesk');
        s.is('“heute nicht”', 'string.quoted.double.curly.copydesk');
        // A quotation inside left open ends with the one holding it.
        s.is('“every word of it, and we said no,', 'string.quoted.double.curly.copydesk');
        s.is('the mayor', SPEAKER, 2);
        s.isNot(' the mayor said.', QUOTE, 2);
      });

      it('reads glued marks as the core does: said"both … concessions" is a quotation', async () => {
        const s = await sample(host, 'Rubio said that"both sides must make concessions" to end the war.\n\nHe added,"We need progress."');
        assert.deepEqual(quotations(s.tokens), ['"both sides must make concessions"', '"We need progress."']);
        s.isNot(' to end the war.', QUOTE);
      });

      it('ends a quotation whose closing mark is missing at the next opening mark, never inverting the rest', async () => {
        const s = await sample(host, 'He said "we will stay and then "we will go," she said, and "left" it.');
        assert.deepEqual(quotations(s.tokens), ['"we will stay and then ', '"we will go,"', '"left"']);
        s.is('she', SPEAKER);
        s.isNot(' it.', QUOTE);
      });

      it('ends a quotation left open at the end of its paragraph', async () => {
        const s = await sample(host, 'He said "we will stay and left.\n\nThe next day she "agreed" and went home.');
        s.is('we will stay and left.', QUOTE);
        s.isNot('The next day she ', QUOTE);
        s.is('"agreed"', QUOTE);
        s.isNot(' and went home.', QUOTE);
      });

      it('does not take an inch mark for a quotation', async () => {
        const s = await sample(host, 'The city laid a 12" pipe under River Road last year.');
        assert.deepEqual(quotations(s.tokens), []);
      });

      it('marks a quotation whose opening mark is on an earlier line or missing, up to its closing mark', async () => {
        const s = await sample(host, 'Spain will meet every commitment it has made,” Sánchez told reporters.\n\nThe talks went on.');
        s.is('Spain will meet every commitment it has made,”', 'string.quoted.double.curly.copydesk');
        s.is('Sánchez', SPEAKER);
        s.isNot('The talks went on.', QUOTE);
      });
    });

    describe(`${host}: attributions`, () => {
      it('marks the speaker and the reporting verb next to a quotation', async () => {
        const text = [
          '"We want peace," Rubio said.',
          '"We need progress," he added.',
          '"It is a start," said Rubio, the secretary of state.',
          '"No deal yet," according to the ministry.',
          'According to Rubio, "both sides must give ground."',
          'Rubio said: "There were matters discussed."',
          'Rubio told CBS that "both sides must make concessions."',
          'Secretary of State Marco Rubio wrote on X: "Progress."',
          '"We will keep talking," the foreign minister also said in a statement.',
          '"The hard work starts now," Ursula von der Leyen told reporters, adding: "We are ready."',
          '"It is over," says Dmitry Peskov.',
        ].join('\n\n');
        const s = await sample(host, text);
        for (let i = 1; i <= 6; i++) s.is('Rubio', SPEAKER, i);
        for (const speaker of ['he', 'the ministry', 'Secretary of State Marco Rubio', 'the foreign minister', 'Ursula von der Leyen', 'Dmitry Peskov']) {
          s.is(speaker, SPEAKER);
        }
        for (let i = 1; i <= 4; i++) s.is('said', VERB, i);
        for (const verb of ['added', 'according to', 'According to', 'told', 'wrote', 'adding', 'says']) s.is(verb, VERB);
        // The words around an attribution are the writer's own.
        for (const prose of [', the secretary of state.', ' in a statement.', ' on X: ', ' CBS that ', ' also ']) {
          s.isNot(prose, SPEAKER);
          s.isNot(prose, VERB);
        }
      });

      it('marks a reporting verb only next to a quotation', async () => {
        const s = await sample(host, 'Rubio said the talks were useful, and he added that more were planned.\n\nThe "peace plan" and the talks said little.');
        for (const word of ['Rubio', 'he']) s.isNot(word, SPEAKER);
        for (const word of ['said', 'added']) s.isNot(word, VERB);
        s.isNot(' and the talks said little.', VERB);
        s.isNot(' and the talks said little.', SPEAKER);
      });

      it('does not take a new sentence after a closed quotation for its attribution', async () => {
        const s = await sample(host, '"The atmosphere was calm." He said no date had been set.\n\n"Is it over?" she asked.');
        s.isNot('He', SPEAKER);
        s.isNot('said', VERB);
        s.is('she', SPEAKER);
        s.is('asked', VERB);
      });

      it('does not take the words after a partial quotation for an attribution', async () => {
        const s = await sample(host, 'He called the meeting "constructive" and said more talks would follow.\n\nThe plan, "a betrayal" in the ministry\'s demands, failed.');
        s.isNot(' and said more talks', VERB);
        s.isNot('the ministry', SPEAKER);
      });

      it('marks the seed draft: every quotation, and who speaks', async () => {
        const s = await sample(host, SEED);
        assert.equal(quotations(s.tokens).length, 8);
        const speakers = s.tokens.filter((t) => has(t, SPEAKER)).map((t) => t.text);
        assert.deepEqual(speakers, ['US Secretary of State Marco Rubio', 'Rubio', 'He', 'Rubio', 'He', 'he', 'The US Secretary of State', 'He']);
      });
    });

    describe(`${host}: datelines`, () => {
      it('marks wire-style datelines at the start of a paragraph', async () => {
        const text = [
          'KYIV, Ukraine (AP) — Russia launched drones overnight.',
          'ISTANBUL — Negotiators met on Friday.',
          'THE HAGUE, Netherlands — NATO leaders agreed.',
          'LONDON, May 16 (Reuters) - Prime Minister Keir Starmer said.',
          'WASHINGTON (AP) — The talks began.',
          'HARLAN FALLS — The council voted.',
        ].join('\n\n');
        const s = await sample(host, text);
        for (const dateline of ['KYIV, Ukraine (AP)', 'ISTANBUL', 'THE HAGUE, Netherlands', 'LONDON, May 16 (Reuters)', 'WASHINGTON (AP)', 'HARLAN FALLS']) {
          s.is(dateline, DATELINE);
        }
        s.is('—', 'punctuation.separator.dateline.copydesk');
        for (const body of [' Russia launched drones overnight.', ' Negotiators met on Friday.', ' NATO leaders agreed.', ' The talks began.']) s.isNot(body, 'meta.dateline.copydesk');
      });

      it('does not mark capitals in the middle of a paragraph or a lower-case place', async () => {
        const s = await sample(host, 'The alliance, NATO — and its allies — agreed.\n\nKyiv — The city was calm.\n\nI — for one — agree.');
        for (const words of ['NATO', 'Kyiv', 'I']) s.isNot(words, 'meta.dateline.copydesk');
      });
    });
  }

  describe('markdown: only prose', () => {
    it('leaves front matter, code blocks, inline code, HTML and link destinations and titles alone', async () => {
      const text = [
        '---',
        'title: Rubio says "talks were productive"',
        'quote: "Kiev, Zelensky said"we',
        '---',
        '',
        '# Rubio calls talks "productive"',
        '',
        'KYIV, Ukraine (AP) — See the [joint "statement"](https://example.org/"kiev" "Statement by the delegations") and `said"we "x"` today.',
        '',
        '```text',
        'hed="Rubio calls talks "productive"',
        'KYIV — said "we',
        '```',
        '',
        '    indented "code" said Rubio',
        '',
        '<!-- "a comment," Rubio said -->',
        'He wrote <span title="a title">Rubio</span> said "yes."',
      ].join('\n');
      const s = await sample('markdown', text);
      assert.deepEqual(quotations(s.tokens), ['"productive"', '"statement"', '"yes."']);
      s.is('"productive"', QUOTE, 1);
      s.isNot('"productive"', QUOTE, 2);
      s.is('KYIV, Ukraine (AP)', DATELINE);
      s.isNot('KYIV — said', 'meta.dateline.copydesk');
      s.isNot('said Rubio', SPEAKER);
      s.isNot('Rubio said -->', SPEAKER);
    });

    it('marks quotations in headings, lists, blockquotes, tables and link text', async () => {
      const text = [
        '## Merz calls vote "a warning"',
        '',
        '- "We stand together," Macron said.',
        '',
        '> "We are ready," the minister added.',
        '',
        '| who | what |',
        '| --- | --- |',
        '| Rubio | "productive" |',
        '',
        'He read the [“Hague Summit Declaration”](https://example.org) aloud.',
      ].join('\n');
      const s = await sample('markdown', text);
      s.is('"a warning"', QUOTE);
      s.is('"We stand together,"', QUOTE);
      s.is('Macron', SPEAKER);
      s.is('"We are ready,"', QUOTE);
      s.is('the minister', SPEAKER);
      s.is('"productive"', QUOTE);
      s.is('“Hague Summit Declaration”', QUOTE);
    });

    it('keeps emphasis and inline code inside a quotation, and a mark in inline code ends nothing', async () => {
      const s = await sample('markdown', 'He said "we will **never** run `rm "x` again," Rubio said.');
      s.is('never', 'markup.bold.markdown');
      s.is('rm "x', 'markup.inline.raw.string.markdown');
      s.is(' again,"', QUOTE);
      s.is('Rubio', SPEAKER);
    });

    it('marks the second line of a hard-wrapped quotation up to its closing mark', async () => {
      const s = await sample('markdown', 'Rubio said the talks were useful. "We will keep working\nuntil there is a deal," he said. Then he left.');
      s.is('"We will keep working', QUOTE);
      s.is('until there is a deal,"', QUOTE);
      s.is('he', SPEAKER);
      s.isNot(' Then he left.', QUOTE);
    });
  });

  describe('news-draft: paragraphs', () => {
    it('carries a quotation over hard-wrapped lines and over paragraphs that open with a mark', async () => {
      const text = [
        'Rubio said the talks were useful. "We will keep working',
        'until there is a deal," he said. Then he left.',
        '',
        '"We are close to an agreement. It is not done yet.',
        '"But we are closer than ever," Rubio said.',
      ].join('\n');
      const s = await sample('news-draft', text);
      assert.deepEqual(quotations(s.tokens), [
        '"We will keep working\nuntil there is a deal,"',
        '"We are close to an agreement. It is not done yet.',
        '"But we are closer than ever,"',
      ]);
      s.is('he', SPEAKER);
      s.is('Rubio', SPEAKER, 2);
    });
  });
});
