// Copydesk as a journalist meets it: the packaged .vsix installed in VS Code 1.100 (code-server),
// driven through Chromium. Every step leaves a screenshot in test-output/e2e/.
// Run with `npm run test:e2e` (it packages the .vsix first).
import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Context } from 'mocha';
import { cliFindings, type CliFinding } from '../support/cliFindings';
import { ROOT, SEED_PATH } from '../support/fixtures';
import { CodeServer, installCodeServer } from './codeServer';
import { PENDING_FEATURES } from './pending';
import { describeProblems, poll, Workbench, type Problem } from './workbench';

const OUTPUT = join(ROOT, 'test-output', 'e2e');
const VSIX = join(ROOT, 'copydesk.vsix');
const DRAFT_NAME = basename(SEED_PATH);
const HIGHLIGHTED_DRAFTS = [
  { file: 'seed-as-markdown.md', language: 'Markdown' },
  { file: 'seed-as-news-draft.draft', language: 'News draft' },
];

/** A step that needs a feature still in PENDING_FEATURES is pending while it fails, an error once it passes. */
function step(title: string, needs: string | undefined, body: (this: Context) => Promise<void>): void {
  it(title, async function () {
    const pending = needs !== undefined ? PENDING_FEATURES[needs] : undefined;
    if (!pending) return body.call(this);
    try {
      await body.call(this);
    } catch (error) {
      const reason = String((error as Error).message ?? error).split('\n').slice(0, 8).join('\n        ');
      console.log(`      pending: ${pending}\n      (the step failed: ${reason})`);
      this.skip();
    }
    throw new Error(`This step passes now: remove '${needs}' from PENDING_FEATURES in test/e2e/pending.ts`);
  });
}

/** 1-based line and UTF-16 column of an offset, as VS Code shows them. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Offsets of every whole-word occurrence of `words` (so "Zelensky" does not match "Zelenskyy"). */
function occurrences(text: string, words: string): number[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => match.index);
}

function keyOfProblem(p: Problem): string {
  return `${p.line}:${p.column} ${p.severity} ${p.code} ${p.message}`;
}

function keyOfFinding(f: CliFinding): string {
  return `${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}`;
}

/** True when the Problems panel lists exactly the CLI's findings (hints never show in the panel). */
function matchesCli(problems: Problem[], findings: CliFinding[]): boolean {
  const shown = problems.filter((p) => p.source === 'copydesk').map(keyOfProblem).sort();
  const expected = findings.filter((f) => f.severity !== 'hint').map(keyOfFinding).sort();
  return shown.length === expected.length && shown.every((key, i) => key === expected[i]);
}

function describeFindings(findings: CliFinding[]): string {
  return findings.map((f) => `  ${f.severity} copydesk(${f.code}) [Ln ${f.line}, Col ${f.column}] ${f.message}`).join('\n');
}

describe('VS Code end to end: the packaged extension in code-server, driven through Chromium', function () {
  this.timeout(120_000);
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  let workspace = '';
  let draft = '';

  const page = () => {
    if (!workbench) throw new Error('The workbench did not open');
    return workbench;
  };
  const draftText = () => readFileSync(draft, 'utf8');

  before(async function () {
    this.timeout(600_000);
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    assert.ok(existsSync(VSIX), `${VSIX} is missing: run \`npm run test:e2e\`, which packages it first`);
    const bin = installCodeServer();
    // A throwaway copy of the seed draft: the steps edit and save it.
    workspace = mkdtempSync(join(tmpdir(), 'copydesk-e2e-workspace-'));
    draft = join(workspace, DRAFT_NAME);
    copyFileSync(SEED_PATH, draft);
    // The seed again under the names that open it as Markdown and as a News draft (highlighting).
    for (const name of HIGHLIGHTED_DRAFTS.map((d) => d.file)) copyFileSync(SEED_PATH, join(workspace, name));
    server = await CodeServer.start({ bin, vsix: VSIX, workspace });
    workbench = await Workbench.open(server.folderUrl(workspace), OUTPUT);
    await workbench.openFile(DRAFT_NAME);
    await workbench.screenshot('draft-opened');
  });

  afterEach(async function () {
    // What the window showed when a step failed, or when a pending step stopped.
    const state = this.currentTest?.state;
    if ((state === 'failed' || state === 'pending') && workbench) {
      await workbench.screenshot(`${state}-${this.currentTest?.title ?? ''}`).catch(() => undefined);
    }
    await workbench?.dismissWidgets().catch(() => undefined);
  });

  after(async function () {
    this.timeout(60_000);
    if (server) writeFileSync(join(OUTPUT, 'code-server.log'), server.log());
    if (workbench) writeFileSync(join(OUTPUT, 'browser-console.log'), `${workbench.console.join('\n')}\n`);
    await workbench?.close().catch(() => undefined);
    await server?.stop();
    if (workspace) rmSync(workspace, { recursive: true, force: true });
  });

  step('lists exactly the CLI\'s findings for the seed draft in the Problems panel, with squiggles in the editor', undefined, async () => {
    const expected = cliFindings(draft);
    assert.ok(expected.length > 0, 'the seed draft has findings');
    await page().waitForProblems(`the CLI's findings:\n${describeFindings(expected)}`, (problems) => matchesCli(problems, expected), 60_000);
    const squiggles = await page().editor().locator('.squiggly-warning, .squiggly-error, .squiggly-info').count();
    assert.ok(squiggles > 0, 'the editor underlines the findings');
    await page().screenshot('problems-panel');
  });

  step('flags the quotation marks glued to the words around them (quote.spacing)', undefined, async () => {
    const text = draftText();
    const glued = ['that"both', 'requires"sacrifice', 'explained:"There', 'added,"We', 'Putin,"We'];
    const problems = await page().readProblems();
    for (const words of glued) {
      const [offset] = occurrences(text, words);
      assert.notEqual(offset, undefined, `the seed draft contains ${words}`);
      const at = positionOf(text, offset);
      assert.ok(problems.some((p) => p.code === 'quote.spacing' && p.severity === 'warning' && p.line === at.line && p.column === at.column && p.message.includes(words)),
        `no quote.spacing warning on ${words} at Ln ${at.line}, Col ${at.column}; the Problems panel lists:\n${describeProblems(problems)}`);
    }
  });

  step('flags both "Zelensky" against the "Zelenskyy" the draft also uses (name.inconsistent)', 'name.inconsistent', async () => {
    const text = draftText();
    const expected = occurrences(text, 'Zelensky').map((offset) => positionOf(text, offset));
    assert.equal(expected.length, 2, 'the seed draft spells "Zelensky" twice');
    const problems = await page().waitForProblems('a name.inconsistent finding on each "Zelensky"', (shown) => {
      const names = shown.filter((p) => p.code === 'name.inconsistent');
      return names.length === expected.length && expected.every((at) => names.some((p) => p.line === at.line && p.column === at.column));
    }, 10_000);
    const names = problems.filter((p) => p.code === 'name.inconsistent');
    assert.ok(names.every((p) => p.severity === 'warning' && /Zelenskyy/.test(p.message)), `the messages name the accepted spelling:\n${describeProblems(names)}`);
    await page().screenshot('name-findings');
  });

  step('flags "foreign minister" as a title Rubio does not hold (one title finding)', 'title checks', async () => {
    const text = draftText();
    const [offset] = occurrences(text, 'foreign minister');
    const at = positionOf(text, offset);
    // The finding may start at the title or at the article before it. Which title check speaks
    // (a wrong office, or a title the draft never gave him) is the titles' business; there must
    // be exactly one, and it must name the title he holds.
    const withArticle = positionOf(text, offset - 'the '.length);
    const problems = await page().waitForProblems('one title finding, on "foreign minister"', (shown) => {
      const titles = shown.filter((p) => p.code.startsWith('title.'));
      return titles.length === 1 && titles[0].line === at.line && (titles[0].column === at.column || titles[0].column === withArticle.column);
    }, 10_000);
    const [title] = problems.filter((p) => p.code.startsWith('title.'));
    assert.equal(title.severity, 'warning');
    assert.match(title.message, /secretary of state/i, 'the message names the title he holds');
    await page().screenshot('title-finding');
  });

  step('shows who said a quotation when hovering it: the partial quotation "sacrifice" is Marco Rubio\'s', undefined, async () => {
    const card = await page().hoverWord('sacrifice', 0, 'crediting the quotation to Marco Rubio', (text) => /partial quotation/i.test(text) && /Marco Rubio/.test(text));
    await page().screenshot('hover-quotation');
    assert.match(card, /attributed/i, `the card says how the draft attributes it:\n${card}`);
  });

  step('shows the speaker card when hovering "Rubio": the name in bold, his office, the date quieter, the draft\'s sections', 'speaker hover', async () => {
    const card = await page().hoverWord('Rubio', 0, 'naming Marco Rubio and his office', (text) => /Marco Rubio/.test(text) && /secretary of state/i.test(text));
    await page().screenshot('speaker-card');
    // The card as VS Code renders its Markdown: what is bold, what is in italics.
    const rendered = await page().hoverMarkup();
    assert.ok(rendered.bold.includes('Marco Rubio'), `the name in bold: ${rendered.bold.join(' | ')}`);
    assert.ok(rendered.bold.some((b) => /^Quotations in this draft: \d+$/.test(b)) && rendered.bold.includes('Introduced as') && rendered.bold.includes('Spellings in this draft'), `the sections: ${rendered.bold.join(' | ')}`);
    assert.ok(rendered.italic.some((i) => /the article’s date|when Copydesk’s knowledge was last checked/.test(i)), `the date in a quieter line: ${rendered.italic.join(' | ')}`);
    assert.match(card, /Secretary of State, United States/);
  });

  step('inserts the missing space in that"both from the light bulb', undefined, async () => {
    const before = draftText();
    const finding = cliFindings(draft).find((f) => f.code === 'quote.spacing' && before.slice(f.start, f.end) === 'that"both');
    assert.ok(finding, 'the CLI flags that"both');
    assert.equal(finding.suggestions.length, 1, 'one fix');
    await page().goTo(finding.line, finding.column);
    const titles = await page().openQuickFixMenu(/space/i, 'lightbulb');
    await page().screenshot('light-bulb-menu');
    await page().chooseQuickFix(/space/i);
    await page().waitForProblems('no quote.spacing finding on line 1 any more', (problems) => !problems.some((p) => p.code === 'quote.spacing' && p.line === finding.line && p.column === finding.column));
    await page().save();
    const expected = before.slice(0, finding.start) + finding.suggestions[0] + before.slice(finding.end);
    assert.equal(draftText(), expected, `the fix changes only what it says (menu: ${titles.join(' | ')})`);
    await page().screenshot('space-inserted');
  });

  step('changes every "Zelensky" to "Zelenskyy" with one quick fix from the Quick Fix menu', 'name.inconsistent', async () => {
    const before = draftText();
    const [first] = occurrences(before, 'Zelensky');
    assert.notEqual(first, undefined, 'the draft still spells "Zelensky"');
    const at = positionOf(before, first);
    await page().goTo(at.line, at.column);
    // "Change all 2 to “Zelenskyy” in this draft": every occurrence, named by the spelling it
    // puts in (which keeps it apart from the draft-wide "fix all" action).
    const everyOccurrence = /\b(all|every)\b.*Zelenskyy/i;
    await page().openQuickFixMenu(everyOccurrence, 'keyboard');
    await page().screenshot('quick-fix-menu-zelensky');
    await page().chooseQuickFix(everyOccurrence);
    await page().waitForProblems('no name.inconsistent finding', (problems) => !problems.some((p) => p.code === 'name.inconsistent'));
    const shown = await page().editor().locator('.view-lines').innerText();
    assert.deepEqual(occurrences(shown.replace(/\u00a0/g, ' '), 'Zelensky'), [], 'the editor shows no "Zelensky" any more');
    await page().save();
    const expected = before.replace(/(?<![\p{L}\p{N}])Zelensky(?![\p{L}\p{N}])/gu, 'Zelenskyy');
    assert.equal(draftText(), expected, 'every "Zelensky" became "Zelenskyy" and nothing else changed');
    await page().screenshot('zelensky-fixed');
  });

  const typedParagraph = '"We will not accept a ceasefire that only freezes the front line, and we will not trade land for promises."';
  let typedLine = 0;

  step('types a new quotation paragraph at the end: the editor keeps it as typed and the Problems panel follows', undefined, async () => {
    const before = draftText();
    await page().dismissWidgets();
    await page().editor().locator('.view-lines').click({ position: { x: 5, y: 5 } });
    await page().page.keyboard.press('Control+End');
    // A new paragraph: Enter, unless the draft already ends with a line break.
    if (!before.endsWith('\n')) await page().page.keyboard.press('Enter');
    await page().page.keyboard.type(typedParagraph);
    const after = `${before}${before.endsWith('\n') ? '' : '\n'}${typedParagraph}`;
    typedLine = after.split('\n').length;
    // Unsaved: the Problems panel follows the typing, settling on the findings for the new text.
    const expected = cliFindings('-', ['--language', 'plaintext'], after);
    await page().waitForProblems(`the CLI's findings for the edited draft:\n${describeFindings(expected)}`, (problems) => matchesCli(problems, expected));
    await page().screenshot('quotation-typed');
    await page().save();
    assert.equal(draftText(), after, 'the editor holds the paragraph as typed');
  });

  step('flags the typed quotation as unattributed (quote.unattributed)', 'quote.unattributed', async () => {
    assert.ok(typedLine > 0, 'the quotation was typed');
    await page().waitForProblems(`a quote.unattributed finding on the typed paragraph (Ln ${typedLine})`, (problems) => problems.some((p) => p.code === 'quote.unattributed' && p.severity === 'warning' && p.line === typedLine), 10_000);
    await page().screenshot('unattributed-quotation');
  });

  step('hovers the typed quotation: the diagnostic with its fix and reason, then the card, each said once', 'quote.unattributed', async () => {
    const text = await page().hoverWord('ceasefire', 0, 'saying it is unattributed', (t) => /Unattributed quotation · line/.test(t));
    await page().screenshot('unattributed-hover');
    assert.equal(text.match(/Unattributed quotation/g)?.length, 2, `the diagnostic's lead and the card's title, nothing else:\n${text}`);
    assert.equal(text.match(/add who said it/g)?.length, 1, `the fix once:\n${text}`);
    assert.match(text, /it needs a speaker/);
  });

  step('attributes the typed quotation from the light bulb: a [WHO] placeholder, selected, that the writer types over', 'quote.unattributed', async () => {
    assert.ok(typedLine > 0, 'the quotation was typed');
    const before = draftText();
    await page().goTo(typedLine, 3);
    const titles = await page().openQuickFixMenu(/Add the attribution/, 'keyboard');
    await page().screenshot('attribution-menu');
    assert.ok(!titles.some((t) => /Rubio|Zelensk|Putin/.test(t)), `no action names a speaker: ${titles.join(' | ')}`);
    await page().chooseQuickFix(/Add the attribution/);
    // The placeholder is selected, as a snippet's first tab stop: the status bar counts 5 selected characters.
    await poll('the placeholder [WHO] to be selected', async () => (/\(5 selected\)/.test(await page().page.locator('[id="status.editor.selection"]').innerText().catch(() => '')) ? true : undefined), { timeout: 10_000 });
    await page().screenshot('attribution-placeholder');
    await page().page.keyboard.type('Zelenskyy');
    await page().page.keyboard.press('Escape');
    await page().waitForProblems('no quote.unattributed finding on the typed paragraph', (problems) => !problems.some((p) => p.code === 'quote.unattributed' && p.line === typedLine), 15_000);
    await page().save();
    const expected = before.replace(typedParagraph, `${typedParagraph.slice(0, -2)}," Zelenskyy said.`);
    assert.equal(draftText(), expected, 'the fix and the typed name changed only the end of the quotation');
    await page().screenshot('attribution-typed');
  });

  step('opens a check\'s help page, rendered, from the check\'s name in the Problems panel', undefined, async () => {
    await page().dismissWidgets();
    await page().showProblems();
    const link = page().page.locator('.markers-panel .monaco-list-row a.monaco-link', { hasText: 'title.inconsistent' }).first();
    await link.waitFor({ state: 'visible', timeout: 10_000 });
    await link.click();
    await page().page.locator('.tabs-container .tab.active', { hasText: 'title.inconsistent.md' }).waitFor({ timeout: 20_000 });
    // The Markdown preview is a webview: its page is a frame inside the workbench's page.
    const heading = await poll('the help page to render in the preview', async () => {
      for (const frame of page().page.frames()) {
        const text = await frame.locator('h1').first().innerText({ timeout: 500 }).catch(() => '');
        if (/title\.inconsistent/.test(text)) return text;
      }
      return undefined;
    }, { timeout: 20_000 });
    assert.match(heading, /^title\.inconsistent: one person, two titles$/);
    await page().screenshot('help-page-from-problems');
  });

  // Last, so the findings of these copies never mix with the steps above that read the Problems panel.
  for (const { file, language } of HIGHLIGHTED_DRAFTS) {
    step(`highlights the seed draft's quotations and speakers when it is opened as ${language}`, undefined, async () => {
      await page().dismissWidgets();
      await page().openFile(file);
      await poll(`the status bar to name the language ${language}`, async () =>
        ((await page().page.locator('.statusbar-item[id="status.editor.mode"]').innerText()).trim() === language ? true : undefined));
      // The quoted words, the speaker and plain prose each get their own colour: "US Secretary of
      // State Marco Rubio said that"both sides …" (line 1), "… in an interview broadcast …" (line 2).
      const colors = await poll('quotation, speaker and prose to be painted in three colours', async () => {
        const quotation = await page().colorOfWords('both sides must make concessions');
        const speaker = await page().colorOfWords('Rubio');
        const prose = await page().colorOfWords('in an interview broadcast');
        return quotation && speaker && prose && new Set([quotation, speaker, prose]).size === 3 ? { quotation, speaker, prose } : undefined;
      }, { timeout: 30_000 });
      await page().screenshot(`highlighting-${language}`);
      assert.notEqual(colors.quotation, colors.prose);
    });
  }
});
