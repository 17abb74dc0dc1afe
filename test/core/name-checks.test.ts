import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits, fixAllEdits } from '../../server/src/core/fixes';
import { knowledgeWith } from '../../server/src/core/knowledge';
import { parseStylebook, stylebookKnowledge } from '../../server/src/core/stylebook';
import type { Finding } from '../../server/src/core/types';
import { SEED, wordsOf } from '../support/fixtures';

const nameFindings = (text: string, options: Parameters<typeof analyze>[1] = {}): Finding[] =>
  analyze(text, options).filter((f) => f.code.startsWith('name.'));

function flagged(text: string, options: Parameters<typeof analyze>[1] = {}): string[] {
  return nameFindings(text, options).map((f) => `${f.code} ${wordsOf(text, f)}→${f.fixes[0]?.edits[0]?.newText}`);
}

describe('name.inconsistent and name.house-style', () => {
  describe('the seed draft', () => {
    it('flags exactly the two “Zelensky”, each suggesting “Zelenskyy”', () => {
      const found = nameFindings(SEED);
      assert.equal(found.length, 2);
      for (const finding of found) {
        assert.equal(finding.code, 'name.inconsistent');
        assert.equal(wordsOf(SEED, finding), 'Zelensky');
        assert.equal(finding.fixes[0].edits[0].newText, 'Zelenskyy');
        assert.ok(finding.fixes[0].isPreferred);
        assert.match(finding.message, /Zelenskyy ×2, Zelensky ×2/);
      }
    });

    it('fix-all leaves no name finding and changes no other character', () => {
      const fixed = applyEdits(SEED, fixAllEdits(nameFindings(SEED)));
      assert.deepEqual(nameFindings(fixed), []);
      assert.equal(fixed, SEED.replace(/Zelensky(?!y)/g, 'Zelenskyy'));
      assert.equal(fixed.length, SEED.length + 2);
    });

    it('with a stylebook preferring “Zelensky”, flags the other two instead', () => {
      const knowledge = knowledgeWith([{ spellings: { Zelenskyy: 'Zelensky' } }]);
      const found = nameFindings(SEED, { knowledge });
      assert.deepEqual(found.map((f) => `${f.code} ${wordsOf(SEED, f)}→${f.fixes[0].edits[0].newText}`), [
        'name.inconsistent Zelenskyy→Zelensky',
        'name.inconsistent Zelenskyy→Zelensky',
      ]);
      assert.match(found[0].message, /house stylebook/);
      const fixed = applyEdits(SEED, fixAllEdits(found));
      assert.deepEqual(nameFindings(fixed, { knowledge }), []);
    });
  });

  it('offers every occurrence in one edit', () => {
    const text = 'Zelenskyy met aides in Kiev. Zelensky said Zelensky would return to Kyiv.';
    const found = nameFindings(text);
    assert.deepEqual(found.map((f) => wordsOf(text, f)), ['Kiev', 'Zelensky', 'Zelensky']);
    const all = found[1].fixes[1];
    assert.equal(all.edits.length, 2);
    assert.equal(applyEdits(text, all.edits), 'Zelenskyy met aides in Kiev. Zelenskyy said Zelenskyy would return to Kyiv.');
  });

  it('counts possessive and hyphenated forms and flags inside quotations', () => {
    const text = 'President Zelenskyy arrived. “Zelensky’s plan is the Zelensky-Putin meeting,” an aide said.';
    assert.deepEqual(flagged(text), ['name.inconsistent Zelensky→Zelenskyy', 'name.inconsistent Zelensky→Zelenskyy']);
  });

  it('compares a person’s given name and surname separately', () => {
    assert.deepEqual(flagged('Foreign Minister Sergei Lavrov spoke. Lavrov said no.'), []);
    assert.deepEqual(flagged('Vladimir Zelensky spoke, and Volodymyr Zelenskyy listened.'), [
      'name.inconsistent Vladimir→Volodymyr',
      'name.inconsistent Zelensky→Zelenskyy',
    ]);
  });

  it('keeps a dateline’s capitals in the fix', () => {
    assert.deepEqual(flagged('KIEV, Ukraine — Officials in Kyiv said so.'), ['name.inconsistent KIEV→KYIV']);
  });

  it('does not flag one spelling used throughout without a stylebook', () => {
    assert.deepEqual(flagged('Zelensky met aides. Zelensky later spoke in Kiev.'), []);
  });

  it('flags a lone replaced spelling as house style when the stylebook says so', () => {
    const knowledge = knowledgeWith([{ spellings: { Kiev: 'Kyiv', 'e-mail': 'email' } }]);
    assert.deepEqual(flagged('Officials in Kiev sent an e-mail.', { knowledge }), [
      'name.house-style Kiev→Kyiv',
      'name.house-style e-mail→email',
    ]);
  });

  describe('names no list knows', () => {
    it('flags a minority spelling near a clear majority', () => {
      const text = 'Mayor Dana Kowalczyk spoke. Kowalczyk said yes. Kowalcyk later said more. Kowalczyk left.';
      assert.deepEqual(flagged(text), ['name.inconsistent Kowalcyk→Kowalczyk']);
    });

    it('needs a clear majority', () => {
      assert.deepEqual(flagged('Dana Kowalczyk spoke. Kowalcyk said more.'), []);
      assert.deepEqual(flagged('Kowalczyk spoke. Kowalczyk agreed. Kowalcyk said. Kowalcyk left.'), []);
    });

    it('keeps relatives apart', () => {
      assert.deepEqual(flagged('Ingrid Solheim, the chief executive, spoke. Her father, Arne Solheim, agreed. Solheim said more.'), []);
      assert.deepEqual(flagged('Sergei Ivanov spoke. Ivanov agreed. His wife, Olga Ivanova, disagreed. Ivanov left.'), []);
      assert.deepEqual(flagged('Tomas Novak spoke. Novak agreed. His brother, Karel Nowak, disagreed. Novak left.'), []);
    });
  });

  describe('one name with and without its diacritics (transliteration)', () => {
    it('flags the spelling that differs from the one the draft introduced, whichever it is', () => {
      assert.deepEqual(flagged('Greta Schäfer, a beekeeper, lost two hives. Schaefer said the winter was wet.'), ['name.inconsistent Schaefer→Schäfer']);
      assert.deepEqual(flagged('Anders Bjørnstad fishes off the coast. Bjoernstad said the cod moved north.'), ['name.inconsistent Bjoernstad→Bjørnstad']);
      assert.deepEqual(flagged('Lucía Zubiría teaches in Austin. Zubiria said her class had doubled. Zubiria smiled.'), ['name.inconsistent Zubiría→Zubiria']);
      // A known person's surname without the accent is still the draft's own person's.
      assert.deepEqual(flagged('Lucía Fernández teaches in Austin. Fernandez said her class had doubled.'), ['name.inconsistent Fernandez→Fernández']);
      assert.deepEqual(flagged('Gustav Krauß runs the mill. Krauss said orders had fallen.'), ['name.inconsistent Krauss→Krauß']);
    });

    it('does not fold plain spellings that only look alike, or different names', () => {
      assert.deepEqual(flagged('Noah Samuel spoke. Samul Brandt, his neighbour, disagreed. Samuel left.'), []);
      assert.deepEqual(flagged('Jonas Müller spoke. Maren Möller, his colleague, agreed.'), []);
    });
  });

  describe('the draft\'s own spelling of a full name it introduced', () => {
    it('flags a letter added or dropped at the end of a surname written alone', () => {
      assert.deepEqual(flagged('Mira Castellan runs the clinic. Castellan said the wait was long. Castellanh said more. Castellan left.'),
        ['name.inconsistent Castellanh→Castellan']);
    });

    it('keeps a plural, a people or an adjective made from the name apart', () => {
      assert.deepEqual(flagged('Tom Whitlock spoke. Whitlock said the Whitlocks would stay. Whitlock left.'), []);
    });

    it('beats the knowledge base: a bare surname one letter from the draft\'s person is that person, not a known namesake', () => {
      assert.deepEqual(flagged('Ingrid Solbergh, a nurse, worked all night. Solbergh said power failed. Solberg said the generators held. Solbergh went home.'),
        ['name.inconsistent Solberg→Solbergh']);
      // The known person named in full keeps their own spelling.
      assert.deepEqual(flagged('Erna Solberg spoke. Ingrid Solbergh, a nurse, agreed. Solbergh said so. Solberg left. Solbergh stayed.'), []);
    });
  });

  describe('names that are not one name spelled two ways', () => {
    // Class 1: a family name in the plural is the family.
    const plurals = [
      'Former Governor Tom Whitlock spoke. Whitlock said the Whitlocks would return. Whitlock smiled. Both Whitlocks left. Whitlock waved.',
      'Capt. Ines Varga steered. Varga said the Vargas had run the ferry since 1990. Varga laughed.',
      'President Emmanuel Macron and Brigitte Macron arrived, and the Macrons waved.',
      'Lena Marsh and Joel Marsh run the inn. The Marshes said Marsh’s mother founded it. Marsh smiled.',
    ];
    for (const text of plurals) it(`takes a plural family name for the family: ${text.slice(0, 40)}…`, () => assert.deepEqual(flagged(text), []));

    // Class 3: a person's given name and surname are compared only with that person's mentions.
    const differentPeople = [
      // a given name before a particle
      'Councilwoman Rita Haddad spoke. Haddad said yes. Haddad left. The envoy Hadad bin Walker arrived.',
      // a given name written alone, in a quotation
      'Harriet Kessel spoke. Kessel agreed. Kessel left. Kesel Moody, her rival, said no. "Kesel will win," said an aide.',
      // a surname after a given name that is also an ordinary word
      'Marco Rubio spoke. A campaign aide, Mike Rubino, wrote to him.',
      // a known person’s surname used as someone else’s given name, and look-alike surnames of two families
      'Ronald Reagan and Nancy Reagan came. Reagan spoke. Reagan left. Dan Regan wrote a memoir. Regan said so.',
      // a surname one letter from a place
      'Tim Kaine spoke. Kaine said yes. Voters in Maine agreed.',
      // two people who share a surname and parts of a given name
      'President Lee Jae-myung met Lee Jae-yong, the Samsung chairman. Lee Jae-yong said the talks went well.',
      // words made from a name: a people, an adjective
      'Rosa Ybarra said Latino voters, Latino pastors and Latino students were angry, like Latinos across Texas.',
      'Trade across sub-Saharan Africa grew faster than anywhere in Africa. In the Horn of Africa, by African standards, it boomed.',
    ];
    for (const text of differentPeople) it(`keeps apart: ${text.slice(0, 50)}…`, () => assert.deepEqual(flagged(text), []));

    // Class 4: a variant that is also an ordinary word or something else.
    const notTheEntity = [
      // an ordinary word at the start of a sentence (the knowledge base marks "Store" for Støre)
      'Prime Minister Jonas Gahr Støre spoke in Oslo. Store owners said prices were too high.',
      // a dish, a drink and a street named after a place
      'Kyiv was calm on Sunday. The cafe served chicken Kiev, a Kiev cake and Peking duck. Traffic jammed Kiev Street.',
      // another person's surname after their given name
      'Prime Minister Viktor Orbán spoke in Budapest. Romania’s former prime minister Ludovic Orban disagreed. Orbán said no.',
    ];
    for (const text of notTheEntity) it(`takes a variant for the entity only in context: ${text.slice(0, 50)}…`, () => assert.deepEqual(flagged(text), []));

    it('still counts a marked variant where the draft names the entity otherwise', () => {
      assert.deepEqual(flagged('Prime Minister Jonas Gahr Støre spoke in Oslo. On Monday, Store said the talks would go on. Støre left.'), ['name.inconsistent Store→Støre']);
      assert.deepEqual(flagged('Kyiv was calm. Officials in Kiev said so.'), ['name.inconsistent Kiev→Kyiv']);
    });

    it('still flags a surname misspelt on second reference', () => {
      assert.deepEqual(flagged('Singer Marla Kiedrow toured. Kiedrow sang. Kiedrow left. Keidrow said no.'), ['name.inconsistent Keidrow→Kiedrow']);
    });

    it('flags an apostrophe put inside a surname ending in s, and moves it', () => {
      const text = 'Geert Wilders spoke. Wilders agreed. Wilder’s supporters cheered.';
      assert.deepEqual(flagged(text), ['name.inconsistent Wilder’s→Wilders’']);
    });

    it('compares a hyphenated surname as one', () => {
      assert.deepEqual(flagged('President Karin Keller-Sutter spoke. Keller-Sutter agreed. Keller-Suter said no.'), ['name.inconsistent Keller-Suter→Keller-Sutter']);
    });
  });

  describe('the wire services’ spellings (copydesk.nameAuthority, the stylebook’s authority:)', () => {
    const text = 'Turkish President Recep Tayyip Erdoğan spoke in Ankara. Erdoğan said the talks would go on. Ukraine’s Volodymyr Zelenskyy agreed, and Zelenskiy thanked him.';
    const at = (nameAuthority: 'native' | 'ap' | 'reuters') => flagged(text, { settings: { nameAuthority } });

    it('accepts the person’s own spelling by default', () => {
      assert.deepEqual(at('native'), ['name.inconsistent Zelenskiy→Zelenskyy']);
    });

    it('accepts AP’s spelling when the house follows AP, and says so', () => {
      assert.deepEqual(at('ap'), ['name.house-style Erdoğan→Erdogan', 'name.house-style Erdoğan→Erdogan', 'name.inconsistent Zelenskiy→Zelenskyy']);
      const [first] = nameFindings(text, { settings: { nameAuthority: 'ap' } });
      assert.match(first.message, /follows AP/);
    });

    it('accepts Reuters’ spelling when the house follows Reuters, its full name too', () => {
      assert.deepEqual(at('reuters'), [
        'name.house-style Recep Tayyip Erdoğan→Tayyip Erdogan', 'name.house-style Erdoğan→Erdogan', 'name.inconsistent Zelenskyy→Zelenskiy',
      ]);
    });

    it('takes the house stylebook’s authority over the setting', () => {
      const knowledge = stylebookKnowledge(parseStylebook('authority: ap\n'));
      assert.deepEqual(flagged(text, { knowledge, settings: { nameAuthority: 'reuters' } }), at('ap'));
      assert.deepEqual(parseStylebook('authority: bbc\n').problems.length, 1);
    });

    it('moves a second reference to the agency’s, however many words it has', () => {
      const sisi = 'Egyptian President Abdel Fattah el-Sisi met aides. Sisi said el-Sisi would travel.';
      assert.deepEqual(flagged(sisi, { settings: { nameAuthority: 'ap' } }).filter((f) => !f.includes('Abdel')), [
        // in the full name, then opening a sentence, then mid-sentence
        'name.inconsistent el-Sisi→el-Sissi', 'name.inconsistent Sisi→El-Sissi', 'name.inconsistent el-Sisi→el-Sissi',
      ]);
    });
  });

  describe('look-alike names', () => {
    const traps = [
      'Iran and Iraq met. Iran said yes. Iran left. Iraq stayed.',
      'Austria and Australia met. Austria said yes. Austria left. Australia stayed.',
      'Sudan and South Sudan met. Sudan said yes. Sudan left. South Sudan stayed.',
      'Niger and Nigeria met. Niger said yes. Niger left. Nigeria stayed.',
      'Olena Zelenska stood next to President Volodymyr Zelenskyy. Zelenskyy spoke. Zelenska listened. Zelenskyy left.',
      'Dmitry Peskov spoke. Dmytro Kuleba answered. Peskov said no. Kuleba said yes.',
      'Von der Leyen spoke. Ursula von der Leyen, the Commission president, said von der Leyen would stay.',
      'Oil prices rose in Odessa, Texas, where drillers met. Ukraine’s port of Odesa was shelled.',
      'Oksana Zelensky, a teacher, met President Zelenskyy. Zelenskyy spoke.',
    ];
    for (const text of traps) {
      it(`flags nothing in: ${text.slice(0, 50)}…`, () => assert.deepEqual(flagged(text), []));
    }

    it('takes a person named in apposition after a city for someone there, not for the state of another city of that name', () => {
      assert.deepEqual(flagged('Drones hit Odesa overnight. The mayor of Odessa, Hennadiy Trukhanov, said three people were hurt.'), ['name.inconsistent Odessa→Odesa']);
    });
  });
});

describe('name.inconsistent: a name written surname first', () => {
  it('reads the surname where it is written ("Takaichi Sanae" for Sanae Takaichi)', () => {
    assert.deepEqual(flagged('Prime Minister Takaichi Sanae met reporters. Takaichi said the talks went well.', { articleDate: '2025-11-20' }), []);
    assert.deepEqual(flagged('Prime Minister Takaichi Sanae met reporters. Takaichi said the talks went well. Takiachi said more.', { articleDate: '2025-11-20' }),
      ['name.inconsistent Takiachi→Takaichi']);
  });
});
