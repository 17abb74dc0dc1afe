// The words journalists attribute with: reporting verbs in every inflection (said, says, saying,
// told, tells, telling, ...), the verbs that characterise someone's words (called it "…",
// described it as "…"), and the signs of a scare quote or a title.

export type VerbClass = 'speech' | 'characterise';

interface VerbEntry {
  base: string;
  /** Irregular forms: past and participle, when not base+ed. */
  irregular?: string[];
  cls: VerbClass;
}

// Speech verbs attribute a quotation of any kind; characterising verbs attribute partial quotations
// (fragments the writer weaves into a sentence about what someone said).
const VERBS: VerbEntry[] = [
  { base: 'say', irregular: ['said'], cls: 'speech' },
  { base: 'tell', irregular: ['told'], cls: 'speech' },
  { base: 'write', irregular: ['wrote', 'written'], cls: 'speech' },
  { base: 'speak', irregular: ['spoke', 'spoken'], cls: 'speech' },
  { base: 'go on', irregular: ['went on', 'gone on'], cls: 'speech' },
  // "as the prosecutor put it", "put it more bluntly": the idiom for how someone said it.
  { base: 'put it', irregular: ['puts it', 'putting it'], cls: 'speech' },
  // "the sign read", "a statement that reads": how a written text says what it says.
  { base: 'read', irregular: ['reads', 'reading'], cls: 'speech' },
  ...[
    'add', 'explain', 'note', 'acknowledge', 'reveal', 'ask', 'reply', 'insist', 'warn', 'stress', 'argue',
    'claim', 'post', 'tweet', 'recall', 'continue', 'concede', 'admit', 'urge', 'declare', 'announce',
    'caution', 'suggest', 'state', 'remark', 'comment', 'observe', 'respond', 'answer', 'shout', 'complain',
    'predict', 'promise', 'vow', 'pledge', 'boast', 'joke', 'quip', 'muse', 'conclude', 'affirm', 'reaffirm',
    'assert', 'maintain', 'contend', 'counter', 'retort', 'confirm', 'deny', 'demand', 'plead', 'recount',
    'report', 'testify', 'mention', 'whisper', 'emphasise', 'emphasize', 'underline', 'point out', 'repeat',
    'reiterate', 'agree', 'disagree', 'object', 'protest', 'inform', 'assure', 'tell', 'exclaim', 'scoff',
    'sigh', 'lament', 'concur', 'allege', 'charge', 'predict', 'estimate', 'forecast', 'propose', 'acknowledge',
    'elaborate', 'clarify', 'summarise', 'summarize', 'yell', 'cry', 'write back', 'hit back', 'fire back', 'shoot back', 'snap back',
    'cut in', 'chime in', 'weigh in', 'lash out',
    'text', 'email', 'message', 'blog', 'broadcast', 'preach', 'pray', 'rule', 'find', 'order', 'direct',
    'advise', 'instruct', 'recommend', 'thunder', 'scream', 'murmur', 'mutter', 'grumble', 'sneer', 'snap',
    'boom', 'begin', 'start', 'interject', 'interrupt', 'offer', 'volunteer', 'venture', 'wonder', 'guess',
  ].map((base): VerbEntry => ({ base, cls: 'speech' })),
  ...[
    'call', 'describe', 'accuse', 'praise', 'hail', 'dismiss', 'brand', 'label', 'term', 'dub', 'criticise',
    'criticize', 'condemn', 'welcome', 'thank', 'denounce', 'decry', 'blame', 'credit', 'characterise',
    'characterize', 'portray', 'deride', 'slam', 'blast', 'laud', 'applaud', 'commend', 'tout', 'promise',
    'threaten', 'voice', 'express', 'vow', 'defend', 'reject', 'rebuff', 'attack', 'mock', 'ridicule',
    'question', 'challenge', 'cite', 'invoke', 'echo', 'pledge', 'seek', 'call for', 'push for', 'press for',
  ].map((base): VerbEntry => ({ base, cls: 'characterise' })),
];

// Irregular past forms of characterising verbs not covered by the spelling rules.
const IRREGULAR: Record<string, string[]> = { seek: ['sought'], find: ['found'], begin: ['began', 'begun'], cry: ['cried'], fire: ['fired'], shoot: ['shot'], cut: ['cut'] };

const CONSONANT_DOUBLING = new Set(['admit', 'commit', 'refer', 'prefer', 'regret', 'quip', 'slam', 'snap', 'chat', 'plan', 'bar']);

/** Regular inflections of an English verb: -s, -ed, -ing. */
function inflect(base: string): string[] {
  const [head, ...rest] = base.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const forms: string[] = [head];
  if (/(?:s|sh|ch|x|z|o)$/.test(head)) forms.push(`${head}es`);
  else if (/[^aeiou]y$/.test(head)) forms.push(`${head.slice(0, -1)}ies`);
  else forms.push(`${head}s`);
  if (/e$/.test(head)) {
    forms.push(`${head}d`, `${head.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(head)) {
    forms.push(`${head.slice(0, -1)}ied`, `${head}ing`);
  } else if (CONSONANT_DOUBLING.has(head)) {
    forms.push(`${head}${head.slice(-1)}ed`, `${head}${head.slice(-1)}ing`);
  } else {
    forms.push(`${head}ed`, `${head}ing`);
  }
  for (const form of IRREGULAR[head] ?? []) forms.push(form);
  return forms.map((f) => f + tail);
}

export interface VerbForm {
  base: string;
  cls: VerbClass;
  /** A participle in -ing ("adding", "saying"): its subject is the clause's. */
  progressive: boolean;
}

/** Every inflected form, keyed by its lower-case words ("said", "went on", "points out"). */
export const REPORTING_VERBS = new Map<string, VerbForm>();
for (const entry of VERBS) {
  const forms = entry.irregular
    ? [...new Set([...inflect(entry.base).filter((f) => !f.endsWith('ed') && !/^(?:(?:say|tell|write|speak|go|put|read)ed|puting)\b/.test(f)), ...entry.irregular])]
    : inflect(entry.base);
  for (const form of forms) {
    const existing = REPORTING_VERBS.get(form);
    // A verb in both lists ("promise", "vow") counts as a speech verb.
    if (existing && existing.cls === 'speech') continue;
    REPORTING_VERBS.set(form, { base: entry.base, cls: entry.cls, progressive: / ?\w+ing(?: |$)/.test(form) && !/^(?:bring|sing|ring)$/.test(form) });
  }
}

/** Multi-word verbs ("went on", "points out"), whose first word is looked up first. */
export const MULTIWORD_FIRST = new Set([...REPORTING_VERBS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

/** Verbs that are also common nouns: after a determiner they are the noun ("a note", "the call"). */
export const NOUN_LIKE = new Set([
  'note', 'notes', 'post', 'posts', 'call', 'calls', 'comment', 'comments', 'answer', 'answers', 'report',
  'reports', 'claim', 'claims', 'promise', 'promises', 'vow', 'vows', 'pledge', 'pledges', 'order', 'orders',
  'charge', 'charges', 'text', 'texts', 'email', 'emails', 'message', 'messages', 'broadcast', 'rule', 'rules',
  'estimate', 'estimates', 'forecast', 'forecasts', 'question', 'questions', 'challenge', 'challenges', 'offer',
  'offers', 'reply', 'replies', 'state', 'states', 'counter', 'object', 'objects', 'protest', 'protests',
  'warning', 'warnings', 'welcome', 'attack', 'attacks', 'voice', 'voices', 'tweet', 'tweets', 'blog', 'blogs',
  'cry', 'cries', 'boom', 'snap', 'start', 'starts', 'finding', 'findings', 'ruling', 'rulings', 'saying',
  'sayings', 'writing', 'writings', 'statement', 'meeting', 'briefing', 'hearing', 'warning', 'guess',
  'wonder', 'sigh', 'joke', 'jokes', 'quip', 'quips', 'whisper', 'blast', 'slam', 'echo', 'echoes', 'credit',
  'blame', 'term', 'terms', 'label', 'labels', 'brand', 'brands', 'praise', 'thanks', 'record', 'defense',
  'test', 'plea', 'demand', 'demands', 'deny', 'email', 'stress', 'recall', 'recalls', 'continue',
]);

export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'every', 'each', 'no', 'any', 'some']);

/** Words after which a quotation is a scare quote: "the so-called 'peace plan'". */
export const SCARE_MARKERS = /(?:\bso[- ]called|\bwhat (?:is|are|was|were|has been|have been|had been|became|has become|have become|is being) (?:called|known as|dubbed|termed|described as|referred to as)|\b(?:known|referred to|described) as|\bthe (?:term|word|phrase|slogan|label|expression|moniker|nickname|notion|concept|idea) (?:of )?|\bnicknamed|\bdubbed|\bbilled as|\bbranded)\s*$/i;

/** Words before a quotation that make it a title of a work: 'a report titled "…"'. */
export const TITLE_MARKERS = /\b(?:titled|entitled|headlined|headed|captioned|subtitled)\s*(?:,\s*)?$/i;

/** Kinds of work whose names stand in quotation marks (AP style). */
export const WORK_NOUNS = new Set([
  'book', 'books', 'novel', 'memoir', 'memoirs', 'biography', 'show', 'series', 'program', 'programme',
  'podcast', 'film', 'movie', 'documentary', 'album', 'song', 'single', 'play', 'musical', 'opera', 'poem',
  'essay', 'article', 'column', 'op-ed', 'editorial', 'report', 'study', 'paper', 'document', 'declaration',
  'communique', 'communiqué', 'resolution', 'note', 'speech', 'lecture', 'exhibition', 'exhibit', 'painting',
  'operation', 'campaign', 'initiative', 'strategy', 'doctrine', 'manifesto', 'broadcast', 'episode', 'segment',
  'newsletter', 'blog', 'magazine', 'game', 'video', 'track', 'tour', 'slogan', 'hashtag', 'motto', 'bill',
]);

/** Vague sources: a quotation credited only to these is not credited to anyone the reader can weigh. */
export const VAGUE_SOURCE = /^(?:(?:some|many|several|a few|few|other|others|one|two|three)\s+)?(?:(?:unnamed|anonymous|unidentified)\s+)?(?:sources?|critics|observers|insiders|some|others|people|many|skeptics|sceptics|detractors|opponents|supporters)$/i;

/** Nouns that make a described source ("a senior official", "two diplomats", "the ministry"). */
export const SOURCE_NOUNS = new Set([
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'lawmaker', 'lawmakers', 'legislator',
  'legislators', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokespeople', 'analyst', 'analysts', 'expert', 'experts', 'resident', 'residents',
  'witness', 'witnesses', 'person', 'people', 'member', 'members', 'officer', 'officers', 'negotiator',
  'negotiators', 'critic', 'critics', 'observer', 'observers', 'insider', 'insiders', 'executive', 'executives',
  'employee', 'employees', 'worker', 'workers', 'soldier', 'soldiers', 'commander', 'commanders', 'politician',
  'politicians', 'minister', 'ministers', 'leader', 'leaders', 'activist', 'activists', 'protester',
  'protesters', 'voter', 'voters', 'economist', 'economists', 'investor', 'investors', 'trader', 'traders',
  'doctor', 'doctors', 'nurse', 'nurses', 'teacher', 'teachers', 'student', 'students', 'parent', 'parents',
  'ministry', 'government', 'kremlin', 'military', 'army', 'police', 'statement', 'report', 'group', 'company',
  'firm', 'bank', 'union', 'agency', 'office', 'department', 'party', 'council', 'committee', 'commission',
  'court', 'organisation', 'organization', 'alliance', 'coalition', 'forum', 'association', 'campaign',
  'embassy', 'administration', 'authorities', 'authority', 'club', 'team', 'family', 'families', 'declaration',
  'document', 'letter', 'some', 'others', 'many', 'mediators', 'delegation', 'delegations', 'side', 'sides',
  'house', 'palace', 'board', 'regulator', 'regulators', 'prosecutors', 'prosecutor', 'investigators',
  'investigator', 'researchers', 'researcher', 'scientist', 'scientists', 'authors', 'author', 'spokespeople',
  'representative', 'representatives', 'envoy', 'envoys', 'chief', 'head', 'director', 'manager', 'owner',
  'governor', 'mayor', 'president', 'chancellor', 'secretary', 'lawyer', 'lawyers', 'attorney', 'attorneys',
  'survivor', 'survivors', 'victim', 'victims', 'relative', 'relatives', 'neighbor', 'neighbors',
  'neighbour', 'neighbours', 'friend', 'friends', 'colleague', 'colleagues', 'fan', 'fans', 'user', 'users',
  'customer', 'customers', 'spokesmen', 'spokeswomen', 'ministries', 'governments', 'agencies', 'groups',
  'companies', 'unions', 'parties', 'militants', 'rebels', 'troops', 'forces', 'paper', 'study', 'survey',
  'poll', 'note', 'filing', 'lawsuit', 'complaint', 'memo', 'post', 'tweet', 'message', 'video',
]);
