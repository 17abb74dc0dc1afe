// Every check has a help page (server/help/<id>.md) with the same sections, and each page's
// examples are drafts that do what the page says: the flagged one is flagged, the clean one is not.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { CHECKS } from '../../server/src/core/checks';
import { parseStylebook, stylebookKnowledge } from '../../server/src/core/stylebook';
import type { Language } from '../../server/src/core/types';
import { helpHref, HELP_DIR } from '../../server/src/help';
import { ROOT } from '../support/fixtures';

const SECTIONS = ['What it flags', 'Why a copy desk cares', 'Flagged', 'Clean', 'Setting', 'Silence it for one draft'];
/** Pages that are not a check's: the house stylebook's problems (code `stylebook`). */
const OTHER_PAGES = ['stylebook'];

function page(id: string): string {
  return readFileSync(join(HELP_DIR, `${id}.md`), 'utf8');
}

/** The level-2 sections of a page, by heading. */
function sections(markdown: string): Map<string, string> {
  const found = new Map<string, string>();
  const parts = markdown.split(/^## /m).slice(1);
  for (const part of parts) {
    const newline = part.indexOf('\n');
    found.set(part.slice(0, newline).trim(), part.slice(newline + 1));
  }
  return found;
}

/** The first fenced code block of `section` whose info string starts with one of `infos`. */
function codeBlock(section: string, infos: string[]): { info: string; body: string } | undefined {
  const match = new RegExp('^```(' + infos.join('|') + ')[^\\n]*\\n([\\s\\S]*?)^```', 'm').exec(section);
  return match ? { info: match[1], body: match[2] } : undefined;
}

describe('help pages', () => {
  const ids = CHECKS.map((check) => check.id);
  const pages = readdirSync(HELP_DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));

  it('one page per check, and no page without a check', () => {
    assert.deepEqual([...pages].sort(), [...ids, ...OTHER_PAGES].sort());
  });

  for (const id of [...ids, ...OTHER_PAGES]) {
    it(`${id}: a title, the default level and every section, in order`, () => {
      const markdown = page(id);
      assert.match(markdown, new RegExp(`^# ${id.replace(/\./g, '\\.')}: \\S`), 'the title names the check');
      const check = CHECKS.find((c) => c.id === id);
      if (check) assert.match(markdown.split('\n').slice(1, 4).join('\n'), new RegExp(`Default level: \\*\\*${check.defaultLevel}\\*\\*`));
      const found = [...sections(markdown).keys()].filter((heading) => SECTIONS.includes(heading));
      assert.deepEqual(found, SECTIONS);
      for (const [heading, body] of sections(markdown)) assert.ok(body.trim().length > 20, `${id}: "${heading}" says something`);
    });
  }

  for (const id of ids) {
    it(`${id}: the flagged example is flagged and the clean one is not`, () => {
      const markdown = page(id);
      const stylebookBlock = codeBlock(markdown, ['yaml \\.copydesk\\.yaml']);
      const knowledge = stylebookBlock ? stylebookKnowledge(parseStylebook(stylebookBlock.body)) : undefined;
      const run = (heading: string) => {
        const block = codeBlock(sections(markdown).get(heading)!, ['text', 'markdown']);
        assert.ok(block, `${id}: a text or markdown example under "${heading}"`);
        const language: Language = block.info === 'markdown' ? 'markdown' : 'plaintext';
        return analyze(block.body, { language, knowledge, settings: { checks: { [id]: 'warning' }, flagScareQuotes: true } }).filter((f) => f.code === id);
      };
      assert.ok(run('Flagged').length > 0, `${id}: the flagged example gives a finding`);
      assert.deepEqual(run('Clean').map((f) => f.message), [], `${id}: the clean example gives none`);
    });

    it(`${id}: the page says how to silence it with the line that does`, () => {
      const block = codeBlock(sections(page(id)).get('Silence it for one draft')!, ['markdown', 'text']);
      assert.ok(block);
      const flagged = codeBlock(sections(page(id)).get('Flagged')!, ['text', 'markdown'])!.body;
      const settings = { checks: { [id]: 'warning' as const }, flagScareQuotes: true };
      const stylebookBlock = codeBlock(page(id), ['yaml \\.copydesk\\.yaml']);
      const knowledge = stylebookBlock ? stylebookKnowledge(parseStylebook(stylebookBlock.body)) : undefined;
      assert.deepEqual(analyze(`${block.body}\n${flagged}`, { settings, knowledge }).filter((f) => f.code === id), []);
    });
  }

  it('stylebook: the flagged stylebook has a problem and the clean one has none', () => {
    const body = (heading: string) => codeBlock(sections(page('stylebook')).get(heading)!, ['yaml'])!.body;
    assert.ok(parseStylebook(body('Flagged')).problems.length > 0);
    assert.deepEqual(parseStylebook(body('Clean')).problems, []);
  });

  it('the server links each check to its page with a file URI', () => {
    for (const id of [...ids, ...OTHER_PAGES]) {
      const href = helpHref(id);
      assert.ok(href?.startsWith('file:///') && href.endsWith(`/server/help/${id}.md`), `${id}: ${href}`);
    }
    assert.equal(helpHref('no.such-check'), undefined);
    assert.equal(helpHref('../package'), undefined);
  });

  it('the README\'s "What it checks" table links every check to its page', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## What it checks'), readme.indexOf('\n## ', readme.indexOf('## What it checks') + 5));
    for (const id of ids) {
      assert.ok(table.includes(`| [\`${id}\`](server/help/${id}.md) |`), `the README's row for ${id} links to server/help/${id}.md`);
    }
  });

  it('the pages ship in the .vsix (and the folder\'s README does not)', function () {
    this.timeout(60_000);
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const id of pages) assert.ok(listed.includes(`server/help/${id}.md`), `server/help/${id}.md is in the .vsix`);
    assert.ok(!listed.includes('server/help/README.md'));
    assert.ok(existsSync(HELP_DIR));
  });
});
