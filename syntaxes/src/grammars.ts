// The TextMate grammars that make a draft's quotations, attributions and datelines stand out:
// an injection into Markdown and the grammar of the "News draft" language. Both are built here from
// the same rules so they cannot drift; `npm run grammars` writes them to syntaxes/*.json, and a test
// fails when the committed files differ from what this module builds.
//
// The quotation-mark rules mirror the analysis core (server/src/core/quotes/quotations.ts): the
// same characters may stand before an opening mark, a straight mark opens or closes by the space
// around it, a quotation holds quotations of another family (“ ‘ ’ ”, ‘ “ ” ’, « “ ” », „ ‚ ‘ “)
// and ends one inside it left open, and a second opening mark of its own family ends it (it was
// never closed), so one stray mark never inverts the rest of a paragraph.

/** A piece of a regular expression: raw Oniguruma source, a captured piece, or a sequence. */
export type Part = string | Capture | readonly Part[];

export interface Capture {
  scope: string;
  parts: readonly Part[];
}

export function cap(scope: string, ...parts: Part[]): Capture {
  return { scope, parts };
}

export interface Compiled {
  source: string;
  captures: Record<string, { name: string }>;
}

/** An unescaped `(` outside a character class that is not `(?`: a capturing group. */
function hasCapturingGroup(raw: string): boolean {
  let inClass = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      if (raw[i + 1] === ']' || raw[i + 1] === '^') i++;
    } else if (c === '(' && raw[i + 1] !== '?') {
      return true;
    }
  }
  return false;
}

/** Joins the parts into one pattern, numbering the captures in the order their groups open. */
export function compile(...parts: Part[]): Compiled {
  const captures: Record<string, { name: string }> = {};
  let next = 1;
  const emit = (part: Part): string => {
    if (typeof part === 'string') {
      if (hasCapturingGroup(part)) throw new Error(`raw pattern piece has a capturing group: ${part}`);
      return part;
    }
    if (Array.isArray(part)) return (part as readonly Part[]).map(emit).join('');
    const capture = part as Capture;
    const index = next++;
    captures[String(index)] = { name: capture.scope };
    return `(${capture.parts.map(emit).join('')})`;
  };
  return { source: parts.map(emit).join(''), captures };
}

const alt = (...options: Part[]): Part[] => {
  const out: Part[] = ['(?:'];
  options.forEach((option, i) => out.push(...(i ? ['|', option] : [option])));
  out.push(')');
  return out;
};
const words = (list: readonly string[]): string =>
  `(?:${[...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})`;

// ---------------------------------------------------------------------------------------------
// Scopes. Standard TextMate names first, so every common theme colours them; `.copydesk` last, so
// a user can target Copydesk's tokens alone (editor.tokenColorCustomizations).

export const SCOPES = {
  quotation: (kind: 'double' | 'single', style: string) => `string.quoted.${kind}.${style}.copydesk`,
  open: 'punctuation.definition.string.begin.copydesk',
  close: 'punctuation.definition.string.end.copydesk',
  attribution: 'meta.attribution.copydesk',
  speaker: 'entity.name.function.speaker.copydesk',
  verb: 'keyword.other.attribution.copydesk',
  dateline: 'meta.dateline.copydesk',
  datelineText: 'markup.heading.dateline.copydesk',
  datelineDash: 'punctuation.separator.dateline.copydesk',
} as const;

// ---------------------------------------------------------------------------------------------
// Attribution: a speaker and a reporting verb next to a quotation (newsroom-conventions.md).

/** Reporting verbs in the forms that attribute a quotation. Third-person forms that are also common
 * nouns (notes, claims, remarks, states, posts, demands, promises) are left out: after a quotation,
 * "the ministry's demands" is not an attribution. */
export const REPORTING_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'add', 'adds', 'added', 'adding',
  'tell', 'tells', 'told', 'telling',
  'explain', 'explains', 'explained', 'explaining',
  'note', 'noted', 'noting',
  'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging',
  'reveal', 'reveals', 'revealed', 'revealing',
  'ask', 'asks', 'asked', 'asking',
  'reply', 'replies', 'replied', 'replying',
  'respond', 'responds', 'responded', 'responding',
  'answered',
  'insist', 'insists', 'insisted', 'insisting',
  'warn', 'warns', 'warned', 'warning',
  'stress', 'stresses', 'stressed', 'stressing',
  'emphasize', 'emphasizes', 'emphasized', 'emphasizing',
  'emphasise', 'emphasises', 'emphasised', 'emphasising',
  'argue', 'argues', 'argued', 'arguing',
  'claimed', 'claiming',
  'write', 'writes', 'wrote', 'written', 'writing',
  'posted', 'posting',
  'tweeted', 'tweeting',
  'recall', 'recalls', 'recalled', 'recalling',
  'continue', 'continues', 'continued', 'continuing',
  'go on', 'goes on', 'went on', 'gone on', 'going on',
  'concede', 'concedes', 'conceded', 'conceding',
  'admit', 'admits', 'admitted', 'admitting',
  'urge', 'urges', 'urged', 'urging',
  'declare', 'declares', 'declared', 'declaring',
  'announce', 'announces', 'announced', 'announcing',
  'caution', 'cautions', 'cautioned', 'cautioning',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'stated', 'stating',
  'confirm', 'confirms', 'confirmed', 'confirming',
  'remarked', 'observed', 'commented',
  'predict', 'predicts', 'predicted', 'predicting',
  'promised', 'pledged', 'vowed',
  'complain', 'complains', 'complained', 'complaining',
  'countered', 'retorted', 'quipped', 'joked', 'shouted',
  'reiterate', 'reiterates', 'reiterated', 'reiterating',
  'testify', 'testifies', 'testified', 'testifying',
  'maintain', 'maintains', 'maintained',
  'contend', 'contends', 'contended',
  'conclude', 'concludes', 'concluded',
  'recounted', 'wondered', 'agreed', 'demanded', 'underscored', 'underlined',
];

/** Participles that carry an attribution on from the sentence before: `…, adding: "…"`. */
const PARTICIPLES = REPORTING_VERBS.filter((verb) => /ing$/.test(verb) && !/^go/.test(verb));

const WORD_END = '(?![\\p{L}\\p{N}\\p{M}])';
const VERB = `(?i:${words(REPORTING_VERBS)})${WORD_END}`;
const PARTICIPLE = `(?i:${words(PARTICIPLES)})${WORD_END}`;
const ACCORDING_TO = `(?i:according\\s+to)${WORD_END}`;

const PRONOUN_END = "(?![\\p{L}\\p{N}'’\\-])";
const PRONOUN = `(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|[Yy]ou)${PRONOUN_END}`;
/** After a closing mark, a capitalised pronoun that follows a full stop inside the quotation starts
 * a new sentence (`…businesslike." He said no date was set`): not this quotation's attribution. */
const PRONOUN_AFTER = `(?:(?:he|she|they|it|we|I|you)|(?<![.!?…]["”»][ \\t])(?:He|She|They|It|We|You))${PRONOUN_END}`;
/** One word of a name: `Rubio`, `Zelenskyy`, `O'Brien`, `Ukraine's`, `al-Rishq`, `J.D.`. */
const NAME_WORD =
  '(?:(?:\\p{Lu}\\.){1,3}(?!\\p{L})|(?:(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu)-)?\\p{Lu}[\\p{L}\\p{M}]*(?:[\'’\\-]\\p{L}[\\p{L}\\p{M}]*)*)';
/** Lower-case words inside a name or a title before it: von der Leyen, Secretary of State Rubio. */
const NAME_PARTICLE = '(?:von|van|der|den|de|del|della|des|da|di|du|dos|la|le|bin|ibn|abu|al|of|and|y)';
/** Capitalised words that start sentences rather than names. */
const NOT_A_NAME =
  `(?!(?:He|She|They|It|We|I|You|In|On|At|By|For|From|With|But|And|Or|So|Yet|When|While|After|Before|As|If|Then|Later|Earlier|Asked|Speaking|Meanwhile|However|Also|This|That|These|Those|There|Here|Now|Today|Yesterday|Still|Instead)${WORD_END})`;
const NAME = `${NOT_A_NAME}${NAME_WORD}(?:[ \\t]+(?:${NAME_PARTICLE}[ \\t]+){0,2}${NAME_WORD}){0,5}`;
/** Words a described speaker cannot contain: they would make it a clause, not a noun phrase. */
const BETWEEN_WORDS = 'also|later|then|earlier|previously|again|once|further|repeatedly|simply|only|publicly|privately|recently|separately|often|has|had|have|would|will';
const NOT_IN_DESCRIPTION =
  `(?!(?:${BETWEEN_WORDS}|was|were|is|are|be|been|being|could|should|may|might|must|can|cannot|did|does|do|not|who|whom|whose|which|that|when|while|after|before|because|if|and|but|or)${WORD_END})`;
const DESCRIPTION_WORD = `${NOT_IN_DESCRIPTION}(?:(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’\\-]*)`;
/** A described speaker: the ministry, a senior official, the US secretary of state. */
const DESCRIPTION =
  `(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \\t]+(?:${DESCRIPTION_WORD}[ \\t]+){0,5}${DESCRIPTION_WORD}`;
const SPEAKER = `(?:${PRONOUN}|${DESCRIPTION}|${NAME})`;
const SPEAKER_AFTER = `(?:${PRONOUN_AFTER}|${DESCRIPTION}|${NAME})`;
/** Words that may stand between the speaker and the verb: "Rubio also said", "he has repeatedly said". */
const BETWEEN = `(?:[ \\t]+(?:${BETWEEN_WORDS})${WORD_END})`;

/** An attribution after a closing mark: `," Rubio said`, `," said Rubio`, `", according to Rubio`. */
const ATTRIBUTION_AFTER: Part = cap(SCOPES.attribution,
  '[,]?[ \\t]+',
  alt(
    [cap(SCOPES.speaker, SPEAKER_AFTER), `${BETWEEN}{0,2}[ \\t]+`, cap(SCOPES.verb, VERB)],
    [cap(SCOPES.verb, VERB), '[ \\t]+', cap(SCOPES.speaker, SPEAKER)],
    [cap(SCOPES.verb, ACCORDING_TO), '[ \\t]+', cap(SCOPES.speaker, SPEAKER)],
  ),
);

/** What may sit between a reporting verb and the quotation it introduces: "told CBS that", "wrote on X:". */
const LEAD_IN_WORD = '[^\\s"“”„«»‘’\'`\\[\\]<>*_.!?;:,]+';
const LEAD_IN = `(?:[ \\t]+${LEAD_IN_WORD}){0,8}?(?:[ \\t]*[:,]|[ \\t]+that)?[ \\t]*`;

/** An attribution before an opening mark: `Rubio said: "`, `Rubio told CBS that "`, `According to Rubio, "`. */
const ATTRIBUTION_BEFORE: Part = [
  '(?:',
  alt(
    [cap(SCOPES.attribution, cap(SCOPES.speaker, SPEAKER), `${BETWEEN}{0,2}[ \\t]+`, cap(SCOPES.verb, VERB)), LEAD_IN],
    [cap(SCOPES.attribution, cap(SCOPES.verb, ACCORDING_TO), '[ \\t]+', cap(SCOPES.speaker, SPEAKER)), '[ \\t]*,[ \\t]*'],
    // "…, adding: "…"": the participle right before the colon, comma or "that".
    [cap(SCOPES.attribution, cap(SCOPES.verb, PARTICIPLE)), '(?:[ \\t]*[:,]|[ \\t]+that)[ \\t]*'],
  ),
  ')?',
];

// ---------------------------------------------------------------------------------------------
// Quotation marks. The characters that may stand right before an opening mark are the core's.

const OPENS_AFTER = '\\s(\\[{—–/\'‘’"“„«';
/** A straight mark that opens: a space (or line start) before it, or a word right after it. */
const STRAIGHT_OPENS = `(?:(?<![^${OPENS_AFTER}])"|"(?=[\\p{L}\\p{N}]))`;
/** Inside a quotation, a straight mark closes unless it has a space before and a word after. */
const STRAIGHT_CLOSES = `(?:(?<=[^${OPENS_AFTER}])"|"(?=\\s|$))`;
/** ...and one with a space before and a word after opens a new quotation (the last was never closed). */
const STRAIGHT_REOPENS = `(?<![^${OPENS_AFTER}])"(?![\\s]|$)`;

type DoubleName = 'straight' | 'curly' | 'low' | 'guillemet' | 'guillemet-reversed';

interface DoubleStyle {
  name: DoubleName;
  style: 'straight' | 'curly' | 'low' | 'guillemet';
  opens: string;
  /** Its closing mark. */
  closes: string;
  /** Closing marks of another style that still close it when no quotation around it claims them (a "…” mix-up). */
  mixups: string;
  /** Opening marks of its own family: the quotation was never closed, a new one starts. */
  reopens: string;
  /** The double quotations it may hold (the core's nesting by family): European « “ ” », „ « » “. */
  holds: DoubleName[];
}

/** A “ or « that cannot open: no space before it, or no word after it. */
const closingCurly = (mark: string) => `(?:(?<=[^${OPENS_AFTER}])${mark}|${mark}(?![\\p{L}\\p{N}]))`;

const DOUBLE_STYLES: DoubleStyle[] = [
  { name: 'straight', style: 'straight', opens: STRAIGHT_OPENS, closes: STRAIGHT_CLOSES, mixups: '[”»]', reopens: `(?:“|${STRAIGHT_REOPENS})`, holds: ['guillemet', 'low'] },
  { name: 'curly', style: 'curly', opens: '“', closes: '”', mixups: `(?:»|${STRAIGHT_CLOSES})`, reopens: `(?:“|${STRAIGHT_REOPENS})`, holds: ['guillemet', 'low'] },
  // „…“ (German) and „…” (Polish): a “ closes unless it opens a quotation inside.
  { name: 'low', style: 'low', opens: '„', closes: `(?:${closingCurly('“')}|”)`, mixups: STRAIGHT_CLOSES, reopens: '„', holds: ['curly', 'guillemet'] },
  { name: 'guillemet', style: 'guillemet', opens: '«', closes: '»', mixups: `(?:”|${STRAIGHT_CLOSES})`, reopens: '«', holds: ['curly', 'low', 'straight'] },
  // German order, »…«: a » right before a word opens.
  { name: 'guillemet-reversed', style: 'guillemet', opens: '»(?=[\\p{L}\\p{N}‚‹\'])', closes: closingCurly('«'), mixups: `(?:»|${STRAIGHT_CLOSES})`, reopens: '»(?=[\\p{L}\\p{N}])', holds: ['curly', 'low', 'straight'] },
];

const doubleStyle = (name: DoubleName): DoubleStyle => DOUBLE_STYLES.find((style) => style.name === name)!;

// Single marks inside a double quotation (US style nesting; British style further down), never as
// apostrophes: `Zelenskyy's` and `don't` (a letter before), `'90s` (a digit after), `rock 'n' roll`,
// `'tis`, and `Hamas'` (a letter before, so it never opens).
const SINGLE_OPENS_AFTER = '\\s(\\[{—–/"“„«»';
const ELISION = `(?i:n['’]|n${WORD_END}|em|tis|twas|til|cause|bout|round|cos|kay|cept|fraid|neath|gainst|nother|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)${WORD_END}`;

interface SingleStyle {
  style: 'straight' | 'curly' | 'low' | 'guillemet';
  opens: string;
  closes: string;
  /** French guillemets take a space inside (‹ trahison ›); the other marks hug the words. */
  spaced?: boolean;
}

const SINGLE_STYLES: SingleStyle[] = [
  { style: 'straight', opens: "'", closes: "['’]" },
  { style: 'curly', opens: '‘', closes: "[’']" },
  { style: 'low', opens: '‚', closes: '[‘’]' },
  { style: 'guillemet', opens: '‹', closes: '›', spaced: true },
];

function singleQuotation(style: SingleStyle): Record<string, unknown> {
  const scope = SCOPES.quotation('single', style.style);
  const compiled = compile(
    cap(scope,
      `(?<![^${SINGLE_OPENS_AFTER}])`,
      cap(SCOPES.open, style.opens),
      style.spaced ? '(?=[^\\n]*?\\S)' : `(?!${ELISION}|\\p{N}|\\s)`,
      '[^"“”„«»]*?',
      style.spaced ? '' : `(?<=[^\\s${style.opens}])`,
      cap(SCOPES.close, style.closes),
      '(?![\\p{L}\\p{N}])',
    ),
  );
  return { match: compiled.source, captures: compiled.captures };
}

// British style: single marks outside, double ones inside (‘… “…” …’). Outside a double quotation a
// single mark opens a quotation only when its closing mark follows on the line, at the end of a
// word: after punctuation, or before anything but a lower-case word after a plural (players’ union
// and Hamas’ leaders are possessives), and never the second mark of rock ’n’ roll.
const OUTER_SINGLE_OPENS_AFTER = '\\s(\\[{—–/';

interface OuterSingleStyle {
  style: 'straight' | 'curly';
  opens: string;
  closes: string;
}

function outerSingleStyle(style: 'straight' | 'curly'): OuterSingleStyle {
  const mark = style === 'curly' ? '‘' : "'";
  const closer = style === 'curly' ? "[’']" : "['’]";
  const closes = `(?<![\\s${mark}])(?<!\\s['‘’]n)${closer}(?![\\p{L}\\p{N}])(?!(?<=[sS]${closer})[ \\t]+[\\p{Ll}'‘"“])`;
  return { style, opens: `(?<![^${OUTER_SINGLE_OPENS_AFTER}])${mark}(?!${ELISION}|\\p{N}|\\s)(?=[^\\n]*?${closes})`, closes };
}

const OUTER_SINGLE_STYLES: OuterSingleStyle[] = [outerSingleStyle('curly'), outerSingleStyle('straight')];

type Host = 'markdown' | 'draft';

function doubleQuotation(style: DoubleStyle, host: Host, outerCloses?: string): Record<string, unknown> {
  const scope = SCOPES.quotation('double', style.style);
  // Outermost, an attribution may stand before and after it; inside another quotation, the other
  // quotation's closing mark ends it too (it was never closed).
  const begin = compile(...(outerCloses ? [] : [ATTRIBUTION_BEFORE]), cap(`${scope} ${SCOPES.open}`, style.opens));
  // As in the core: its own closing mark, else one that closes the quotation around it, else a mix-up.
  const closing = cap(`${scope} ${SCOPES.close}`, outerCloses ? style.closes : `(?:${style.closes}|${style.mixups})`);
  const end = compile(
    alt(
      [closing, ...(outerCloses ? [] : [ATTRIBUTION_AFTER, '?'])],
      ...(outerCloses ? [`(?=${outerCloses})`, cap(`${scope} ${SCOPES.close}`, style.mixups)] : []),
      `(?=${style.reopens})`,
      // A paragraph ends the quotation: in Markdown the paragraph rule already does this.
      ...(host === 'draft' ? ['^(?=[ \\t]*$)'] : []),
    ),
  );
  const patterns: Array<Record<string, unknown>> = [{ include: '#nested-quotation' }];
  if (!outerCloses) patterns.push(...style.holds.map((name) => doubleQuotation(doubleStyle(name), host, style.closes)));
  // Inside a Markdown quotation, emphasis, links and inline code keep their own highlighting, and
  // a mark inside inline code never ends the quotation.
  if (host === 'markdown') patterns.push({ include: 'text.html.markdown#inline' });
  return {
    begin: begin.source,
    beginCaptures: begin.captures,
    end: end.source,
    endCaptures: end.captures,
    contentName: scope,
    patterns,
  };
}

/** A quotation in single marks outside any double one, holding double quotations (British style). */
function outerSingleQuotation(style: OuterSingleStyle, host: Host): Record<string, unknown> {
  const scope = SCOPES.quotation('single', style.style);
  const begin = compile(ATTRIBUTION_BEFORE, cap(`${scope} ${SCOPES.open}`, style.opens));
  const end = compile(
    alt(
      [cap(`${scope} ${SCOPES.close}`, style.closes), ATTRIBUTION_AFTER, '?'],
      ...(host === 'draft' ? ['^(?=[ \\t]*$)'] : []),
    ),
  );
  const held: DoubleName[] = ['curly', 'straight', 'guillemet', 'low'];
  const patterns: Array<Record<string, unknown>> = held.map((name) => doubleQuotation(doubleStyle(name), host, style.closes));
  if (host === 'markdown') patterns.push({ include: 'text.html.markdown#inline' });
  return {
    begin: begin.source,
    beginCaptures: begin.captures,
    end: end.source,
    endCaptures: end.captures,
    contentName: scope,
    patterns,
  };
}

/**
 * A line whose first double mark closes a quotation: the quotation began on an earlier line (a
 * hard-wrapped Markdown paragraph, where each line is tokenized apart) or its opening mark is
 * missing. As in the core, it is taken to run from the start of the line (or paragraph).
 */
function continuedQuotation(style: 'straight' | 'curly' | 'guillemet', closes: string): Record<string, unknown> {
  const scope = SCOPES.quotation('double', style);
  const end = compile(cap(`${scope} ${SCOPES.close}`, closes), ATTRIBUTION_AFTER, '?');
  return {
    begin: `(?:^|\\G)(?=[^"“”„«»\\n]*?${closes})`,
    end: end.source,
    endCaptures: end.captures,
    contentName: scope,
    patterns: [{ include: '#nested-quotation' }],
  };
}

/** A straight mark that can only close: no space before it, and a space or punctuation after it.
 * A digit before it makes it an inch mark (a 12" pipe) when no quotation is open. */
const STRAIGHT_ONLY_CLOSES = `(?<=[^${OPENS_AFTER}\\p{N}])"(?![\\p{L}\\p{N}])`;

// ---------------------------------------------------------------------------------------------
// Datelines: `KYIV, Ukraine (AP) —`, `ISTANBUL —`, `LONDON, May 16 (Reuters) -` at a paragraph start.

const PLACE_WORD = "\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]*";
const PLACE = `\\p{Lu}[\\p{Lu}\\p{M}'’.\\-]+(?:[ /]${PLACE_WORD}){0,4}`;
const REGION = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}'’.\\-]*){0,2}";
const DAY = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?[ \\t]+\\d{1,2}';
const AGENCY = "\\([\\p{L}\\p{N} .&'’\\-]{1,40}\\)";
const DATELINE = compile(
  cap(SCOPES.dateline,
    '^[ \\t]*',
    cap(SCOPES.datelineText, PLACE, `(?:,[ \\t]*(?:${DAY}|${REGION}))?(?:,[ \\t]*${DAY})?(?:[ \\t]*${AGENCY})?`),
    '[ \\t]+',
    cap(SCOPES.datelineDash, '(?:—|–|--|-)'),
    '(?=[ \\t])',
  ),
);

// ---------------------------------------------------------------------------------------------
// The grammars.

function repository(host: Host): Record<string, unknown> {
  return {
    dateline: { match: DATELINE.source, captures: DATELINE.captures },
    quotation: {
      patterns: [
        ...DOUBLE_STYLES.map((style) => doubleQuotation(style, host)),
        ...OUTER_SINGLE_STYLES.map((style) => outerSingleQuotation(style, host)),
        continuedQuotation('curly', '”'),
        continuedQuotation('guillemet', '»(?=[\\s\\p{P}]|$)'),
        continuedQuotation('straight', STRAIGHT_ONLY_CLOSES),
      ],
    },
    'nested-quotation': { patterns: SINGLE_STYLES.map(singleQuotation) },
  };
}

const GENERATED = [
  'Generated by `npm run grammars` from syntaxes/src/grammars.ts; edit that file, not this one.',
  'Scopes: README.md, "Highlighting".',
];

export const INJECTION_SCOPE = 'markdown.copydesk.news';
export const DRAFT_SCOPE = 'text.news-draft';
export const DRAFT_LANGUAGE = 'news-draft';

/**
 * Only in prose: paragraphs (also in lists and blockquotes), headings and table cells; never in
 * front matter, code (fenced, indented, inline), HTML tags or comments, or a quoted string (which
 * includes Copydesk's own quotations: marks inside them are the quotation rules' business). No `L:`
 * priority: at a line start Markdown's paragraph rule must open first, so that the paragraph's end
 * also ends a quotation left open.
 */
export const INJECTION_SELECTOR =
  'text.html.markdown (meta.paragraph.markdown | markup.heading.markdown | markup.table.markdown) -meta.embedded -markup.fenced_code -markup.raw -markup.inline.raw -markup.math -comment -meta.tag -string.quoted';

export function markdownInjectionGrammar(): Record<string, unknown> {
  return {
    information_for_contributors: GENERATED,
    name: 'Copydesk news highlighting for Markdown',
    scopeName: INJECTION_SCOPE,
    injectionSelector: INJECTION_SELECTOR,
    patterns: [{ include: '#dateline' }, { include: '#quotation' }],
    repository: repository('markdown'),
  };
}

export function newsDraftGrammar(): Record<string, unknown> {
  return {
    information_for_contributors: GENERATED,
    name: 'News draft',
    scopeName: DRAFT_SCOPE,
    patterns: [{ include: '#dateline' }, { include: '#quotation' }],
    repository: repository('draft'),
  };
}

export const GRAMMAR_FILES = {
  'syntaxes/markdown-news.injection.tmLanguage.json': markdownInjectionGrammar,
  'syntaxes/news-draft.tmLanguage.json': newsDraftGrammar,
} as const;

export function serialize(grammar: Record<string, unknown>): string {
  return `${JSON.stringify(grammar, null, 2)}\n`;
}
