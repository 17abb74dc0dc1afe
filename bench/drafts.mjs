// Deterministic generator of news drafts for the benchmark: wire-style paragraphs with
// quotations, attributions, names, titles and places in the density of real copy. The same seed
// gives the same drafts on every machine, so runs compare.

const PEOPLE = [
  { name: 'Marco Rubio', surname: 'Rubio', title: 'Secretary of State', role: 'the secretary of state', country: 'US' },
  { name: 'Volodymyr Zelenskyy', surname: 'Zelenskyy', title: 'President', role: 'the Ukrainian president', country: 'Ukrainian' },
  { name: 'Vladimir Putin', surname: 'Putin', title: 'President', role: 'the Russian leader', country: 'Russian' },
  { name: 'Sergei Lavrov', surname: 'Lavrov', title: 'Foreign Minister', role: 'the foreign minister', country: 'Russian' },
  { name: 'Mark Rutte', surname: 'Rutte', title: 'Secretary-General', role: 'the NATO chief', country: 'NATO' },
  { name: 'Friedrich Merz', surname: 'Merz', title: 'Chancellor', role: 'the chancellor', country: 'German' },
  { name: 'Emmanuel Macron', surname: 'Macron', title: 'President', role: 'the French president', country: 'French' },
  { name: 'Keir Starmer', surname: 'Starmer', title: 'Prime Minister', role: 'the prime minister', country: 'British' },
  { name: 'Ursula von der Leyen', surname: 'von der Leyen', title: 'President', role: 'the Commission president', country: 'European Commission' },
  { name: 'Andrii Sybiha', surname: 'Sybiha', title: 'Foreign Minister', role: 'the foreign minister', country: 'Ukrainian' },
  { name: 'Dana Kowalczyk', surname: 'Kowalczyk', title: 'Mayor', role: 'the mayor', country: 'Harlan Falls' },
  { name: 'Priya Raman', surname: 'Raman', title: 'Director', role: 'the utilities director', country: 'city' },
];
const PLACES = ['Kyiv', 'Kharkiv', 'Odesa', 'Geneva', 'Istanbul', 'Brussels', 'Washington', 'Riyadh', 'The Hague', 'Berlin'];
const VERBS = ['said', 'told reporters', 'added', 'said in a statement', 'wrote on X', 'told the BBC', 'said on Monday', 'insisted'];
const PRONOUN_VERBS = ['he said', 'she added', 'he noted', 'she told reporters'];
const QUOTES = [
  'We are not going to accept a deal that rewards aggression',
  'There is still a lot of work to do, and we will do it calmly',
  'Nobody here is naive about how hard this will be',
  'The next two weeks will show whether the other side is serious',
  'This is a good day for the families who have waited so long',
  'We have made progress, but progress is not the same as peace',
  'Every day that passes without a ceasefire costs lives',
  'Our position has not changed since the first day',
];
const PARTIALS = ['constructive', 'a big deal', 'unacceptable', 'productive', 'a waste of time', 'sincerely interested'];
const FILLER = [
  'Talks between the delegations lasted several hours and ended without a joint statement, officials said.',
  'The meeting followed weeks of shuttle diplomacy by envoys from both sides and from the Gulf states.',
  'Energy facilities in the region have been hit repeatedly by drones and missiles in recent weeks, leaving many homes without power.',
  'Analysts said the outcome would depend on whether both sides were prepared to make concessions on territory and security guarantees.',
  'The council is expected to vote on the budget next month, after a public hearing that drew more than 200 residents.',
  'Markets rose modestly after the announcement, with shares of regional banks leading the gains in afternoon trading.',
];

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraphs(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const person = pick(PEOPLE);
  const other = pick(PEOPLE);
  const place = pick(PLACES);
  const forms = [
    () => `${person.country} ${person.title} ${person.name} said on ${pick(['Monday', 'Tuesday', 'Friday'])} in ${place} that "${pick(QUOTES).toLowerCase()}." ${pick(FILLER)}`,
    () => `"${pick(QUOTES)}," ${person.surname} ${pick(VERBS)}. "${pick(QUOTES)}."`,
    () => `${person.surname} called the meeting with ${other.name} "${pick(PARTIALS)}" and said the two sides would meet again in ${place}. ${pick(FILLER)}`,
    () => `"${pick(QUOTES)}," ${pick(PRONOUN_VERBS)}.`,
    () => `According to ${person.role}, "${pick(QUOTES).toLowerCase()}." ${pick(FILLER)}`,
    () => `${pick(FILLER)} ${pick(FILLER)} The so-called "coalition of the willing" met again in ${place} on ${pick(['Sunday', 'Thursday'])}.`,
    () => `${other.surname}, ${other.role}, told CBS's "Face the Nation" that ${person.surname}'s plan was "${pick(PARTIALS)}."`,
    () => `${pick(FILLER)} Residents of ${place} said they had heard explosions overnight, and officials in ${pick(PLACES)} said air defenses were active.`,
  ];
  return pick(forms)();
}

/** A Markdown draft of about `words` words (front matter, headings every ~12 paragraphs). */
export function generateDraft(words, seed = 2025) {
  const random = prng(seed);
  const parts = ['---', 'title: Talks resume as envoys meet', 'date: 2025-11-24', '---', '', '# Talks resume as envoys meet', ''];
  let count = 0;
  let n = 0;
  while (count < words) {
    const paragraph = paragraphs(random);
    parts.push(paragraph, '');
    count += paragraph.split(/\s+/).length;
    if (++n % 12 === 0) parts.push(`## Update ${n / 12}`, '');
  }
  return parts.join('\n');
}

/** A draft of about `bytes` UTF-8 bytes. */
export function generateDraftOfSize(bytes, seed = 2025) {
  // Grow by the measured bytes-per-word of the generator, then trim to a paragraph boundary.
  const sample = generateDraft(2000, seed);
  const bytesPerWord = Buffer.byteLength(sample) / 2000;
  const text = generateDraft(Math.ceil(bytes / bytesPerWord) + 200, seed);
  const cut = text.lastIndexOf('\n\n', bytes);
  return text.slice(0, cut > 0 ? cut + 1 : bytes);
}

export function wordCount(text) {
  return text.split(/\s+/).filter(Boolean).length;
}
