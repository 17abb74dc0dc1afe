import { strict as assert } from 'node:assert';
import { DraftDocument } from '../../server/src/core/document';
import { builtinKnowledge, Knowledge } from '../../server/src/core/knowledge';
import { isCommonWord, nameMentionsOf, similarSpelling, type NameMention } from '../../server/src/core/names';
import type { Language } from '../../server/src/core/types';

function mentions(text: string, language: Language = 'plaintext', knowledge: Knowledge = builtinKnowledge()): NameMention[] {
  return [...nameMentionsOf({ doc: new DraftDocument(text, language), knowledge }).mentions];
}

function described(text: string): string[] {
  return mentions(text).map((m) => `${m.text}${m.possessive ? '(poss)' : ''}${m.entity ? `=${m.entity.entry.id}/${m.kind}` : ''}`);
}

describe('name mentions', () => {
  it('finds full names, surnames, variants and possessives, resolved to the knowledge base', () => {
    assert.deepEqual(
      described('Ukrainian President Volodymyr Zelenskyy met aides. Zelensky’s office said Zelenskyy would travel.'),
      ['Volodymyr Zelenskyy=volodymyr-zelenskyy/name', 'Zelensky(poss)=volodymyr-zelenskyy/variant', 'Zelenskyy=volodymyr-zelenskyy/surname'],
    );
  });

  it('keeps particles and reads a capitalised particle at the start of a sentence as the same name', () => {
    const found = mentions('Commission President Ursula von der Leyen spoke. Von der Leyen later left, and von der Leyen returned.');
    assert.deepEqual(found.map((m) => m.text), ['Ursula von der Leyen', 'Von der Leyen', 'von der Leyen']);
    assert.ok(found.every((m) => m.entity?.entry.id === found[0].entity?.entry.id && m.entity));
    assert.equal(found[1].kind, 'surname');
    assert.ok(found[1].sentenceInitial);
  });

  it('splits hyphenated pairs of names and keeps hyphenated names whole', () => {
    assert.deepEqual(
      described('The Zelensky-Putin meeting never happened, Ivano-Frankivsk officials said.'),
      ['Zelensky=volodymyr-zelenskyy/variant', 'Putin=vladimir-putin/surname', 'Ivano-Frankivsk=ivano-frankivsk/name'],
    );
  });

  it('reads a dateline in capitals and organisation names with al-', () => {
    assert.deepEqual(described('KYIV, Ukraine — An al-Qaida cell and al Qaeda fighters.'), ['KYIV=kyiv/name', 'Ukraine=UA/name', 'al-Qaida=al-qaida/name', 'al Qaeda=al-qaida/variant']);
  });

  it('finds names no list knows, without the titles and ordinary words before them', () => {
    const text = 'Chief Executive Ingrid Solheim said cuts were due. Residents were told. Solheim’s father, Arne Solheim, agreed. However, Solhiem said more.';
    assert.deepEqual(mentions(text).map((m) => m.text), ['Ingrid Solheim', 'Solheim', 'Arne Solheim', 'Solhiem']);
    assert.ok(mentions(text).every((m) => !m.entity && !m.form));
  });

  it('does not take pronouns, months or ordinary words for surnames', () => {
    assert.deepEqual(described('He said in May that Rose would go.'), []);
  });

  it('does not give a known surname to someone with another given name', () => {
    const found = mentions('Oksana Zelensky, a teacher, said President Zelensky was right.');
    assert.equal(found[0].text, 'Oksana Zelensky');
    assert.equal(found[0].entity, undefined);
    assert.equal(found[1].text, 'Zelensky');
    assert.equal(found[1].entity?.entry.id, 'volodymyr-zelenskyy');
  });

  it('gives a bare surname to the full name the draft introduced, not to a known person of that surname', () => {
    const found = mentions('Bennett spoke in Jerusalem on Monday. Campaign manager Barry Bennett quit on Tuesday. Bennett said the team was tired.');
    assert.deepEqual(found.map((m) => [m.text, m.entity?.entry.id]), [
      ['Bennett', 'naftali-bennett'], ['Jerusalem', found[1].entity?.entry.id], ['Barry Bennett', undefined], ['Bennett', undefined],
    ]);
    assert.equal(found[3].form, undefined);
  });

  it('takes a known surname before another name for a given name', () => {
    const found = mentions('Dan Regan wrote a memoir.');
    assert.deepEqual(found.map((m) => [m.text, m.entity?.entry.id]), [['Dan Regan', undefined]]);
  });

  it('tells apart people whose names look alike', () => {
    const found = mentions('Olena Zelenska stood next to Volodymyr Zelenskyy. Dmytro Kuleba and Dmitry Peskov spoke.');
    assert.deepEqual(found.map((m) => m.text), ['Olena Zelenska', 'Volodymyr Zelenskyy', 'Dmytro Kuleba', 'Dmitry Peskov']);
    assert.deepEqual(found.slice(0, 3).map((m) => m.entity?.entry.id), ['olena-zelenska', 'volodymyr-zelenskyy', 'dmytro-kuleba']);
    assert.notEqual(found[3].entity?.entry.id, 'dmytro-kuleba');
  });

  it('resolves a surname shared by several people to the one the draft introduced', () => {
    const kb = new Knowledge([{
      people: [
        { id: 'a-kim', name: 'Alice Kim', surname: 'Kim', pronouns: 'she', description: 'A test person one', wikidata: 'Q1', roles: [], source: 'https://example.org' },
        { id: 'b-kim', name: 'Bob Kim', surname: 'Kim', pronouns: 'he', description: 'A test person two', wikidata: 'Q2', roles: [], source: 'https://example.org' },
      ],
    }]);
    const found = mentions('Kim arrived. Bob Kim spoke first. Kim said more. Alice Kim replied. Kim left.', 'plaintext', kb);
    assert.deepEqual(found.map((m) => m.entity?.entry.id), [undefined, 'b-kim', 'b-kim', 'a-kim', 'a-kim']);
  });

  it('skips what is not prose in Markdown and keeps offsets into the file', () => {
    const text = '---\ntitle: Zelensky in Kiev\n---\n\nPresident `Kiev` Zelenskyy in Kyiv.\n';
    const found = mentions(text, 'markdown');
    assert.deepEqual(found.map((m) => text.slice(m.start, m.end)), ['Zelenskyy', 'Kyiv']);
  });

  it('looks mentions up by offset and by entity', () => {
    const text = 'Marco Rubio met Sergey Lavrov. Rubio spoke.';
    const layer = nameMentionsOf({ doc: new DraftDocument(text, 'plaintext'), knowledge: builtinKnowledge() });
    assert.equal(layer.at(3)?.text, 'Marco Rubio');
    assert.equal(layer.at(11)?.text, 'Marco Rubio');
    assert.equal(layer.at(13), undefined);
    assert.deepEqual(layer.between(12, 40).map((m) => m.text), ['Sergey Lavrov', 'Rubio']);
    const rubio = layer.at(0)!.entity!.entry;
    assert.deepEqual(layer.of(rubio).map((m) => m.text), ['Marco Rubio', 'Rubio']);
  });
});

describe('spelling similarity', () => {
  it('pairs near-identical spellings that sound alike', () => {
    for (const [a, b] of [['Kowalczyk', 'Kowalcyk'], ['Solheim', 'Solhiem'], ['Wierzbicki', 'Wierzbiki'], ['Piperea', 'Piperia'], ['Yermak', 'Iermak']]) {
      assert.ok(similarSpelling(a, b), `${a} ~ ${b}`);
    }
  });

  it('keeps distinct names apart', () => {
    for (const [a, b] of [['Iran', 'Iraq'], ['Austria', 'Australia'], ['Niger', 'Nigeria'], ['Ivanov', 'Ivanova'], ['Zelensky', 'Zelenska'], ['Kowalski', 'Kowalska']]) {
      assert.ok(!similarSpelling(a, b), `${a} ≁ ${b}`);
    }
  });

  it('knows common English words', () => {
    assert.ok(isCommonWord('Residents'));
    assert.ok(isCommonWord('however'));
    assert.ok(!isCommonWord('Kowalczyk'));
  });
});
