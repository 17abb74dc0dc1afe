import { strict as assert } from 'node:assert';
import { analyze, createContext } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { attributionsOf } from '../../server/src/core/attribution';
import { speakersOf } from '../../server/src/core/attribution/speakers';
import type { Language } from '../../server/src/core/types';
import { applyFix, SEED } from '../support/fixtures';

function quotes(text: string, language: Language = 'plaintext') {
  const context = createContext(new DraftDocument(text, language), { articleDate: '2025-06-01' });
  return attributionsOf(context).quotes.map((q) => ({ text: q.text.text, kind: q.kind, speaker: q.speaker?.name ?? null, mention: q.speaker?.mention.text ?? null, cue: q.cue?.text ?? null }));
}

function speakers(text: string, language: Language = 'plaintext') {
  return quotes(text, language).map((q) => [q.text, q.speaker]);
}

function unattributed(text: string) {
  return analyze(text, { articleDate: '2025-06-01' }).filter((f) => f.code === 'quote.unattributed').map((f) => text.slice(f.start, f.end));
}

// Invented people and sentences: each attribution form of newsroom-conventions.md.
const INTRO = 'Harbor Commissioner Nadia Okonkwo and union leader Tomas Brandt met on Monday.\n\n';

describe('attribution forms', () => {
  it('"…," Name said. and "…," he said.', () => {
    assert.deepEqual(speakers(`${INTRO}"The port stays open," Okonkwo said.\n\n"We were never told," Brandt said. "Nobody asked us," he added.`), [
      ['The port stays open', 'Nadia Okonkwo'],
      ['We were never told', 'Tomas Brandt'],
      ['Nobody asked us', 'Tomas Brandt'],
    ]);
  });

  it('a question or exclamation mark standing for the comma before the attribution', () => {
    assert.deepEqual(speakers(`${INTRO}"Is the port closing?" Brandt asked. "Not this year!" Okonkwo replied, adding: "We have the money."`), [
      ['Is the port closing?', 'Tomas Brandt'],
      ['Not this year!', 'Nadia Okonkwo'],
      ['We have the money', 'Nadia Okonkwo'],
    ]);
    assert.deepEqual(unattributed(`${INTRO}"What a night!" Okonkwo wrote on her blog.`), []);
  });

  it('Name said: "…" and Name said that "…"', () => {
    const text = `${INTRO}Okonkwo said: "The budget is final." Brandt said that "the budget ignores the night shift."`;
    assert.deepEqual(quotes(text).map((q) => [q.speaker, q.kind, q.cue]), [
      ['Nadia Okonkwo', 'full', 'said'],
      ['Tomas Brandt', 'full', 'said'],
    ]);
  });

  it('"…," said Name, the long description (verb first)', () => {
    assert.deepEqual(speakers(`${INTRO}"We will appeal," said Brandt, who has led the dockworkers' union since 2019.`), [['We will appeal', 'Tomas Brandt']]);
  });

  it('According to Name, "…" and Name told a broadcaster that "…"', () => {
    const text = `${INTRO}According to Okonkwo, "the cranes arrive in May." Brandt told WKRP Radio that "nobody believes the May date."`;
    assert.deepEqual(quotes(text).map((q) => [q.speaker, q.cue]), [['Nadia Okonkwo', 'According to'], ['Tomas Brandt', 'told']]);
  });

  it('an interrupted quotation: one attribution serves the sentences after it in the paragraph', () => {
    assert.deepEqual(speakers(`${INTRO}"We listened," Okonkwo said. "We changed the plan. We will keep listening."`), [
      ['We listened', 'Nadia Okonkwo'],
      ['We changed the plan. We will keep listening', 'Nadia Okonkwo'],
    ]);
  });

  it('attribution in the sentence before or after, within the paragraph', () => {
    const text = `${INTRO}Brandt said the vote was rushed. "Nobody read the contract."\n\n"The contract is public." Okonkwo said so twice on Monday.`;
    assert.deepEqual(speakers(text), [['Nobody read the contract', 'Tomas Brandt'], ['The contract is public', 'Nadia Okonkwo']]);
  });

  it('an organisation or a described source, kept as written, and the ministry "in a statement"', () => {
    const text = 'Officials met in Valdora.\n\n"The talks were useful," a senior Valdoran official said, speaking on condition of anonymity.\n\n'
      + '"No decision has been taken," the ministry said in a statement. In a statement, the Harbor Authority said "the berths are safe."';
    assert.deepEqual(speakers(text), [
      ['The talks were useful', 'a senior Valdoran official'],
      ['No decision has been taken', 'the ministry'],
      ['the berths are safe', 'the Harbor Authority'],
    ]);
  });

  it('a later definite reference to a described source is the same source', () => {
    const text = 'A city official, who asked not to be named, said the plan was late. The official called the delay "regrettable."';
    assert.deepEqual(speakers(text), [['regrettable', 'a city official']]);
  });

  it('Name wrote on X: "…" and title subjects ("the commissioner said")', () => {
    const text = `${INTRO}Okonkwo wrote on X: "Thank you, Harbor City." "It was a long night," the commissioner said.`;
    assert.deepEqual(speakers(text), [['Thank you, Harbor City', 'Nadia Okonkwo'], ['It was a long night', 'Nadia Okonkwo']]);
  });

  it('a multi-paragraph quotation keeps its speaker; a closed quotation in a new paragraph needs its own', () => {
    const text = `${INTRO}"The first phase starts in June," Okonkwo said. "It will be loud.\n\n"But it will be finished on time."\n\n"We have heard that before."`;
    assert.deepEqual(speakers(text), [
      ['The first phase starts in June', 'Nadia Okonkwo'],
      ['It will be loud', 'Nadia Okonkwo'],
      ['But it will be finished on time', 'Nadia Okonkwo'],
      ['We have heard that before', null],
    ]);
    assert.deepEqual(unattributed(text), ['"We have heard that before."']);
  });

  it('a quotation left open ends where its attribution starts', () => {
    const text = `${INTRO}"We will strike on Friday, Brandt said, adding that talks had failed.`;
    assert.deepEqual(speakers(text), [['We will strike on Friday', 'Tomas Brandt']]);
  });

  it('pronouns go to the most recent compatible person; a name in a fronted phrase is not the subject', () => {
    const text = 'Mayor Ana Ruiz and her deputy, Paul Grant, toured the site. Regarding the meeting between Grant and the governor, Ruiz said it was calm. "We agreed on a timetable," she said.';
    assert.deepEqual(speakers(text), [['We agreed on a timetable', 'Ana Ruiz']]);
  });
});

// Forms met in published wire and newspaper copy. Invented people and sentences; each rule with
// variants and with sentences that must stay unattributed or keep their speaker.
describe('attribution in published copy', () => {
  const CITY = 'Mayor Ana Ruiz and Councilman Ed Park met on Monday.\n\n';

  it('a fragment the writer\'s sentence runs on from is credited by the verb that reports it, not by a later verb in another clause', () => {
    const text = `${CITY}Ruiz said on Monday that the city would "finish the job" this year, hours after Park ordered an audit. `
      + 'Park said the budget was "a mess" before the council was told to wait.\n\n'
      + 'The plan is "dead on arrival," Park said. Ruiz called it "a start" on the radio, after Park told reporters he disagreed.';
    assert.deepEqual(quotes(text).map((q) => [q.text, q.speaker, q.cue]), [
      ['finish the job', 'Ana Ruiz', 'said'],
      ['a mess', 'Ed Park', 'said'],
      ['dead on arrival', 'Ed Park', 'said'],
      ['a start', 'Ana Ruiz', 'called'],
    ]);
  });

  it('"According to X," opening the sentence credits X, whatever the writer\'s clause after it says', () => {
    const text = `${CITY}According to the port authority, the talks were "constructive." `
      + 'According to a statement from the council, both sides "agreed to continue." '
      + 'According to Ana Ruiz, the mayor, "nothing has changed." '
      + 'According to the port authority, Ruiz said "the money is there."';
    assert.deepEqual(quotes(text).map((q) => [q.text, q.kind, q.speaker, q.cue]), [
      ['constructive', 'partial', 'the port authority', 'According to'],
      ['agreed to continue', 'partial', 'the council', 'According to'],
      ['nothing has changed', 'full', 'Ana Ruiz', 'According to'],
      ['the money is there', 'full', 'Ana Ruiz', 'said'],
    ]);
  });

  it('"quoted as saying" and "cited as saying": the person quoted, never the outlet or document quoting them', () => {
    const text = `${CITY}"The budget is balanced," Ruiz was quoted as saying. "We will vote no," the statement quoted Park as saying.\n\n`
      + 'The Harbor Gazette cited a senior city official as saying the vote was "a formality." '
      + 'Park was quoted by the Harbor Gazette as saying: "Nobody asked the council."\n\n'
      + '"We need the money." The letter was quoted as evidence at the hearing.';
    assert.deepEqual(quotes(text).map((q) => [q.text, q.speaker, q.cue]), [
      ['The budget is balanced', 'Ana Ruiz', 'quoted as saying'],
      ['We will vote no', 'Ed Park', 'quoted Park as saying'],
      ['a formality', 'a senior city official', 'cited a senior city official as saying'],
      ['Nobody asked the council', 'Ed Park', 'quoted by the Harbor Gazette as saying'],
      ['We need the money', null, null],
    ]);
    assert.deepEqual(unattributed(text), ['"We need the money."']);
  });

  it('verb first, a described source with what qualifies it: the source, not the person it is close to', () => {
    const text = `${CITY}"The vote is lost," said a city official close to Ruiz, who asked not to be named. `
      + '"We will appeal," said a spokeswoman for the council in Harbor City on Monday.\n\n'
      + '"Nobody is resigning," an aide to Mayor Ana Ruiz said. "The deal is close," said Ruiz adviser Paul Grant.\n\n'
      + '"It was useful," said Park. "It was not," said Park\'s spokesman.\n\n'
      + '"We will appeal," a spokeswoman for the council said. "Park is right," a source close to Ruiz said.';
    assert.deepEqual(speakers(text), [
      ['The vote is lost', 'a city official close to Ruiz'],
      ['We will appeal', 'a spokeswoman for the council'],
      ['Nobody is resigning', 'an aide to Mayor Ana Ruiz'],
      ['The deal is close', 'Paul Grant'],
      ['It was useful', 'Ed Park'],
      ['It was not', "Park's spokesman"],
      ['We will appeal', 'a spokeswoman for the council'],
      ['Park is right', 'a source close to Ruiz'],
    ]);
  });

  it('a participle used as an adjective ("the council\'s proposed budget") is not the reporting verb', () => {
    const text = `${CITY}The Mayor's Office today announced that the council's proposed budget would be signed "as written." `
      + 'Park said the mayor\'s stated aim of "no new taxes" was out of reach. '
      + 'The widely reported remarks about a "ghost budget" were never explained.';
    assert.deepEqual(quotes(text).map((q) => [q.text, q.speaker, q.cue]), [
      ['as written', "the Mayor's Office", 'announced'],
      ['no new taxes', 'Ed Park', 'said'],
      ['ghost budget', null, null],
    ]);
    // A verb after its subject stays a verb: "the council proposed …".
    assert.deepEqual(speakers(`${CITY}In March the council proposed "a leaner budget" for the port.`), [['a leaner budget', 'the council']]);
  });

  it('reported speech: a verb of deciding inside the report, or a quotation joined on after it, is the reporter\'s source\'s', () => {
    const text = `${CITY}Park told reporters that the union has agreed to a pay freeze, and "will not strike before spring." `
      + 'Ruiz said the port authority promised "a decision by May."\n\n'
      + 'Park said Ruiz told him "the money is already spent."';
    assert.deepEqual(quotes(text).map((q) => [q.text, q.speaker, q.cue]), [
      ['will not strike before spring', 'Ed Park', 'told'],
      ['a decision by May', 'Ana Ruiz', 'said'],
      // A verb of saying inside the report introduces the words of its own subject.
      ['the money is already spent', 'Ana Ruiz', 'told'],
    ]);
    // Without an outer reporting verb the quotation keeps the verb it follows.
    assert.deepEqual(speakers('The port authority promised "a decision by May."'), [['a decision by May', 'the port authority']]);
  });

  it('"it said" and "they said": the organisation, document or group the sentences before are about', () => {
    const text = 'The Harbor Authority rejected the plan on Monday. "This proposal is not serious," it said in a statement.\n\n'
      + 'City officials met in the afternoon. "We will not sell the port," they said.\n\n'
      + 'The final report, titled "Lessons Learned," ran to 90 pages. It said the agency had failed. It described the response as "chaotic."\n\n'
      + '"We are done," the ministry said. "Talks are over," it added.';
    assert.deepEqual(quotes(text).map((q) => [q.text, q.speaker, q.mention]).filter((q) => q[1] !== null), [
      ['This proposal is not serious', 'the Harbor Authority', 'it'],
      ['We will not sell the port', 'City officials', 'they'],
      ['chaotic', 'the final report', 'It'],
      ['We are done', 'the ministry', 'the ministry'],
      ['Talks are over', 'the ministry', 'it'],
    ]);
  });

  it('"it" stays as written when no organisation or document comes before it', () => {
    const text = `${CITY}Prices rose sharply in May. "Nobody expected this," it said.\n\nThe storm hit the coast overnight. "It was terrible," Ruiz said. "It is over," it said.`;
    assert.deepEqual(quotes(text).map((q) => [q.text, q.speaker]), [
      ['Nobody expected this', 'it'],
      ['It was terrible', 'Ana Ruiz'],
      ['It is over', 'it'],
    ]);
    // "They" after a person is not an organisation either.
    assert.deepEqual(speakers(`${CITY}Ruiz left early. "We won," they said.`), [['We won', 'they']]);
  });

  it('an absolute clause ("with council members saying …"): the participle\'s own subject', () => {
    const text = `${CITY}Ruiz defended the budget on Tuesday, with council members saying it left them "no choice." `
      + 'Park voted against it, with the mayor calling his vote "a stunt."\n\n'
      + 'Ruiz spoke for an hour, saying the port was "the city\'s future."';
    assert.deepEqual(speakers(text), [
      ['no choice', 'council members'],
      ['a stunt', 'Ana Ruiz'],
      // A participle after a comma still shares the sentence's subject.
      ["the city's future", 'Ana Ruiz'],
    ]);
  });
});

describe('kinds', () => {
  it('tells partial quotations, scare quotes and titles from full ones', () => {
    const text = `${INTRO}Okonkwo called the plan "a big step" and told NBC's "Meet the Press" that the so-called "harbor tax" was dead. `
      + 'The report, titled "Ports of the Future," was published in May. Brandt described the mood as "tense but honest."';
    assert.deepEqual(quotes(text).map((q) => [q.text, q.kind, q.speaker]), [
      ['a big step', 'partial', 'Nadia Okonkwo'],
      ['Meet the Press', 'title', null],
      ['harbor tax', 'scare', null],
      ['Ports of the Future', 'title', null],
      ['tense but honest', 'partial', 'Tomas Brandt'],
    ]);
  });

  it('a quoted term modifying a noun, credited to no one, is a scare quote', () => {
    assert.deepEqual(quotes('Investors fear a "higher for longer" outlook for rates.').map((q) => q.kind), ['scare']);
  });

  it('a fragment running on into the writer\'s words is partial', () => {
    assert.deepEqual(quotes(`${INTRO}Okonkwo said that "both sides must give ground" to end the dispute.`).map((q) => [q.kind, q.speaker]), [['partial', 'Nadia Okonkwo']]);
  });
});

describe('quote.unattributed', () => {
  it('flags a full quotation standing alone, with nothing around it', () => {
    const text = `${INTRO}"This is the last chance for the harbor."\n\nThe council meets again in July.`;
    assert.deepEqual(unattributed(text), ['"This is the last chance for the harbor."']);
  });

  it('does not flag scare quotes, titles or attributed quotations', () => {
    assert.deepEqual(unattributed(`${INTRO}The so-called "harbor tax" was debated on "Meet the Press." "It is dead," Okonkwo said.`), []);
  });

  it('offers to insert an attribution with a placeholder for the speaker, never a guessed name, never as part of fix-all', () => {
    const text = `${INTRO}"We are done," Brandt said.\n\n"This is the last chance for the harbor."`;
    const finding = analyze(text).find((f) => f.code === 'quote.unattributed')!;
    assert.equal(finding.fixes[0].title, 'Add the attribution: "…," [WHO] said. (type who said it)');
    assert.equal(finding.fixes[0].isPreferred, undefined);
    assert.ok(applyFix(text, finding).endsWith('"This is the last chance for the harbor," [WHO] said.'));
  });

  it('quote.vague-source (off by default) flags quotations credited only to "sources"', () => {
    const text = '"The deal is done," sources said. "It was close," a senior official familiar with the talks said.';
    assert.deepEqual(analyze(text).filter((f) => f.code === 'quote.vague-source'), []);
    const flagged = analyze(text, { settings: { checks: { 'quote.vague-source': 'warning' } } }).filter((f) => f.code === 'quote.vague-source');
    assert.deepEqual(flagged.map((f) => text.slice(f.start, f.end)), ['sources']);
  });

  it('quote.scare shows scare quotes as hints only when copydesk.flagScareQuotes is on', () => {
    const text = 'The so-called "peace plan" stalled.';
    assert.deepEqual(analyze(text).filter((f) => f.code === 'quote.scare'), []);
    const hints = analyze(text, { settings: { flagScareQuotes: true } }).filter((f) => f.code === 'quote.scare');
    assert.deepEqual(hints.map((f) => [f.severity, text.slice(f.start, f.end)]), [['hint', 'peace plan']]);
  });
});

describe('the seed draft', () => {
  it('has no unattributed quotation, and every quotation, the partial "sacrifice" included, is Marco Rubio\'s', () => {
    assert.deepEqual(unattributed(SEED), []);
    const all = quotes(SEED);
    assert.equal(all.length, 8);
    assert.ok(all.every((q) => q.speaker === 'Marco Rubio'), JSON.stringify(all.filter((q) => q.speaker !== 'Marco Rubio')));
    assert.deepEqual(all.find((q) => q.text === 'sacrifice'), { text: 'sacrifice', kind: 'partial', speaker: 'Marco Rubio', mention: 'He', cue: 'noted' });
  });

  it('groups its quotations under Marco Rubio', () => {
    const groups = speakersOf(createContext(new DraftDocument(SEED, 'plaintext')));
    assert.deepEqual(groups.map((g) => [g.name, g.quotes.length]), [['Marco Rubio', 8]]);
  });
});

describe('single quotation marks and blockquotes', () => {
  it('keeps apostrophes apart from quotation marks', () => {
    const text = "Zelenskyy's aides don't recall the '90s, when rock 'n' roll ruled. Hamas' leaders and Fox News' staff agreed. It's the ’80s again.";
    assert.deepEqual(quotes(text), []);
  });

  it('reads single marks inside double ones as part of the outer quotation', () => {
    const text = `${INTRO}"They told us 'the port is closed' and left," Brandt said.`;
    assert.deepEqual(speakers(text), [["They told us 'the port is closed' and left", 'Tomas Brandt']]);
  });

  it('reads British-style drafts: single marks outside, double inside', () => {
    const text = `${INTRO}‘We were told “wait”, and we waited,’ Ms Okonkwo said. Mr Brandt called the delay ‘a disgrace’.`;
    assert.deepEqual(quotes(text).map((q) => [q.text, q.kind, q.speaker]), [
      ['We were told “wait”, and we waited', 'full', 'Nadia Okonkwo'],
      ['a disgrace', 'partial', 'Tomas Brandt'],
    ]);
  });

  it('takes a Markdown blockquote as a quotation, attributed by the paragraph that introduces it', () => {
    const text = `${INTRO}Okonkwo wrote to the council on Monday:\n\n> The harbor cannot wait another year.\n>\n> We start in June.\n\nThe council did not reply.\n\n> Nobody asked the workers.\n`;
    assert.deepEqual(quotes(text, 'markdown').map((q) => [q.text, q.speaker]), [
      ['The harbor cannot wait another year', 'Nadia Okonkwo'],
      ['We start in June', 'Nadia Okonkwo'],
      ['Nobody asked the workers', null],
    ]);
  });
});

// The classes of issue 12, each in sentences of our own: what real copy does beyond the wire pattern.
describe('attribution beyond the wire pattern', () => {
  const TOWN = 'Mayor Lena Ortiz and Treasurer Paul Delgado met the harbor board on Monday.\n\n';

  it('sources that are not people: a newspaper, an audit, a poll, a filing, a campaign', () => {
    const text = `${TOWN}"The harbor fund is empty," the newspaper wrote. "Nobody kept the receipts," the audit said. `
      + '"Most residents want the ferry back," the poll found.\n\n'
      + '"The lease was never signed," according to the filing. "We will win this race," the campaign said in a statement.';
    assert.deepEqual(speakers(text), [
      ['The harbor fund is empty', 'the newspaper'],
      ['Nobody kept the receipts', 'the audit'],
      ['Most residents want the ferry back', 'the poll'],
      ['The lease was never signed', 'the filing'],
      ['We will win this race', 'the campaign'],
    ]);
    assert.deepEqual(unattributed(text), []);
  });

  it('any verb in the attribution slot: the position attributes, not a list of verbs', () => {
    const text = `${TOWN}"Sit down," the chairwoman snapped. "We made it," the coach beamed. "Nobody asked me," Ortiz grumbled.\n\n`
      + 'Delgado, waving a flag, yelled, "Open the gates!" The governor shot back, "Not tonight."\n\n'
      + 'The senator lashed out at the agency in a string of posts: "This is a disgrace." '
      + 'The treasurer fired off an email with the subject line "Where is the money?"';
    // The words that name the speaker (who a title phrase stands for is the people layer's answer).
    assert.deepEqual(quotes(text).map((q) => [q.text, q.mention]), [
      ['Sit down', 'the chairwoman'],
      ['We made it', 'the coach'],
      ['Nobody asked me', 'Ortiz'],
      ['Open the gates!', 'Delgado'],
      ['Not tonight', 'The governor'],
      ['This is a disgrace', 'The senator'],
      ['Where is the money?', 'The treasurer'],
    ]);
    assert.deepEqual(unattributed(text), []);
  });

  it('label attributions: a roundup, a broadcast sound bite', () => {
    const roundup = 'What the papers say about the harbor vote.\n\nJane Roe, The Daily Ledger: "The board has run out of excuses."\n\n'
      + 'Sam Okoye, a columnist for the Harbor Star: "Nobody will remember this vote in a year."';
    assert.deepEqual(speakers(roundup), [
      ['The board has run out of excuses', 'Jane Roe'],
      ['Nobody will remember this vote in a year', 'Sam Okoye'],
    ]);
    const script = '(ANCHOR) Mayor Lena Ortiz spoke after the vote.\n\nSOT — LENA ORTIZ — :09\n\nIN: "We kept the ferry..."   OUT: "...for every family."';
    assert.deepEqual(speakers(script), [['We kept the ferry...', 'Lena Ortiz'], ['...for every family', 'Lena Ortiz']]);
    assert.deepEqual(unattributed(script), []);
  });

  it('action beats: the paragraph\'s subject acts, then speaks', () => {
    const text = 'Tomas Reyes, the night foreman, wipes grease from his hands before he answers. "Nobody checks the welds after midnight." He shrugs.';
    assert.deepEqual(speakers(text), [['Nobody checks the welds after midnight', 'Tomas Reyes']]);
    assert.deepEqual(unattributed(text), []);
  });

  it('partial quotations inside the speaker\'s own sentence, whatever the verb chain', () => {
    const text = `${TOWN}Ortiz has said for months that she intends to make the port "the busiest on the coast." `
      + 'Delgado has spent the spring assuring donors that the fund is "for the whole region, not one city." '
      + 'The treasurer likened the budget to a lifeboat, "too small for everyone on deck."';
    assert.deepEqual(quotes(text).map((q) => [q.text, q.kind, q.speaker]), [
      ['the busiest on the coast', 'partial', 'Lena Ortiz'],
      ['for the whole region, not one city', 'partial', 'Paul Delgado'],
      ['too small for everyone on deck', 'partial', 'Paul Delgado'],
    ]);
  });

  it('across paragraphs: an introduction, a run an introduction opens, "one said … said another"', () => {
    const text = 'Two nurses waited for the last ferry. Her roommate, a nursing student, cut in.\n\n"We will miss the shift."\n\n'
      + 'The board chair read the statement aloud:\n\n"The ferry will run until June."\n\n"After that, the county decides."\n\n'
      + '"It is the quietest hour of my day," one said. "Speak for yourself," said another.';
    assert.deepEqual(quotes(text).map((q) => [q.text, q.mention]), [
      ['We will miss the shift', 'Her roommate'],
      ['The ferry will run until June', 'The board chair'],
      ['After that, the county decides', 'The board chair'],
      ['It is the quietest hour of my day', 'one'],
      ['Speak for yourself', 'another'],
    ]);
    assert.deepEqual(unattributed(text), []);
  });

  it('speaker mentions: a pronoun stays the mention and resolves to the person; a described source is the speaker', () => {
    const text = `${TOWN}Ortiz left early. "We are done here," she said. "Pour me another," a bartender said.`;
    assert.deepEqual(quotes(text).map((q) => [q.text, q.speaker, q.mention]), [
      ['We are done here', 'Lena Ortiz', 'she'],
      ['Pour me another', 'a bartender', 'a bartender'],
    ]);
  });

  it('a quotation whose attribution was removed is still flagged: proximity is no evidence', () => {
    const text = `${TOWN}"The fund is empty," Ortiz said.\n\n"Nobody kept the receipts."\n\nDelgado has run the treasury since 2019.\n\n"The audit will clear us."`;
    assert.deepEqual(unattributed(text), ['"Nobody kept the receipts."', '"The audit will clear us."']);
  });
});
