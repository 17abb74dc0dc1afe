// The words the attribution layer reads closely: function words, adverbs between a subject and its
// verb, the nouns that name sources, bodies and documents, and the forms of quoting. Verbs in the
// attribution slot are not listed here: any finite verb the tagged lexicon knows (verbs.ts) will do.

import { isFiniteVerb } from './verbs';

export const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*/gu;
export const ADVERBS = new Set(['also', 'later', 'then', 'again', 'further', 'once', 'still', 'previously', 'earlier', 'repeatedly', 'separately', 'recently', 'has', 'had', 'have', 'will', 'would', 'did', 'does', 'do', 'was', 'is', 'were', 'could', 'may', 'might', 'had', 'not', 'never', 'often', 'publicly', 'privately', 'simply', 'flatly', 'quickly', 'angrily', 'reportedly', 'allegedly', 'been', 'today', 'yesterday', 'tonight', 'now', 'formally', 'officially', 'jointly', 'initially', 'finally', 'subsequently', 'immediately', 'swiftly', 'openly', 'bluntly', 'firmly', 'sharply', 'strongly', 'explicitly', 'directly', 'personally', 'even', 'just', 'already', 'always', 'ever', 'long', 'first', 'only', 'indeed', 'actually', 'apparently']);
export const FUNCTION_WORDS = new Set([
  'of', 'in', 'to', 'for', 'and', 'or', 'but', 'from', 'with', 'that', 'which', 'who', 'as', 'at', 'on', 'by',
  'between', 'against', 'about', 'over', 'into', 'than', 'if', 'when', 'while', 'because', 'after', 'before',
  'since', 'until', 'unless', 'so', 'yet', 'nor', 'through', 'within', 'without', 'during', 'toward', 'towards',
  'among', 'amid', 'despite', 'under', 'across', 'around', 'beyond', 'like', 'unlike', 'is', 'was', 'are',
  'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may',
  'might', 'must', 'do', 'does', 'did', 'not', 'no', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this',
  'these', 'those', 'there', 'here', 'where', 'how', 'why', 'what', 'whose', 'whom', 'all', 'both', 'either',
  'neither', 'each', 'every', 'more', 'most', 'less', 'least', 'very', 'too', 'also', 'only', 'just', 'even',
  'up', 'down', 'out', 'off', 'back', 'again', 'per', 'via', 'upon', 'onto', 'along', 'the', 'a', 'an',
]);
export const PREPOSITIONS = new Set(['of', 'in', 'to', 'for', 'from', 'with', 'at', 'on', 'by', 'about', 'into', 'over', 'against', 'between', 'despite', 'under', 'toward', 'towards', 'among', 'amid', 'through', 'during', 'after', 'before', 'without', 'within', 'across']);
export const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|mine|myself|we|we're|we’re|we've|we’ve|we'd|we’d|we'll|we’ll|us|our|ours|ourselves)\b/i;
/** Past-tense and participle endings of the reporting verbs (regular -ed and the irregular ones). */
export const PAST_PARTICIPLE = /(?:ed|^said|^told|^written|^spoken|^sought|^found|^begun)$/;
/** Determiners before an adjective ("the proposed budget"); not "that", which also opens a clause. */
export const ATTRIBUTIVE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Nouns ending in -ly, never the adverb of "the widely reported remarks". */
export const LY_NOUNS = new Set(['assembly', 'family', 'ally', 'rally', 'supply', 'monopoly', 'anomaly', 'homily', 'jelly', 'belly', 'bully', 'lily', 'folly', 'italy']);
export const POSSESSIVE_WORD = /\p{L}['’]s?$/u;
/** "he's said", "it's noted": a pronoun with "has" or "is", not a possessive. */
export const CONTRACTED_PRONOUN = /^(?:he|she|it|that|who|there|what|here|where)['’]s$/;
/** Words that start what qualifies a source noun: "an official close to", "a source familiar with", "an aide to". */
export const SOURCE_QUALIFIERS = new Set(['familiar', 'close', 'with', 'from', 'at', 'in', 'of', 'to', 'for', 'who', 'involved', 'briefed', 'knowledgeable', 'speaking', 'based', 'aware']);
/** Qualifiers that tie a source to whom they speak for or are close to ("a spokeswoman for", "an aide to"). */
export const ON_BEHALF = new Set(['for', 'to', 'close', 'familiar', 'involved', 'briefed', 'knowledgeable', 'aware']);
/** Words that open a sentence before its subject ("But the ministry …"). */
export const OPENING_CONJUNCTIONS = new Set(['and', 'but', 'yet', 'so', 'or', 'still', 'instead', 'meanwhile']);
/** Words that start a phrase fronted before the subject, ended by a comma ("On Tuesday, …"). */
export const FRONTED = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'since', 'despite', 'following', 'amid', 'with', 'without', 'under',
  'over', 'for', 'from', 'by', 'as', 'when', 'while', 'although', 'though', 'because', 'if', 'once', 'until',
  'earlier', 'later', 'however', 'separately', 'last', 'this', 'yesterday', 'today', 'speaking', 'asked',
]);
export const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'also', 'then', 'later', 'again', 'not']);
/** Bodies that speak as one: what "it said" (and "they said") stands for. */
export const ORGANISATION_HEADS = new Set([
  'ministry', 'government', 'kremlin', 'military', 'army', 'navy', 'police', 'office', 'department', 'commission',
  'court', 'embassy', 'administration', 'authority', 'authorities', 'delegation', 'palace', 'board', 'parliament',
  'senate', 'congress', 'cabinet', 'presidency', 'secretariat', 'regime', 'leadership', 'newspaper',
  'broadcaster', 'outlet', 'channel', 'station', 'service', 'university', 'school', 'hospital', 'city', 'county',
  'state', 'country', 'family', 'regulator', 'ministries', 'governments', 'agencies', 'groups', 'companies',
  'unions', 'parties', 'militants', 'rebels', 'forces',
]);
/** Documents that "say" things. */
export const DOCUMENT_HEADS = new Set([
  'statement', 'report', 'declaration', 'document', 'letter', 'communique', 'communiqué', 'resolution', 'study',
  'paper', 'survey', 'poll', 'filing', 'lawsuit', 'complaint', 'memo', 'note', 'post', 'message', 'bill',
  'indictment', 'ruling', 'judgment', 'judgement', 'order', 'decision', 'agreement', 'proposal', 'text', 'draft',
]);
/** Singular nouns for groups referred to as "they". */
export const COLLECTIVE = new Set(['police', 'people', 'staff', 'authorities', 'family', 'government', 'team', 'military']);
/**
 * Reporting verbs that tell of a decision or a commitment rather than of words ("agreed to",
 * "promised", "ordered"): inside what another speaker reported, they do not attribute.
 */
export const REPORTED_ACTS = new Set(['agree', 'disagree', 'promise', 'vow', 'pledge', 'offer', 'propose', 'demand', 'order', 'rule', 'find', 'recommend', 'advise', 'direct', 'instruct', 'volunteer']);
/** Forms of the verbs that report words someone else heard: "was quoted as saying", "cited officials as saying". */
export const QUOTING = new Set(['quote', 'quotes', 'quoted', 'quoting', 'cite', 'cites', 'cited', 'citing']);
/** A new coordinated clause in the writer's words (plain string search, no backtracking). */
export const CLAUSE_BREAK = /;|,\s+(?:and|but)\s/;
/** Words that stand for a source the draft describes: "one said", "another added", "others said". */
export const DESCRIBED_PRONOUNS = new Set(['one', 'another', 'others', 'some', 'many', 'several', 'both', 'all', 'most']);
export const isFiniteVerbWord = (lower: string) => isFiniteVerb(lower, false);
export const GENERIC_ORGANISATION = new Set(['group', 'organisation', 'organization', 'company', 'firm', 'forum', 'union', 'campaign', 'association', 'coalition', 'alliance', 'bank', 'agency', 'ministry', 'party', 'council', 'committee', 'movement', 'charity', 'network', 'institute', 'foundation', 'club', 'team', 'business', 'lender', 'retailer', 'insurer', 'carrier', 'airline', 'automaker', 'manufacturer', 'utility']);

/** Words that name a time: a phrase of them between a subject and its verb is an adverbial ("Ruiz on Tuesday said"). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tonight', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'weekend',
  'month', 'months', 'year', 'years', 'decade', 'decades', 'time', 'times', 'past', 'moment', 'hour', 'hours', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'ago', 'since', 'later', 'earlier', 'once', 'occasion', 'point', 'end', 'start', 'outset', 'beginning',
]);
/** Words that open or qualify a time phrase ("on Tuesday", "at the time", "earlier this week", "last year"). */
export const TIME_QUALIFIERS = new Set([
  'on', 'in', 'at', 'during', 'over', 'by', 'this', 'that', 'last', 'next', 'past', 'early', 'late', 'earlier', 'later', 'the', 'a', 'one',
  'each', 'every', 'same', 'previous', 'following', 'recent', 'whole', 'entire', 'some', 'several', 'few', 'two', 'three', 'first',
]);

/** Nouns in -ing, never the participle of "an aide speaking to reporters said". */
export const ING_NOUNS = new Set([
  'meeting', 'briefing', 'hearing', 'building', 'funding', 'ruling', 'finding', 'spending', 'morning', 'evening', 'offering',
  'polling', 'warning', 'saying', 'writing', 'feeling', 'opening', 'reading', 'setting', 'painting', 'wedding', 'training',
  'housing', 'rating', 'ranking', 'listing', 'shooting', 'bombing', 'killing', 'sibling', 'timing', 'booking', 'gathering',
  'proceeding', 'proceedings', 'beginning', 'something', 'anything', 'nothing', 'everything', 'during', 'according', 'including',
  'regarding', 'concerning', 'following', 'notwithstanding', 'pending', 'ceiling', 'clothing', 'earnings', 'filing', 'recording',
  'posting', 'hashing', 'screening', 'landing', 'crossing', 'dealing', 'standing', 'understanding', 'undertaking', 'upbringing',
]);

/**
 * How far before a quotation (in characters) its attribution is looked for. No cue stands that far
 * from its quotation in real copy; without a bound, a sentence of thousands of quotations made
 * every quotation read every word before it.
 */
export const CUE_REACH = 1000;
/** How many earlier quotations of its sentence the cue before a quotation may reach back over. */
export const QUOTATIONS_CROSSED_BY_CUE = 8;
