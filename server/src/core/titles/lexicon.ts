// The words titles are made of in English news copy: the nouns a title ends with, the words that
// modify them, the markers that shift a title in time ("former", "then-"), courtesy titles that sit
// between a title and a name, and descriptions that are not titles at all ("the Ukrainian leader").
// Lower-case keys throughout.

/** Nouns a title ends with ("foreign minister", "secretary of state", "chief financial officer"). */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'secretary-general', 'chancellor', 'vice-chancellor',
  'premier', 'king', 'queen', 'emir', 'sultan', 'monarch', 'emperor', 'empress', 'pope',
  'prince', 'princess', 'mayor', 'governor', 'senator', 'congressman', 'congresswoman', 'speaker', 'chairman',
  'chairwoman', 'chair', 'chairperson', 'director', 'director-general', 'commissioner', 'ambassador', 'envoy',
  'adviser', 'advisor', 'aide', 'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'executive', 'officer',
  'head', 'general', 'admiral', 'commander', 'prosecutor', 'attorney', 'judge', 'justice', 'treasurer',
  'representative', 'member', 'councilman', 'councilwoman', 'councillor', 'councilor', 'engineer', 'manager',
  'economist', 'negotiator', 'lady', 'leader', 'superintendent', 'sheriff', 'comptroller', 'administrator',
  'coordinator', 'counsel', 'founder', 'co-founder', 'owner', 'deputy',
]);

/**
 * Heads that describe rather than name an office ("the Ukrainian leader", "the top diplomat"): a
 * writer varies them freely, so they are never compared or checked.
 */
export const DESCRIPTION_HEADS = new Set([
  'leader', 'official', 'diplomat', 'lawmaker', 'legislator', 'politician', 'aide', 'counterpart', 'colleague',
  'ally', 'rival', 'predecessor', 'successor', 'veteran', 'critic', 'owner', 'founder', 'co-founder',
]);

/** Words that shift a title in time: the title is not claimed for the article date. */
export const TIME_MARKERS = new Set([
  'former', 'ex', 'then', 'late', 'outgoing', 'incoming', 'elect', 'designate', 'future', 'would-be', 'nominee',
  'onetime', 'one-time', 'erstwhile', 'previous', 'longtime', 'caretaker', 'acting', 'interim', 'new', 'newly',
  'current', 'sitting', 'serving', 'next', 'potential', 'possible', 'prospective', 'presumptive', 'hypothetical',
]);

/** Markers after which the person need not hold the title on the article date. */
export const NOT_CURRENT = new Set([
  'former', 'ex', 'then', 'late', 'incoming', 'elect', 'designate', 'future', 'would-be', 'nominee', 'onetime',
  'one-time', 'erstwhile', 'previous', 'next', 'potential', 'possible', 'prospective', 'presumptive', 'hypothetical',
]);

/**
 * Heads of titles that say what a person is rather than which one office they hold: a rank, a
 * courtesy title, a seat in a legislature or on a bench, the chair of a body, membership. One person
 * carries them beside an office ("Maj. Gen. Ana Ruiz, a campaign adviser"; "Sen. Cole, the committee
 * chairman"; "House Speaker Paul Ryan, the convention chair"), so they never conflict with another
 * title; and two of them never conflict either.
 */
export const STANDING_HEADS = new Set([
  'senator', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'delegate',
  'assemblyman', 'assemblywoman', 'member', 'general', 'admiral', 'colonel', 'major', 'captain', 'lieutenant',
  'sergeant', 'corporal', 'marshal', 'commander', 'brigadier', 'justice', 'judge', 'doctor', 'professor',
  'reverend', 'father', 'sheikh', 'prince', 'princess', 'chair', 'chairman', 'chairwoman', 'chairperson',
  'vice-chair', 'co-chair', 'founder', 'co-founder', 'owner', 'partner', 'fellow', 'trustee',
]);

/** Titles that name a person by their relation to someone else ("first lady", "his wife"): someone else of the same surname holds the other title. */
export const RELATIONAL_TITLES = /^(?:first (?:lady|gentleman)|(?:his |her )?(?:wife|husband|widow|widower|son|daughter|brother|sister|father|mother|spouse))$/i;

/** Courtesy titles and ranks written between a title and a name ("Foreign Minister Prince Faisal"). */
export const HONORIFICS = new Set([
  'prince', 'princess', 'sheikh', 'sheikha', 'sir', 'dame', 'lord', 'lady', 'mr', 'mrs', 'ms', 'miss', 'dr',
  'mx', 'ayatollah', 'rabbi', 'imam', 'archbishop', 'cardinal', 'rev', 'father',
]);

/** Words that may stand inside a title without being its head ("deputy", "foreign", "national security"). */
export const TITLE_MODIFIERS = new Set([
  'vice', 'deputy', 'first', 'second', 'assistant', 'under', 'junior', 'associate', 'co', 'senior', 'chief',
  'prime', 'foreign', 'defence', 'defense', 'interior', 'home', 'finance', 'financial', 'economy', 'economic',
  'economics', 'trade', 'energy', 'health', 'justice', 'education', 'treasury', 'state', 'national', 'security',
  'intelligence', 'military', 'army', 'navy', 'naval', 'air', 'force', 'war', 'labour', 'labor', 'culture',
  'environment', 'agriculture', 'transport', 'transportation', 'commerce', 'industry', 'digital', 'european',
  'special', 'presidential', 'press', 'executive', 'operating', 'technology', 'information', 'communications',
  'policy', 'foreign-policy', 'high', 'supreme', 'crown', 'grand', 'federal', 'city', 'county', 'district',
  'regional', 'local', 'council', 'board', 'party', 'union', 'opposition', 'parliament', 'parliamentary',
  'house', 'senate', 'majority', 'minority', 'white', 'commission', 'general', 'attorney', 'top', 'lead',
  'managing', 'staff', 'cabinet', 'development', 'international', 'affairs', 'external', 'veterans', 'emergency',
  'public', 'works', 'police', 'fire', 'school', 'schools', 'water', 'planning', 'budget', 'treasury',
  'infrastructure', 'housing', 'science', 'research', 'sports', 'tourism', 'migration', 'immigration',
  'climate', 'social', 'family', 'women', 'youth', 'legal', 'medical', 'investment', 'strategy', 'marketing',
  'sales', 'product', 'human', 'resources', 'risk', 'credit', 'compliance', 'mission', 'peace', 'middle',
  'east', 'ukraine', 'russia', 'africa', 'asia', 'americas', 'europe', 'middle-east', 'hostage', 'hostages',
  'arms', 'nuclear', 'space', 'cyber', 'trade', 'customs', 'revenue', 'tax', 'central', 'bank', 'reserve',
  'armed', 'forces', 'defense-policy', 'sovereign',
  // Words of the US departments' names (Homeland Security, Health and Human Services, Housing and Urban Development).
  'homeland', 'services', 'urban', 'hhs', 'hud', 'dhs',
]);

/** Words that join the parts of a title ("Secretary of State", "Minister for Foreign Affairs"). */
export const TITLE_CONNECTORS = new Set(['of', 'for', 'the', 'and']);

/**
 * Words a title may drop when written more briefly ("the minister" for the foreign minister) but not
 * these: dropping "deputy" or "vice" names another office ("Prime Minister" is not "Deputy Prime Minister").
 */
export const RANK_WORDS = new Set(['deputy', 'vice', 'first', 'second', 'assistant', 'under', 'junior', 'associate', 'co', 'lieutenant']);

/** Words ignored when comparing two titles ("Federal Chancellor" is "Chancellor"; "of", "the"). */
export const IGNORED_IN_COMPARISON = new Set(['of', 'the', 'for', 'and', 'to', 'affairs', 'relations', 'federal', 'a', 'an']);

/** Spellings of one word, folded to one form for comparison. */
export const WORD_FOLDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  defense: ['defence'],
  advisor: ['adviser'],
  spokesman: ['spokesperson'],
  spokeswoman: ['spokesperson'],
  chairman: ['chair'],
  chairwoman: ['chair'],
  chairperson: ['chair'],
  councilman: ['council', 'member'],
  councilwoman: ['council', 'member'],
  councillor: ['council', 'member'],
  councilor: ['council', 'member'],
  congressman: ['representative'],
  congresswoman: ['representative'],
  premier: ['prime', 'minister'],
  ceo: ['chief', 'executive', 'officer'],
  cfo: ['chief', 'financial', 'officer'],
  coo: ['chief', 'operating', 'officer'],
  cto: ['chief', 'technology', 'officer'],
  organization: ['organisation'],
  external: ['foreign'],
}));

/** Abbreviated titles written before a name ("Gov.", "Sen."), with the title they stand for. */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', adm: 'admiral', lt: 'lieutenant',
  col: 'colonel', maj: 'major', capt: 'captain', sgt: 'sergeant', supt: 'superintendent', pres: 'president',
  ceo: 'ceo', cfo: 'cfo', coo: 'coo', cto: 'cto',
}));

/**
 * Words that end a title phrase standing alone in the subject of a sentence: it is followed by a
 * verb ("the foreign minister acknowledged", "the mayor has said").
 */
export const AUXILIARIES = new Set([
  'also', 'later', 'then', 'again', 'further', 'quickly', 'has', 'had', 'have', 'will', 'would', 'was', 'is',
  'did', 'does', 'could', 'can', 'may', 'might', 'must', 'should', 'himself', 'herself', 'previously', 'earlier',
  'had', 'repeatedly', 'told', 'insisted', 'once',
]);

/** Function words that can never be part of a title. */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'by', 'with', 'to', 'from', 'in', 'on', 'at', 'as', 'into', 'between',
  'said', 'says', 'told', 'when', 'while', 'after', 'before', 'since', 'that', 'this', 'these', 'those', 'who',
  'whom', 'whose', 'which', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'he', 'she', 'it', 'they', 'we',
  'i', 'you', 'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'had', 'have', 'not', 'no', 'if', 'so',
  'than', 'then', 'also', 'about', 'against', 'over', 'under', 'during', 'without', 'within', 'among', 'like',
  'including', 'according', 'joined', 'met', 'meet', 'called', 'named', 'asked', 'urged', 'where', 'why', 'how',
  'what', 'all', 'both', 'each', 'every', 'some', 'many', 'most', 'more', 'other', 'another', 'such', 'only',
  'even', 'just', 'still', 'now', 'once', 'its', 'us', 'him', 'them', 'me', 'because', 'although', 'though',
  'whether', 'via', 'per', 'toward', 'towards', 'upon', 'through', 'across', 'behind', 'beyond', 'near',
]);
