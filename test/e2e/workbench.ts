// What a person does in VS Code, done through Debian's Chromium with playwright-core: open a file,
// read the Problems panel, hover a word, pick a quick fix, type, save. Every wait polls the page
// for the state it needs; nothing sleeps for a fixed time. Selectors are VS Code 1.100's DOM.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Debian's Chromium, or the browser named by COPYDESK_CHROMIUM. */
export function chromiumPath(): string {
  const path = process.env.COPYDESK_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: apt-get install chromium (or set COPYDESK_CHROMIUM)`);
  return path;
}

/** One row of the Problems panel. */
export interface Problem {
  severity: 'error' | 'warning' | 'info' | 'unknown';
  message: string;
  source: string;
  code: string;
  line: number;
  column: number;
}

export function describeProblem(p: Problem): string {
  return `${p.severity} ${p.source}(${p.code}) [Ln ${p.line}, Col ${p.column}] ${p.message}`;
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.length ? problems.map((p) => `  ${describeProblem(p)}`).join('\n') : '  (none)';
}

/** Polls `probe` until it returns something other than undefined; fails naming what it waited for. */
export async function poll<T>(what: string, probe: () => Promise<T | undefined>, options: { timeout?: number; lastSeen?: () => string } = {}): Promise<T> {
  const timeout = options.timeout ?? 30_000;
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      const seen = options.lastSeen ? `\nLast seen:\n${options.lastSeen()}` : '';
      throw new Error(`Timed out after ${timeout / 1000} s waiting for ${what}.${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export class Workbench {
  private shots = 0;
  /** The page's console errors and warnings (the workbench's and the extension host's). */
  readonly console: string[] = [];

  private constructor(readonly browser: Browser, readonly page: Page, private readonly screenshotDir: string) {}

  static async open(url: string, screenshotDir: string): Promise<Workbench> {
    mkdirSync(screenshotDir, { recursive: true });
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const workbench = new Workbench(browser, page, screenshotDir);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') workbench.console.push(`${message.type()}: ${message.text()}`);
    });
    await page.goto(url);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return workbench;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /** Saves a numbered screenshot of the whole window; returns its path. */
  async screenshot(name: string): Promise<string> {
    this.shots += 1;
    const file = join(this.screenshotDir, `${String(this.shots).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Closes menus, hovers and the quick-input box a failed or finished step may have left open. */
  async dismissWidgets(): Promise<void> {
    for (let i = 0; i < 3; i++) await this.page.keyboard.press('Escape');
  }

  /** Opens a file of the workspace from the Explorer, as a person clicks it. */
  async openFile(name: string): Promise<void> {
    await this.page.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(name)}\\b`) }).first().click({ timeout: 60_000 });
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
    await this.editor().locator('.view-lines').waitFor();
  }

  /** The editor of the active editor group. */
  editor() {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /**
   * The colour the editor paints `words` in: the colour of the first rendered token that contains
   * them, or undefined while no single token does (e.g. before tokenisation settles).
   */
  async colorOfWords(words: string): Promise<string | undefined> {
    return this.editor().locator('.view-lines').evaluate((lines, wanted) => {
      const token = [...lines.querySelectorAll('.view-line span span')].find((span) => (span.textContent ?? '').replace(/\u00a0/g, ' ').includes(wanted));
      return token ? getComputedStyle(token).color : undefined;
    }, words);
  }

  /** Opens the Problems panel unless it is already showing. */
  async showProblems(): Promise<void> {
    const panel = this.page.locator('.markers-panel');
    if (await panel.isVisible()) return;
    await this.page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: 10_000 });
  }

  /**
   * Every diagnostic row of the Problems panel. The panel is a virtual list that renders only the
   * rows in view, so it is scrolled when its rows do not fit.
   */
  async readProblems(): Promise<Problem[]> {
    await this.showProblems();
    const rows = new Map<number, Problem | null>();
    let lastIndex: number | undefined;
    for (let round = 0; round < 100; round++) {
      // Functions run in the page declare no named helpers: the test runner's compiler wraps
      // those in a helper that exists only in Node.
      const visible = await this.page.$$eval('.markers-panel .monaco-list-row', (elements) => elements.map((row) => {
        const [message, source, code, position] = ['.marker-message', '.marker-source', '.marker-code', '.marker-line']
          .map((selector) => Array.from(row.querySelectorAll(selector)).map((e) => (e as HTMLElement).innerText.trim()).join('\n'));
        const icon = row.querySelector('.marker-icon');
        const severity = icon ? (['error', 'warning', 'info'].find((s) => icon.classList.contains(s)) ?? 'unknown') : undefined;
        return {
          index: Number(row.getAttribute('data-index')),
          last: row.getAttribute('data-last-element') === 'true',
          severity, message, source, code, position,
        };
      }));
      if (!visible.length) return [];
      for (const row of visible) {
        if (row.last) lastIndex = row.index;
        const position = /Ln (\d+), Col (\d+)/.exec(row.position);
        rows.set(row.index, row.severity && position ? {
          severity: row.severity as Problem['severity'], message: row.message, source: row.source, code: row.code,
          line: Number(position[1]), column: Number(position[2]),
        } : null);
      }
      if (lastIndex !== undefined && Array.from({ length: lastIndex + 1 }, (_, i) => i).every((i) => rows.has(i))) {
        return [...rows.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, problem]) => (problem ? [problem] : []));
      }
      // Rows are missing: scroll the list (to the top first, then down) and read again.
      await this.page.locator('.markers-panel .monaco-list').hover();
      await this.page.mouse.wheel(0, rows.has(0) ? 120 : -100_000);
    }
    throw new Error('Could not read every row of the Problems panel');
  }

  /** Polls the Problems panel until `accept` holds for its rows. */
  async waitForProblems(what: string, accept: (problems: Problem[]) => boolean, timeout = 30_000): Promise<Problem[]> {
    let last: Problem[] = [];
    return poll(`the Problems panel to show ${what}`, async () => {
      last = await this.readProblems();
      return accept(last) ? last : undefined;
    }, { timeout, lastSeen: () => describeProblems(last) });
  }

  /**
   * Moves the cursor to a 1-based line and column with Go to Line (Quick Open, `:line:column`;
   * Ctrl+G belongs to the browser in code-server) and waits until the status bar shows it there.
   */
  async goTo(line: number, column: number): Promise<void> {
    await this.dismissWidgets();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await input.press('Enter');
    let last: { line: number; column: number } | undefined;
    await poll(`the cursor to reach Ln ${line}, Col ${column}`, async () => {
      last = await this.cursor();
      return last?.line === line && last.column === column ? true : undefined;
    }, { timeout: 10_000, lastSeen: () => (last ? `Ln ${last.line}, Col ${last.column}` : '(no position in the status bar)') });
  }

  /** The cursor position the status bar shows. */
  async cursor(): Promise<{ line: number; column: number } | undefined> {
    const text = await this.page.locator('[id="status.editor.selection"]').innerText().catch(() => '');
    const match = /Ln (\d+), Col (\d+)/.exec(text);
    return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
  }

  /**
   * Moves the mouse onto the `occurrence`-th (0-based) whole-word `word` shown in the editor and
   * returns the hover card's text once `accept` holds for it.
   */
  async hoverWord(word: string, occurrence: number, what: string, accept: (text: string) => boolean): Promise<string> {
    await this.dismissWidgets();
    const box = await this.editor().locator('.view-lines').evaluate((root, [target, nth]) => {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
      let seen = 0;
      const lines = Array.from(root.querySelectorAll('.view-line')).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (const match of node.data.matchAll(pattern)) {
            if (seen++ !== nth) continue;
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + target.length);
            const rect = range.getBoundingClientRect();
            return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
          }
        }
      }
      return undefined;
    }, [word, occurrence] as const);
    if (!box) throw new Error(`"${word}" (occurrence ${occurrence + 1}) is not shown in the editor`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // Park the pointer outside the editor until any earlier hover card is gone: a card left
    // standing can cover the word, and the pointer would rest on the card instead.
    await this.page.mouse.move(2, y, { steps: 2 });
    let lingering = '';
    await poll('earlier hover cards to close', async () => {
      lingering = await this.hoverText();
      return lingering ? undefined : true;
    }, { timeout: 10_000, lastSeen: () => lingering });
    // Then come in from the side, as a hand does: the editor shows hovers on mouse movement.
    await this.page.mouse.move(x - 40, y, { steps: 4 });
    await this.page.mouse.move(x, y, { steps: 6 });
    let last = '';
    const text = await poll(`a hover card over "${word}" ${what}`, async () => {
      last = await this.hoverText();
      return last && accept(last) ? last : undefined;
    }, { timeout: 15_000, lastSeen: () => last || '(no hover card)' });
    // The card fades in; a screenshot taken mid-fade shows it half transparent over the text.
    await poll('the hover card to finish fading in', async () => (await this.page.evaluate(() => {
      // No named functions in here: the page has no esbuild helpers to name them with.
      const cards = Array.from(document.querySelectorAll('.monaco-hover:not(.hidden)'));
      if (!cards.length) return false;
      for (const card of cards) {
        for (let node: Element | null = card; node; node = node.parentElement) {
          if (node.getAnimations().some((animation) => animation.playState === 'running')) return false;
          if (Number(getComputedStyle(node).opacity) < 1) return false;
        }
      }
      return true;
    })) || undefined, { timeout: 5_000, lastSeen: () => 'still fading' });
    return text;
  }

  /** The text of the hover cards on screen. */
  async hoverText(): Promise<string> {
    return this.page.$$eval('.monaco-hover:not(.hidden)', (hovers) => hovers
      .filter((hover) => hover.getBoundingClientRect().height > 0)
      .map((hover) => (hover as HTMLElement).innerText.trim())
      .join('\n---\n'));
  }

  /** What the hover cards on screen render in bold and in italics (VS Code renders their Markdown). */
  async hoverMarkup(): Promise<{ bold: string[]; italic: string[] }> {
    return this.page.$$eval('.monaco-hover:not(.hidden)', (hovers) => ({
      bold: hovers.flatMap((hover) => Array.from(hover.querySelectorAll('strong, b')).map((e) => (e as HTMLElement).innerText.trim())),
      italic: hovers.flatMap((hover) => Array.from(hover.querySelectorAll('em, i')).map((e) => (e as HTMLElement).innerText.trim())),
    }));
  }

  /** The actions the open Quick Fix menu lists. */
  async quickFixTitles(): Promise<string[]> {
    return this.page.$$eval('.action-widget .monaco-list-row.action', (rows) => rows.map((row) => row.getAttribute('aria-label') ?? (row as HTMLElement).innerText.trim()));
  }

  /**
   * Opens the Quick Fix menu at the cursor (Ctrl+., or a click on the light bulb) and waits until
   * it lists an action matching `title`; returns every title listed.
   */
  async openQuickFixMenu(title: RegExp, via: 'keyboard' | 'lightbulb'): Promise<string[]> {
    let titles: string[] = [];
    return poll(`the Quick Fix menu to offer ${title}`, async () => {
      if (!(await this.page.locator('.action-widget').isVisible())) {
        if (via === 'lightbulb') {
          // VS Code 1.100 draws the light bulb in the gutter (a glyph-margin decoration:
          // gutter-lightbulb, -auto-fix when a preferred fix exists), or beside the text when
          // the gutter is hidden.
          const bulb = this.editor().locator('[class*="codicon-gutter-lightbulb"], .lightBulbWidget [class*="codicon-"]').first();
          if (!(await bulb.isVisible())) return undefined;
          await bulb.click();
        } else {
          await this.page.keyboard.press('Control+.');
        }
        await this.page.locator('.action-widget').waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
      }
      titles = await this.quickFixTitles();
      if (titles.some((t) => title.test(t))) return titles;
      // The menu was computed before the server answered, or offers something else: ask again.
      await this.page.keyboard.press('Escape');
      return undefined;
    }, { timeout: 20_000, lastSeen: () => (titles.length ? titles.join('\n') : '(no menu, or "No code actions available")') });
  }

  /** Clicks the Quick Fix menu's action matching `title` and waits for the menu to close. */
  async chooseQuickFix(title: RegExp): Promise<string> {
    const titles = await this.quickFixTitles();
    const chosen = titles.find((t) => title.test(t));
    if (!chosen) throw new Error(`The Quick Fix menu offers no ${title}:\n${titles.join('\n')}`);
    const row = this.page.locator('.action-widget .monaco-list-row.action').filter({ has: this.page.locator('.title', { hasText: chosen }) }).first();
    // A menu opened with the mouse lies under a pointer block that the next pointer movement
    // removes: move onto the row as a hand would, then click.
    const box = await row.boundingBox();
    if (box) await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await row.click();
    await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    return chosen;
  }

  /** Saves the active editor (Ctrl+S) and waits until its tab is no longer dirty. */
  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active:not(.dirty)').waitFor({ timeout: 15_000 });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
