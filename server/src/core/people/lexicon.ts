// Word lists behind the people layer: what a person's title, a courtesy title, a name particle, an
// organisation or a place looks like in English news copy. Lower-case keys throughout.

/** Words that make up titles before or after a name ("US Secretary of State", "national security adviser"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'vice-president', 'prime', 'minister', 'secretary', 'secretary-general', 'chancellor',
  'vice-chancellor', 'chief', 'executive', 'financial', 'operating', 'officer', 'mayor', 'deputy', 'governor',
  'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'general', 'gen', 'admiral',
  'colonel', 'col', 'lt', 'lieutenant', 'captain', 'capt', 'sergeant', 'sgt', 'major', 'maj', 'judge', 'justice',
  'ambassador', 'envoy', 'special', 'adviser', 'advisor', 'aide', 'spokesman', 'spokeswoman', 'spokesperson',
  'king', 'queen', 'prince', 'princess', 'crown', 'sheikh', 'emir', 'sultan', 'pope', 'cardinal', 'bishop',
  'archbishop', 'rabbi', 'imam', 'professor', 'prof', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'director', 'commissioner', 'councilman', 'councilwoman', 'councillor', 'councilor', 'council', 'member',
  'speaker', 'leader', 'head', 'attorney', 'commander', 'marshal', 'premier', 'high', 'first', 'lady',
  'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'economic', 'energy', 'health', 'trade',
  'justice', 'education', 'treasury', 'state', 'national', 'security', 'policy', 'army', 'navy', 'air', 'force',
  'war', 'home', 'affairs', 'of', 'for', 'the', 'acting', 'interim', 'former', 'then', 'senior', 'top',
  'lead', 'chief-of-staff', 'staff', 'press', 'intelligence', 'military', 'city', 'engineer', 'manager',
  'governing', 'founder', 'co-founder', 'co-leader', 'analyst', 'economist', 'strategist', 'negotiator',
  'lawmaker', 'legislator', 'mp', 'mep', 'delegate', 'coach', 'owner', 'partner', 'superintendent',
  'inspector', 'detective', 'officer', 'sheriff', 'chief', 'dean', 'provost', 'principal', 'editor',
  'correspondent', 'reporter', 'columnist', 'anchor', 'host', 'producer', 'agent', 'auditor', 'clerk',
  'treasurer', 'comptroller', 'controller', 'administrator', 'coordinator', 'counsel', 'lawyer',
  'prosecutor', 'solicitor', 'barrister', 'planner', 'architect', 'scientist', 'researcher', 'fellow',
  'assistant', 'associate', 'vice-chair', 'ceo', 'cfo', 'coo', 'cto', 'foreign-policy', 'parliamentary',
  'opposition', 'party', 'union', 'local', 'regional', 'federal', 'county', 'district', 'board', 'mr', 'mrs',
  'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'baroness', 'baron', 'duke', 'duchess', 'emperor', 'empress',
]);

/** The nouns a title ends with: what "the ___ said" can name ("the mayor", "the secretary of state"). */
export const TITLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'secretary-general', 'chancellor', 'vice-chancellor', 'mayor', 'governor',
  'senator', 'congressman', 'congresswoman', 'general', 'admiral', 'colonel', 'captain', 'judge', 'justice',
  'ambassador', 'envoy', 'adviser', 'advisor', 'aide', 'spokesman', 'spokeswoman', 'spokesperson', 'king',
  'queen', 'prince', 'princess', 'sheikh', 'emir', 'sultan', 'pope', 'cardinal', 'bishop', 'archbishop',
  'professor', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'commissioner', 'councilman',
  'councilwoman', 'councillor', 'councilor', 'speaker', 'leader', 'head', 'attorney', 'commander', 'marshal',
  'premier', 'chief', 'executive', 'officer', 'engineer', 'manager', 'founder', 'co-founder', 'co-leader',
  'analyst', 'economist', 'strategist', 'negotiator', 'lawmaker', 'legislator', 'delegate', 'coach', 'owner',
  'superintendent', 'inspector', 'detective', 'sheriff', 'dean', 'provost', 'principal', 'editor', 'treasurer',
  'comptroller', 'administrator', 'coordinator', 'counsel', 'prosecutor', 'ceo', 'cfo', 'coo', 'cto',
  'member', 'lady', 'representative', 'emperor', 'empress',
]);

/** Courtesy titles and ranks that give a person's pronoun. */
export const HONORIFIC_PRONOUN: ReadonlyMap<string, 'he' | 'she'> = new Map(Object.entries({
  mr: 'he', sir: 'he', lord: 'he', king: 'he', prince: 'he', baron: 'he', duke: 'he', emperor: 'he',
  sheikh: 'he', emir: 'he', sultan: 'he', pope: 'he', congressman: 'he', councilman: 'he', chairman: 'he',
  spokesman: 'he', father: 'he', son: 'he', brother: 'he', husband: 'he', uncle: 'he', grandfather: 'he', nephew: 'he',
  mrs: 'she', ms: 'she', miss: 'she', dame: 'she', lady: 'she', queen: 'she', princess: 'she', baroness: 'she',
  duchess: 'she', empress: 'she', congresswoman: 'she', councilwoman: 'she', chairwoman: 'she',
  spokeswoman: 'she', mother: 'she', daughter: 'she', sister: 'she', wife: 'she', aunt: 'she',
  grandmother: 'she', niece: 'she', widow: 'she',
} as const));

/** Relatives: "his wife, Olena Zelenska" introduces a person. */
export const RELATIVES = new Set([
  'father', 'mother', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'uncle', 'aunt', 'cousin',
  'grandfather', 'grandmother', 'nephew', 'niece', 'widow', 'partner', 'spouse',
]);

/** Name suffixes: "Charles III", "Martin Luther King Jr." */
export const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);

/**
 * Capitalised words that end the name of a place, a building, an organisation or a work rather than
 * a person ("Lancaster House", "Northgate Securities", "Hostages and Missing Families Forum").
 */
export const NON_PERSON_HEADS = new Set([
  'house', 'palace', 'base', 'street', 'road', 'avenue', 'square', 'bridge', 'building', 'center', 'centre',
  'hall', 'tower', 'airport', 'port', 'station', 'park', 'river', 'lake', 'sea', 'ocean', 'mountain', 'mountains',
  'valley', 'falls', 'city', 'county', 'province', 'region', 'state', 'states', 'republic', 'kingdom', 'island',
  'islands', 'strait', 'gulf', 'bay', 'coast', 'desert', 'forest', 'district', 'oblast', 'council', 'parliament',
  'assembly', 'congress', 'senate', 'court', 'commission', 'committee', 'ministry', 'department', 'office',
  'agency', 'bureau', 'service', 'services', 'forum', 'group', 'union', 'party', 'alliance', 'coalition',
  'association', 'federation', 'foundation', 'institute', 'institution', 'university', 'college', 'school',
  'academy', 'hospital', 'clinic', 'bank', 'bancorp', 'securities', 'capital', 'partners', 'holdings', 'logistics',
  'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'co', 'group', 'industries',
  'motors', 'airlines', 'airways', 'energy', 'systems', 'technologies', 'labs', 'media', 'news', 'times', 'post',
  'journal', 'herald', 'tribune', 'gazette', 'review', 'television', 'radio', 'network', 'channel', 'press',
  'summit', 'declaration', 'treaty', 'agreement', 'accord', 'accords', 'plan', 'act', 'bill', 'law', 'day',
  'week', 'war', 'army', 'navy', 'force', 'forces', 'guard', 'police', 'church', 'cathedral', 'mosque', 'temple',
  'museum', 'library', 'stadium', 'arena', 'theatre', 'theater', 'hotel', 'club', 'team', 'league', 'cup',
  'games', 'olympics', 'championship', 'festival', 'prize', 'award', 'awards', 'fund', 'trust', 'council',
  'chamber', 'exchange', 'market', 'markets', 'reserve', 'board', 'authority', 'administration', 'government',
  'cabinet', 'rada', 'duma', 'knesset', 'bundestag', 'secretariat', 'mission', 'embassy', 'consulate',
  'operation', 'initiative', 'program', 'programme', 'project', 'conference', 'talks', 'election', 'elections',
  'crisis', 'peninsula', 'canal', 'highway', 'boulevard', 'lane', 'drive', 'way', 'plaza', 'field', 'fields',
  'heights', 'hills', 'springs', 'harbor', 'harbour', 'beach', 'point', 'strip', 'bank', 'front', 'line',
  'organization', 'organisation', 'network', 'movement', 'brigade', 'battalion', 'regiment', 'division',
  'corps', 'command', 'fleet', 'mall', 'store', 'stores', 'restaurant', 'cafe', 'brands', 'foods', 'pharma',
  'pharmaceuticals', 'health', 'care', 'insurance', 'airline', 'rail', 'railway', 'railways', 'transit',
]);

/** Capitalised words that start a sentence or a heading but never a person's name. */
export const COMMON_CAPITALISED = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'in', 'on', 'at', 'to', 'of', 'by', 'with',
  'from', 'into', 'onto', 'about', 'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where',
  'why', 'how', 'what', 'which', 'who', 'whom', 'whose', 'that', 'this', 'these', 'those', 'there', 'here',
  'if', 'although', 'though', 'because', 'as', 'than', 'then', 'now', 'once', 'also', 'still', 'even', 'only',
  'just', 'not', 'no', 'yes', 'all', 'some', 'many', 'most', 'more', 'much', 'few', 'several', 'each', 'every',
  'both', 'either', 'neither', 'other', 'another', 'such', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'his',
  'her', 'its', 'our', 'their', 'my', 'your', 'him', 'them', 'us', 'me', 'regarding', 'according', 'asked',
  'under', 'over', 'between', 'among', 'against', 'without', 'within', 'through', 'across', 'despite',
  'instead', 'meanwhile', 'however', 'moreover', 'earlier', 'later', 'today', 'yesterday', 'tomorrow',
  'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'last',
  'next', 'first', 'second', 'third', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'residents', 'officials', 'critics', 'analysts', 'people', 'lawmakers', 'leaders', 'allies',
  'negotiators', 'crowds', 'drones', 'questions', 'under', 'unlike', 'like', 'amid', 'along', 'around',
  'toward', 'towards', 'upon', 'via', 'per', 'whether', 'unless', 'whatever', 'whoever', 'whenever',
  'breaking', 'update', 'updated', 'editor', 'note', 'photo', 'video', 'watch', 'read', 'live', 'opinion',
  'analysis', 'exclusive', 'report', 'new', 'old', 'big', 'former', 'then', 'late', 'senior', 'top', 'chief',
]);

export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'he' | 'she'> = new Map([['he', 'he'], ['she', 'she']]);
export const OTHER_PRONOUNS: ReadonlyMap<string, 'he' | 'she'> = new Map([['him', 'he'], ['his', 'he'], ['himself', 'he'], ['her', 'she'], ['hers', 'she'], ['herself', 'she']]);
