// What the extension manifest contributes for highlighting, and what the .vsix carries of it.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HIGHLIGHT_MODIFIERS, HIGHLIGHT_TYPES } from '../../server/src/core/highlights';
import { LANGUAGE_IDS, languageOf } from '../../server/src/language';
import { DRAFT_LANGUAGE, DRAFT_SCOPE, INJECTION_SCOPE, INJECTION_SELECTOR } from '../../syntaxes/src/grammars';
import { ROOT } from '../support/fixtures';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

describe('News draft language and grammars in the manifest', () => {
  it('contributes the News draft language for .draft and .story files, with its configuration', () => {
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === DRAFT_LANGUAGE);
    assert.ok(language, 'news-draft is contributed');
    assert.equal(language.aliases[0], 'News draft');
    assert.deepEqual(language.extensions, ['.draft', '.story']);
    const configuration = json(language.configuration);
    const pairs = configuration.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    for (const pair of ['“”', '‘’', '„“', '«»', '""']) assert.ok(pairs.includes(pair), `auto-closes ${pair}`);
    assert.ok(!pairs.includes("''"), 'a straight apostrophe is never auto-closed');
    assert.ok(new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags).test("Zelenskyy's"));
    assert.equal(new RegExp(configuration.wordPattern.pattern, configuration.wordPattern.flags).exec("don't stop")?.[0], "don't");
  });

  it('contributes the News-draft grammar and the Markdown injection with the scopes their files declare', () => {
    const grammars = manifest.contributes.grammars as Array<{ language?: string; scopeName: string; path: string; injectTo?: string[] }>;
    const draft = grammars.find((g) => g.language === DRAFT_LANGUAGE)!;
    assert.equal(draft.scopeName, DRAFT_SCOPE);
    assert.equal(json(draft.path).scopeName, DRAFT_SCOPE);
    const injection = grammars.find((g) => g.injectTo)!;
    assert.deepEqual(injection.injectTo, ['text.html.markdown']);
    assert.equal(injection.scopeName, INJECTION_SCOPE);
    assert.equal(json(injection.path).scopeName, INJECTION_SCOPE);
    assert.equal(json(injection.path).injectionSelector, INJECTION_SELECTOR);
  });

  it('activates on, and checks, every language the server reads, News drafts as plain text', () => {
    assert.deepEqual(manifest.activationEvents, Object.keys(LANGUAGE_IDS).map((id) => `onLanguage:${id}`));
    assert.equal(languageOf(DRAFT_LANGUAGE), 'plaintext');
  });

  it('declares the semantic token types and modifiers the server sends, with theme fallbacks', () => {
    const { semanticTokenTypes, semanticTokenModifiers, semanticTokenScopes } = manifest.contributes;
    assert.deepEqual(semanticTokenTypes.map((t: { id: string }) => t.id), [...HIGHLIGHT_TYPES]);
    assert.deepEqual(semanticTokenModifiers.map((m: { id: string }) => m.id), [...HIGHLIGHT_MODIFIERS]);
    const scopes = semanticTokenScopes[0].scopes as Record<string, string[]>;
    for (const selector of Object.keys(scopes)) {
      const [type, ...modifiers] = selector.split('.');
      assert.ok((HIGHLIGHT_TYPES as readonly string[]).includes(type), selector);
      for (const modifier of modifiers) assert.ok((HIGHLIGHT_MODIFIERS as readonly string[]).includes(modifier), selector);
    }
    assert.ok(scopes.speaker && scopes['quotation.unattributed'], 'speakers and unattributed quotations have a TextMate fallback');
  });

  it('packs the grammars, the language configuration and the bundles into the .vsix', function () {
    this.timeout(60_000);
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const needed = [
      manifest.main.replace(/^\.\//, ''),
      'server/out/server.js',
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path.replace(/^\.\//, '')),
      ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration.replace(/^\.\//, '')),
    ];
    for (const file of needed) {
      assert.ok(existsSync(join(ROOT, file)), `${file} exists (npm run build first)`);
      assert.ok(listed.includes(file), `${file} is in the .vsix`);
    }
    assert.ok(!listed.some((file) => file.startsWith('syntaxes/src/')), 'the grammar sources stay out');
  });
});
