// Types of sync-verbs.mjs.
export function verbForms(): { finite: string[]; nounFirst: string[] };
export function render(forms: { finite: string[]; nounFirst: string[] }): string;
export const VERB_FORMS_TARGET: string;
