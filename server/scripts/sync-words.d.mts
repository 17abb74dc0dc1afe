// Types of sync-words.mjs, for the tests that compare the generated list with the generator's.
export function commonWords(): string[];
export function groupByLength(words: Iterable<string>): string[];
export function render(words: string[]): string;
export const COMMON_WORDS_TARGET: string;
