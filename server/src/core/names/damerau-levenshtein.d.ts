// Types for the damerau-levenshtein package (CommonJS, ships none).
declare module 'damerau-levenshtein' {
  interface Result {
    /** Edits between the two strings (insert, delete, substitute, transpose neighbours). */
    steps: number;
    relative: number;
    similarity: number;
  }
  function levenshtein(a: string, b: string, limit?: number): Result;
  export default levenshtein;
}
