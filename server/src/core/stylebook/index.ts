// The house stylebook: parse, validate, overlay on the knowledge base, and write house spellings.
export { parseStylebook, overlay, stylebookKnowledge, STYLEBOOK_FILE_NAME } from './stylebook';
export type { Stylebook, StylebookProblem } from './stylebook';
export { STYLEBOOK_LIMITS, tooLargeProblem } from './bounds';
export { setHouseSpelling } from './write';
