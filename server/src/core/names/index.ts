// Names in a draft: the layer every name-related feature reads.
//
//   nameMentionsOf(context) → NameMentions     (memoised per draft and knowledge base)
//
// A mention is a proper name in the prose, found by its capitals: "Volodymyr Zelenskyy",
// "Zelensky's" (possessive: `possessive`, the name without it in `text`), "Zelensky-Putin" (two
// mentions), "von der Leyen" and "Von der Leyen" opening a sentence, "al-Qaida", "Mohammed bin
// Salman", "KYIV" in a dateline. Each is matched against the knowledge base (name, surname,
// variant spelling or alias; `form`, `candidates`) and resolved to the entity it names (`entity`,
// `kind`): a spelling with one candidate names it; a spelling several people share ("Kim") names
// the one the draft introduced by full name, the nearest introduction before it winning; a surname
// that is an ordinary word ("May") counts only once the person was introduced. A known surname
// after a given name the person does not have ("Oksana Zelensky", "Emma Reynolds") is someone
// else: the whole is an unknown name.
//
// Names the knowledge base lacks are mentions too (`unknown`: "Ingrid Solheim", "Solhiem"), with
// leading ordinary words, titles and adjectives removed ("Chief Executive Ingrid Solheim" →
// "Ingrid Solheim", "Ukrainian President X" → "X"). Capitalised ordinary words ("Residents",
// "However") are never names: common English words come from SCOWL (see words.ts).
//
// Lookups: `at(offset)`, `between(start, end)`, `of(entry)` (every mention of one person, place
// or organisation). Offsets are UTF-16 offsets into the draft, as everywhere in the core.
export { nameMentionsOf } from './mentions';
export type { NameMention, NameMentions, Word } from './mentions';
export { isCommonWord, NAME_PARTICLES } from './words';
export { editDistance, phoneticKeys, similarSpelling } from './similarity';
