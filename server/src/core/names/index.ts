// Names in a draft: the one proper-name layer. Every feature that reads names (the name checks,
// hover, rename, completion) and the people layer (core/people: speakers, pronouns, titles) read it
// instead of finding names themselves.
//
//   proseWordsOf(doc)          the words of the prose, once per draft version (words.ts)
//   nameMentionsOf(context) → NameMentions     (memoised per draft and knowledge base)
//
// Words: maximal runs of letters, marks and digits, each with its paragraph, whether it opens a
// sentence, and what separates it from the word before ("O'Brien", "al-Qaida", "John F. Kennedy").
//
// Runs (`runs`): maximal stretches of capitalised words that join as names join (a space, a hyphen,
// an apostrophe, a line break inside a paragraph, the full stop of an initial or of "Mr."), with
// particles ("von der Leyen") and prefixes ("ash-Sharaa", "d'Estaing"): "Ukrainian President
// Volodymyr Zelenskyy", "Councilman Ed Park". The people layer reads a run to tell a person's title
// from their name.
//
// A mention is a proper name in the prose, found by its capitals: "Volodymyr Zelenskyy",
// "Zelensky's" (possessive: `possessive`, the name without it in `text`), "Zelensky-Putin" (two
// mentions), "von der Leyen" and "Von der Leyen" opening a sentence, "al-Qaida", "Mohammed bin
// Salman", "KYIV" in a dateline. Each is matched against the knowledge base (name, surname,
// variant spelling or alias; `form`, `candidates`) and resolved to the entity it names (`entity`,
// `kind`): a spelling with one candidate names it; a spelling several people share ("Kim") names
// the one the draft introduced by full name, the nearest introduction before it winning; a surname
// that is an ordinary word ("Trump", "Rose") counts only once the person was introduced. A known
// surname after a given name the person does not have ("Oksana Zelensky", "Emma Reynolds") is
// someone else: the whole is an unknown name.
//
// Ordinary words (`ordinary(i)`) are never names, whatever the knowledge base holds: a pronoun,
// determiner or preposition opening a sentence on its own ("He said", though He Lifeng is a name)
// and a month in a date ("in May", "May 6", "mid-May", though Theresa May is a name).
//
// Names the knowledge base lacks are mentions too (`unknown`: "Ingrid Solheim", "Solhiem"), with
// leading ordinary words, titles and adjectives removed ("Chief Executive Ingrid Solheim" →
// "Ingrid Solheim", "Ukrainian President X" → "X"). Capitalised ordinary words ("Residents",
// "However") are never names: common English words come from SCOWL (see words.ts).
//
// Lookups: `at(offset)`, `between(start, end)`, `of(entry)` (every mention of one person, place
// or organisation). Offsets are UTF-16 offsets into the draft, as everywhere in the core.
//
// Spelling (similarity.ts): `similarSpelling` (near-identical in writing and sound: a variant no
// list knows) and `isSlip` (one letter off: a surname mistyped on second reference). spellings.ts
// groups the spellings of each name into families for the name checks.
export { nameMentionsOf, joinsPrevious } from './mentions';
export type { NameMention, NameMentions, NameRun, Word } from './mentions';
export { isCommonWord, NAME_PARTICLES, proseWordsOf } from './words';
export { editDistance, isSlip, phoneticKeys, similarSpelling } from './similarity';
