// The attribution layer reading the clause a quotation stands in: the subject of its reporting verb
// past what stands between them, the attribution closing a sentence, the speaker of a fragment in
// a sentence whose subject speaks. Invented people and sentences, each rule with a sentence that
// must keep its old reading.
import { strict as assert } from 'node:assert';
import { analyze, createContext } from '../../server/src/core/analyze';
import { DraftDocument } from '../../server/src/core/document';
import { attributionsOf } from '../../server/src/core/attribution';

const DATE = '2025-06-01';
const PEOPLE = 'Mayor Ines Calder met union leader Tomas Brandt on Monday.\n\n';

function quotes(text: string) {
  const context = createContext(new DraftDocument(PEOPLE + text, 'plaintext'), { articleDate: DATE });
  return attributionsOf(context).quotes.map((q) => ({ text: q.text.text, kind: q.kind, speaker: q.speaker?.name ?? null, mention: q.speaker?.mention.text ?? null, cue: q.cue?.text ?? null }));
}

function readings(text: string) {
  return quotes(text).map((q) => [q.text, q.kind, q.mention]);
}

function unattributed(text: string) {
  const draft = PEOPLE + text;
  return analyze(draft, { articleDate: DATE }).filter((f) => f.code === 'quote.unattributed').map((f) => draft.slice(f.start, f.end));
}

describe('attribution: the subject of the reporting verb', () => {
  it('is found past a time, a phrase placing the person and a participle phrase between it and its verb', () => {
    assert.deepEqual(readings('Calder on Tuesday criticized the budget, saying it goes "nowhere near far enough."\n\n'
      + 'Calder has in the past described the plan as "a lifeboat with holes."\n\n'
      + 'Brandt at the time said the cuts were "reckless."\n\n'
      + 'Calder in an interview with the Gazette on Sunday said "we cannot pay for it."\n\n'
      + 'An aide speaking to the Harbor Gazette said, "The mayor will not sign it."\n\n'
      + 'A report last week said "the port is full."'), [
      ['nowhere near far enough', 'partial', 'Calder'],
      ['a lifeboat with holes', 'partial', 'Calder'],
      ['reckless', 'partial', 'Brandt'],
      ['we cannot pay for it', 'full', 'Calder'],
      ['The mayor will not sign it', 'full', 'An aide'],
      ['the port is full', 'full', 'A report'],
    ]);
  });

  it('keeps a name that is also a month, an infinitive and a phrase that belongs to the source', () => {
    assert.deepEqual(readings('Prime Minister Theresa May said "we will leave."\n\n'
      + 'Calder expects Brandt to announce an "escalation" of the strike.\n\n'
      + 'A spokeswoman for the council said "the talks are over."'), [
      ['we will leave', 'full', 'Theresa May'],
      ['escalation', 'partial', 'Calder'],
      ['the talks are over', 'full', 'A spokeswoman for the council'],
    ]);
  });

  it('a relative pronoun stands for the source before it, and stays the mention', () => {
    const result = quotes('Brandt disowned remarks by a union steward who said members should "never vote for a mayor again."\n\n'
      + 'The strike was planned by Brandt, who has said he wants "a fair deal."');
    assert.deepEqual(result.map((q) => [q.text, q.speaker, q.mention]), [
      ['never vote for a mayor again', 'a union steward', 'who'],
      ['a fair deal', 'Tomas Brandt', 'who'],
    ]);
  });

  it('after a quotation, the verb of a relative clause or an apposition is not the attribution', () => {
    assert.deepEqual(readings('"The answer is no," Brandt, who has long opposed the plan, said at the time.\n\n'
      + '"The answer is still no," Okafor, a deckhand who joined in May, told the meeting.\n\n'
      + '"We will stay," a voter who lives near the port said.'), [
      ['The answer is no', 'full', 'Brandt'],
      ['The answer is still no', 'full', 'Okafor'],
      ['We will stay', 'full', 'a voter'],
    ]);
  });

  it('a word after a possessive is a noun, never the verb of a subject', () => {
    assert.deepEqual(readings('Brandt’s remarks feed “the mob mentality” stirred by rivals, the dockers say.'), [
      ['the mob mentality', 'partial', 'the dockers'],
    ]);
  });
});

describe('attribution closing a sentence', () => {
  it('an inverted verb and a subject with a description, after the writer\'s words run on from the quotation', () => {
    const text = '"We will never sign it" unless the council pays, said Steve Ruiz, deputy mayor for the port district. "Never."';
    assert.deepEqual(readings(text), [['We will never sign it', 'partial', 'Steve Ruiz'], ['Never', 'full', 'Steve Ruiz']]);
    assert.deepEqual(unattributed(text), []);
  });

  it('a subject and verb ending the sentence, after a word that could be a verb', () => {
    assert.deepEqual(readings('The cuts favour “the big carriers” over small ones, the dockers say.'), [['the big carriers', 'partial', 'the dockers']]);
  });

  it('an attribution between the parts of a split quotation credits both', () => {
    const text = '"If there had been no deal" by the council, Calder said at a town hall on Monday, "we would be bankrupt."';
    assert.deepEqual(readings(text), [['If there had been no deal', 'partial', 'Calder'], ['we would be bankrupt', 'full', 'Calder']]);
    assert.deepEqual(unattributed(text), []);
  });

  it('the closing attribution credits every fragment of its sentence', () => {
    assert.deepEqual(readings('The plan was a "good idea" that delivered "frankly good results," he remarked.'), [
      ['good idea', 'partial', 'he'],
      ['frankly good results', 'partial', 'he'],
    ]);
  });

  it('"as X said" after a quotation attributes it; "as the crowd roared" does not', () => {
    assert.deepEqual(readings('The race is "a dead heat right now," as Brandt said on the radio on Monday.\n\n'
      + 'The port is "full," as the crowd roared.'), [
      ['a dead heat right now', 'partial', 'Brandt'],
      ['full', 'scare', null],
    ]);
  });
});

describe('attribution: fragments in a sentence whose subject speaks', () => {
  it('"which she described as" credits her; "is described as" and "dubbed" keep a term at a distance', () => {
    assert.deepEqual(readings('Calder dismissed the strike, which she described as "a stunt."\n\n'
      + 'The strike is described as "the long night" on the docks.\n\n'
      + 'The strike, dubbed "the long night," ended.'), [
      ['a stunt', 'partial', 'she'],
      ['the long night', 'scare', null],
      ['the long night', 'scare', null],
    ]);
  });

  it('a participle after "kept", "began" or "continued" has that verb\'s subject', () => {
    assert.deepEqual(readings('Brandt kept asking the mayor why the budget was "secret."'), [['secret', 'partial', 'Brandt']]);
  });
});

describe('attribution: a pronoun inside the clause of a named subject', () => {
  it('stands for that subject, who is the source; a pronoun opening a clause of its own stays the mention', () => {
    assert.deepEqual(readings('Calder said that over the winter she has tried “to save the port.”\n\n'
      + 'Brandt has railed against what he calls “the mayor’s cartel.”\n\n'
      + 'Calder visited the docks on Friday, where she called the strike “a stunt.”\n\n'
      + 'Brandt praised the deal, but he also noted “serious gaps.”'), [
      ['to save the port', 'partial', 'Calder'],
      ['the mayor’s cartel', 'partial', 'Brandt'],
      ['a stunt', 'partial', 'she'],
      ['serious gaps', 'full', 'he'],
    ]);
  });
});

describe('attribution: any verb inverted after a quotation', () => {
  it('credits the noun phrase closing the sentence; not after words quoted inside the subject\'s phrase', () => {
    assert.deepEqual(readings('“The strike is over,” read the statement. “We thank every member.”\n\n'
      + '“Dockers should stay home tomorrow,” opined the Harbor Gazette.\n\n'
      + '“This is fantastic!” beamed Tomas Brandt of the dockers’ union.\n\n'
      + '“The carriers are leaving,” the dockers state in their letter.\n\n'
      + 'Calder, in her speech “Open Water,” praised Brandt.'), [
      ['The strike is over', 'full', 'the statement'],
      ['We thank every member', 'full', 'the statement'],
      ['Dockers should stay home tomorrow', 'full', 'the Harbor Gazette'],
      ['This is fantastic!', 'full', 'Tomas Brandt'],
      ['The carriers are leaving', 'full', 'the dockers'],
      ['Open Water', 'title', null],
    ]);
  });
});

describe('attribution: a quotation introduced before and attributed after', () => {
  it('takes the reporting verb right after it; not a clause that goes on to the next quotation', () => {
    assert.deepEqual(readings('Brandt sounded weary: “We did what we could,” he said.\n\n'
      + 'Brandt waited, but despite the noise, “we are not leaving,” said Calder.\n\n'
      + 'Calder asked, “Why now?” Brandt then wrote back, “Because the port is full.”\n\n'
      + 'Calder said, “We will win,” and left the hall.'), [
      ['We did what we could', 'full', 'he'],
      ['we are not leaving', 'partial', 'Calder'],
      ['Why now?', 'full', 'Calder'],
      ['Because the port is full', 'full', 'Brandt'],
      ['We will win', 'full', 'Calder'],
    ]);
  });
});

describe('attribution: the source after a quotation, as newsrooms describe it', () => {
  it('two descriptions of one source, a person after the words of a title, a plural subject before "state"', () => {
    assert.deepEqual(readings('"The cranes are old," the Ohio senator and presidential candidate said in a statement.\n\n'
      + '"Thanks, Harbor City, for welcoming these workers," said master of ceremonies Asab Tabchi, a retired engineer.\n\n'
      + '"Today, the port is one of the busiest in the region," the Danes state in their letter.'), [
      ['The cranes are old', 'full', 'the Ohio senator and presidential candidate'],
      ['Thanks, Harbor City, for welcoming these workers', 'full', 'Asab Tabchi'],
      ['Today, the port is one of the busiest in the region', 'full', 'the Danes'],
    ]);
  });
});

describe('attribution: the clause before a partial quotation', () => {
  it('reads past a fronted phrase whose nouns look like verbs, and past "even" or "just" between auxiliary and verb', () => {
    assert.deepEqual(readings('In response to questions from reporters, Calder indicated that the union "should have known that the port was full" before the strike.\n\n'
      + 'Brandt has even claimed he will build a berth to "create the biggest boom since the war."'), [
      ['should have known that the port was full', 'partial', 'Calder'],
      ['create the biggest boom since the war', 'partial', 'Brandt'],
    ]);
  });
});

describe('attribution: described sources the draft names', () => {
  it('"put it" reports speech, past a participle phrase with a verb of its own', () => {
    assert.deepEqual(readings('A port economist, speaking on condition of anonymity because her bank advises the city, put it more bluntly: "The whole plan depends on the weather."\n\n'
      + 'At the time, as union lawyer Marc Trevin put it, "apart from the noise, there was nothing to report."'), [
      ['The whole plan depends on the weather', 'full', 'A port economist'],
      ['apart from the noise, there was nothing to report', 'partial', 'Marc Trevin'],
    ]);
  });

  it('"the authority" is the organisation named earlier whose name ends in that noun', () => {
    const result = quotes('Brandt spoke for the Harbor Dock Authority.\n\n'
      + 'According to the authority\'s annual report, "the berth will double the port\'s capacity."\n\n'
      + '"We will open in June," the authority said.\n\n'
      + '"We will close in May," the union said.');
    assert.deepEqual(result.map((q) => [q.speaker, q.mention]), [
      ['Harbor Dock Authority annual report', 'the authority\'s annual report'],
      ['Harbor Dock Authority', 'the authority'],
      ['the union', 'the union'],
    ]);
  });
});

describe('attribution: the clause before a quotation, fronted phrases and documents', () => {
  it('"according to" takes any noun phrase; a fronted subordinate clause is not the subject; a text "reads"', () => {
    assert.deepEqual(readings('According to the newspaper, "the port has lost its carriers to the south."\n\n'
      + 'In the spring after the strike broke out, Calder emphatically proclaimed at a press conference, "I did not sign any secret deal."\n\n'
      + '"The port is closed," the sign reads.\n\n'
      + '"We are leaving," Read said.'), [
      ['the port has lost its carriers to the south', 'full', 'the newspaper'],
      ['I did not sign any secret deal', 'full', 'Calder'],
      ['The port is closed', 'full', 'the sign'],
      ['We are leaving', 'full', 'Read'],
    ]);
  });
});
