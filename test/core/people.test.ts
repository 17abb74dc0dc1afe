// The people layer on top of the names layer: who the draft introduces and what every later
// reference resolves to. Invented sentences, one group per rule; the people in them are either in
// the knowledge base (real office holders) or people no list knows.
import { strict as assert } from 'node:assert';
import { analyze, createContext } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { nameMentionsOf } from '../../server/src/core/names';
import { peopleOf } from '../../server/src/core/people/people';
import { attributionsOf } from '../../server/src/core/attribution';
import { titlesOf } from '../../server/src/core/titles/mentions';
import { wordsOf } from '../support/fixtures';

function contextOf(text: string, date = '2025-10-15') {
  return createContext(new DraftDocument(text, 'plaintext'), { articleDate: date });
}

/** Each person with the mentions the draft makes of them: "Name: kind:text, …". */
function people(text: string, date?: string): string[] {
  return peopleOf(contextOf(text, date)).persons.map((p) => `${p.name}: ${p.mentions.map((m) => `${m.kind}:${m.text}`).join(', ')}`);
}

/** The speaker each quotation is credited to. */
function speakers(text: string, date?: string): Array<string | null> {
  return attributionsOf(contextOf(text, date)).quotes.map((q) => q.speaker?.name ?? null);
}

describe('people: full names come from the names layer', () => {
  it('reads a known person named in full at the start of a sentence, and a title the knowledge base folds into a name', () => {
    const text = 'He Lifeng arrived in Madrid on Sunday. Saudi Crown Prince Mohammed bin Salman phoned him.';
    const found = peopleOf(contextOf(text));
    assert.deepEqual(found.persons.map((p) => p.name), ['He Lifeng', 'Mohammed bin Salman']);
    assert.equal(found.persons[1].mentions[0].text, 'Mohammed bin Salman');
    assert.deepEqual(found.persons[1].titles.map((t) => t.text), ['Saudi Crown Prince']);
  });

  it('never takes a title across the end of a sentence', () => {
    const text = 'The vote ended late. Mayor Lucia Fenwick said the budget would pass.';
    assert.deepEqual(peopleOf(contextOf(text)).persons.map((p) => p.titles.map((t) => t.text)), [['Mayor']]);
  });
});

describe('people: an ordinary word is not a surname', () => {
  it('reads "He" opening a sentence as the pronoun, even in a story about He Lifeng', () => {
    const text = 'Vice Premier He Lifeng and Treasury Secretary Scott Bessent met in Stockholm. Bessent spoke first. '
      + 'He said the tariffs would stay. "We are not in a hurry," he told reporters.';
    const found = peopleOf(contextOf(text));
    const he = found.persons.find((p) => p.name === 'He Lifeng')!;
    assert.deepEqual(he.mentions.map((m) => m.kind), ['name']);
    const pronoun = found.mentionAt(text.indexOf('He said'))!;
    assert.equal(pronoun.kind, 'pronoun');
    assert.equal(pronoun.person.name, 'Scott Bessent');
    assert.deepEqual(speakers(text), ['Scott Bessent']);
  });

  it('without He Lifeng in the story, "He" is never him', () => {
    const text = 'Commerce Secretary Howard Lutnick flew to Beijing. He met officials there. "It went well," he said.';
    assert.ok(!people(text).some((p) => p.startsWith('He Lifeng')));
    assert.deepEqual(speakers(text), ['Howard Lutnick']);
  });

  it('reads "He\'s" and "She\'s" opening a sentence as a pronoun with "is" or "has", never as He Lifeng\'s', () => {
    const text = 'Mayor Lucia Fenwick spoke on Tuesday.\n\nHe\'s not going anywhere, the mayor said. "We stay," she said. '
      + 'She\'s due back on Friday. "It will pass," he said.';
    assert.ok(!people(text).some((p) => p.startsWith('He Lifeng')), people(text).join('; '));
    assert.deepEqual(speakers(text)[0], 'Lucia Fenwick');
    assert.notEqual(speakers(text)[1], 'He Lifeng');
  });

  it('keeps "He" as a surname where it is one: inside the sentence, after a title', () => {
    const text = 'The talks were led by Vice Premier He Lifeng. "The door is open," said He, who arrived on Friday.';
    assert.deepEqual(speakers(text), ['He Lifeng']);
  });

  it('reads a month in a date as the month, not as Theresa May', () => {
    const text = 'Former Prime Minister Theresa May addressed the Commons. The bill was first tabled in May and again on May 6, 2019. '
      + 'By mid-May the talks had stalled. "It was a hard spring," May said.';
    assert.deepEqual(people(text, '2019-06-01'), ['Theresa May: name:Theresa May, surname:May']);
    assert.deepEqual(speakers(text, '2019-06-01'), ['Theresa May']);
    assert.deepEqual(nameMentionsOf(contextOf(text, '2019-06-01')).mentions.map((m) => m.text).filter((t) => t.includes('May')), ['Theresa May', 'May']);
  });

  it('does not resolve a month to an office holder named like it, when the story never names them', () => {
    const text = 'In May, the council voted on the bond. "We waited long enough," Councilwoman Rita Osei said.';
    assert.deepEqual(people(text, '2017-06-01').map((p) => p.split(':')[0]), ['Rita Osei']);
  });
});

describe('people: a person whose surname is a place word', () => {
  it('"Councilman Ed Park" is a person; "Lincoln Park" stays a place', () => {
    const text = 'Councilman Ed Park said the pool in Lincoln Park would reopen. "Families have waited two summers," Park said.';
    assert.deepEqual(people(text), ['Ed Park: name:Ed Park, surname:Park']);
    assert.deepEqual(speakers(text), ['Ed Park']);
    assert.ok(peopleOf(contextOf(text)).others.some((o) => o.text === 'Lincoln Park'));
  });

  it('a run ending in a place word with no person\'s title before it is not a person', () => {
    const text = 'Residents of Cedar Park said the water tasted of chlorine.';
    assert.deepEqual(people(text), []);
  });
});

describe('people: first lady', () => {
  it('picks up "first lady Melania Trump" as a person with her title, apart from the president', () => {
    const text = 'President Donald Trump landed in Windsor on Tuesday. First lady Melania Trump toured the library. '
      + '"Reading changed my life," the first lady said.';
    const found = peopleOf(contextOf(text));
    const melania = found.persons.find((p) => p.name === 'Melania Trump')!;
    assert.deepEqual(melania.titles.map((t) => t.text), ['First lady']);
    assert.equal(melania.pronoun, 'she');
    assert.deepEqual(speakers(text), ['Melania Trump']);
    const titles = titlesOf(contextOf(text)).mentions.filter((m) => m.person?.name === 'Melania Trump' && m.position === 'before');
    assert.deepEqual(titles.map((m) => m.text), ['First lady']);
  });
});

describe('people: a title phrase with a country', () => {
  it('"the Egyptian leader" is the Egyptian named before, not the most recent person', () => {
    const text = 'Egyptian President Abdel Fattah el-Sisi welcomed the delegations in Sharm el-Sheikh. '
      + 'President Donald Trump arrived later. "Today the guns fall silent," the Egyptian leader said.';
    assert.deepEqual(speakers(text), ['Abdel Fattah el-Sisi']);
  });

  it('"the Ukrainian president" is the Ukrainian head of state, though another president was named since', () => {
    const text = 'President Volodymyr Zelenskyy spoke by phone with President Emmanuel Macron. Macron later flew to Berlin. '
      + '"We need air defence now," the Ukrainian president said.';
    assert.deepEqual(speakers(text), ['Volodymyr Zelenskyy']);
  });

  it('a country no one in the passage belongs to leaves the phrase as a described source', () => {
    const text = 'Harbour Master Ines Albrecht closed the port on Monday. "The storm is not over," the Egyptian leader said.';
    assert.deepEqual(speakers(text), ['the Egyptian leader']);
  });
});

describe('people and names: a surname one letter off', () => {
  const text = 'Gary Lindqvist, the county engineer, inspected the dam on Friday. "The spillway is sound," Lindquist said. '
    + '"We will check it again in spring," Lindqvist said.';

  it('flags the minority spelling with the majority one', () => {
    const flagged = analyze(text, { articleDate: '2025-10-15' }).filter((f) => f.code === 'name.inconsistent');
    assert.deepEqual(flagged.map((f) => [wordsOf(text, f), f.fixes[0].edits[0].newText]), [['Lindquist', 'Lindqvist']]);
  });

  it('resolves both spellings to the same person', () => {
    assert.deepEqual(people(text), ['Gary Lindqvist: name:Gary Lindqvist, title:the county engineer, surname:Lindquist, surname:Lindqvist']);
    assert.deepEqual(speakers(text), ['Gary Lindqvist', 'Gary Lindqvist']);
  });

  it('reads a full name with a misspelt surname as the known person the draft names elsewhere, so a fix brings no new finding', () => {
    const text = 'US Secretary of State Marco Rubi spoke on Sunday. "We made progress," Rubio said. '
      + 'Later, the foreign minister acknowledged that both sides would have to make concessions.';
    assert.deepEqual(people(text, '2025-08-18').map((p) => p.split(':')[0]), ['Marco Rubio']);
    const codes = (t: string) => analyze(t, { articleDate: '2025-08-18' }).map((f) => f.code);
    assert.deepEqual(codes(text), ['name.inconsistent', 'title.inconsistent']);
    assert.deepEqual(codes(text.replace('Rubi ', 'Rubio ')), ['title.inconsistent']);
  });

  it('keeps apart two people introduced with different given names', () => {
    const pair = 'Anna Lindqvist, a teacher, and Erik Lindquist, a farmer, testified. Lindqvist spoke first; Lindquist spoke after her.';
    assert.deepEqual(analyze(pair, { articleDate: '2025-10-15' }).filter((f) => f.code === 'name.inconsistent'), []);
  });
});

describe('people: second references by given name, transliteration and regnal names', () => {
  it('takes a given name alone for the one person the draft introduced with it (features)', () => {
    assert.deepEqual(people('Odile Varnet has kept bees for 30 years. Odile says the winters are shorter. "They wake too early," Odile said.'),
      ['Odile Varnet: name:Odile Varnet, surname:Odile, surname:Odile']);
    assert.deepEqual(speakers('Odile Varnet has kept bees for 30 years.\n\n"They wake too early," Odile said.'), ['Odile Varnet']);
  });

  it('leaves a given name two people share, and a place of that name, to no one', () => {
    assert.deepEqual(people('Ana Pires and Ana Lobo run the shop. Ana said prices rose.'),
      ['Ana Pires: name:Ana Pires', 'Ana Lobo: name:Ana Lobo']);
  });

  it('does not take a given name for someone introduced only later, or one that opens a longer name', () => {
    const text = 'Deputy Counsel Walter K. Prine wrote the letter. Chairman Walter Osgood said he had read it. Osgood said more.';
    assert.ok(!people(text).some((p) => /Walter Osgood: .*surname:Walter\b/.test(p)));
    assert.deepEqual(people('Odile said the hives were empty. Odile Varnet, 58, keeps bees. Varnet said so.'), ['Odile Varnet: name:Odile Varnet, surname:Varnet']);
  });

  it('reads a regnal name\'s bare name as the person', () => {
    assert.deepEqual(people('Pope Leo XIV prayed for peace. Leo said the world needed dialogue.'), ['Leo XIV: name:Leo XIV, surname:Leo']);
  });

  it('reads a surname without its diacritics as the person the draft introduced with them', () => {
    assert.deepEqual(people('Jörg Köhler, 61, runs the brewery. Koehler said sales were up.'), ['Jörg Köhler: name:Jörg Köhler, surname:Koehler']);
  });
});
