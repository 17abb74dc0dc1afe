// The scopes the grammars give are ones common themes colour: a quotation, a speaker, a reporting
// verb and a dateline each get a colour of their own, apart from the text around them.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INITIAL, type IRawTheme } from 'vscode-textmate';
import { DRAFT_SCOPE } from '../../syntaxes/src/grammars';
import { ROOT } from '../support/fixtures';
import { registry } from '../support/textmate';

const THEMES = ['dark-plus', 'light-plus', 'monokai', 'github-dark', 'github-light', 'solarized-light', 'one-dark-pro'];
const LINE = 'KYIV, Ukraine (AP) — "We want peace," Rubio said on Friday.';
const PARTS = { dateline: 'KYIV', quotation: 'We want', speaker: 'Rubio', verb: 'said' };

function theme(name: string): IRawTheme {
  const raw = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'tm-themes', 'themes', `${name}.json`), 'utf8'));
  return { name, settings: raw.tokenColors ?? raw.settings };
}

/** The foreground colour the theme gives the first character of `needle` on LINE. */
async function colours(themeName: string, scopeName: string): Promise<(needle: string) => string> {
  const reg = registry(theme(themeName));
  const grammar = (await reg.loadGrammar(scopeName))!;
  const { tokens } = grammar.tokenizeLine2(LINE, INITIAL);
  const colorMap = reg.getColorMap();
  return (needle) => {
    const at = LINE.indexOf(needle);
    let metadata = tokens[1];
    for (let i = 0; i < tokens.length; i += 2) if (tokens[i] <= at) metadata = tokens[i + 1];
    return colorMap[(metadata >>> 15) & 0x1ff];
  };
}

describe('highlighting in common themes', () => {
  for (const name of THEMES) {
    for (const [host, scope] of [['Markdown', 'text.html.markdown'], ['News draft', DRAFT_SCOPE]]) {
      it(`${name}: colours the dateline, quotation, speaker and verb of a ${host} line`, async () => {
        const colourOf = await colours(name, scope);
        const text = colourOf('on Friday');
        for (const [part, needle] of Object.entries(PARTS)) {
          assert.notEqual(colourOf(needle), text, `${part} ("${needle}") has the colour of plain text`);
        }
        assert.notEqual(colourOf(PARTS.speaker), colourOf(PARTS.quotation), 'the speaker stands apart from the quotation');
      });
    }
  }
});
