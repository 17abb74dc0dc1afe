// Tokenizes text with Copydesk's TextMate grammars the way VS Code does (vscode-textmate and the
// Oniguruma regex engine), with VS Code's own Markdown grammar as the host of the injection.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { INITIAL, Registry, type IGrammar, type IRawGrammar, type IRawTheme, type StateStack } from 'vscode-textmate';
import { ROOT } from './fixtures';
import { DRAFT_SCOPE, INJECTION_SCOPE } from '../../syntaxes/src/grammars';

const MODULES = join(ROOT, 'node_modules');
const HOST_GRAMMARS: Record<string, string> = {
  'text.html.markdown': join(MODULES, 'tm-grammars', 'grammars', 'markdown.json'),
  'source.yaml': join(MODULES, 'tm-grammars', 'grammars', 'yaml.json'),
  'text.html.derivative': join(MODULES, 'tm-grammars', 'grammars', 'html-derivative.json'),
  'text.html.basic': join(MODULES, 'tm-grammars', 'grammars', 'html.json'),
};
const OWN_GRAMMARS: Record<string, string> = {
  [INJECTION_SCOPE]: join(ROOT, 'syntaxes', 'markdown-news.injection.tmLanguage.json'),
  [DRAFT_SCOPE]: join(ROOT, 'syntaxes', 'news-draft.tmLanguage.json'),
};

let onig: Promise<void> | undefined;
function onigLib() {
  onig ??= loadWASM(readFileSync(join(MODULES, 'vscode-oniguruma', 'release', 'onig.wasm')).buffer as ArrayBuffer);
  return onig.then(() => ({
    createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
    createOnigString: (text: string) => new OnigString(text),
  }));
}

export function registry(theme?: IRawTheme): Registry {
  const registry = new Registry({
    onigLib: onigLib(),
    loadGrammar: async (scopeName) => {
      const file = OWN_GRAMMARS[scopeName] ?? HOST_GRAMMARS[scopeName];
      return file ? (JSON.parse(readFileSync(file, 'utf8')) as IRawGrammar) : null;
    },
    // What VS Code does for a grammar contributed with `injectTo: ["text.html.markdown"]`.
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : undefined),
  });
  if (theme) registry.setTheme(theme);
  return registry;
}

export interface Token {
  line: number;
  /** Offset in the whole text. */
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

export type Host = 'markdown' | 'news-draft';

const grammars = new Map<Host, Promise<IGrammar>>();
export function grammarFor(host: Host): Promise<IGrammar> {
  let grammar = grammars.get(host);
  if (!grammar) {
    grammar = registry().loadGrammar(host === 'markdown' ? 'text.html.markdown' : DRAFT_SCOPE).then((g) => {
      if (!g) throw new Error(`no grammar for ${host}`);
      return g;
    });
    grammars.set(host, grammar);
  }
  return grammar;
}

/** Every token of `text`, line by line, with offsets into the whole text. */
export async function tokenize(host: Host, text: string): Promise<Token[]> {
  const grammar = await grammarFor(host);
  const tokens: Token[] = [];
  let state: StateStack = INITIAL;
  let offset = 0;
  text.split('\n').forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const end = Math.min(token.endIndex, line.length);
      if (end > token.startIndex) {
        tokens.push({ line: index, start: offset + token.startIndex, end: offset + end, text: line.slice(token.startIndex, end), scopes: token.scopes });
      }
    }
    state = result.ruleStack;
    offset += line.length + 1;
  });
  return tokens;
}
