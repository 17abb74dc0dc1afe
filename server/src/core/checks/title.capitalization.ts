import { titlesOf, type TitleMention } from '../titles/mentions';
import { officeIndex } from '../titles/offices';
import { applyCasing } from '../titles/render';
import type { Check } from './check';

/**
 * Formal titles, which AP capitalises before a name: offices of state and the heads of
 * international organisations. Job descriptions stay lower-case even before a name ("special
 * envoy Steve Witkoff", "Kremlin spokesman Dmitry Peskov", "national security adviser Mike Waltz").
 */
const FORMAL_OFFICES = new Set([
  'head-of-state', 'head-of-government', 'deputy-head-of-government', 'vice-president', 'crown-prince', 'foreign-minister',
  'defence-minister', 'interior-minister', 'finance-minister', 'secretary-general', 'president', 'managing-director',
  'director-general', 'high-representative', 'commission-president', 'council-president', 'parliament-president',
]);
/** Formal titles the knowledge base names no office for (a mayor, a governor, a senator). */
const FORMAL_HEADS = new Set(['mayor', 'governor', 'senator', 'king', 'queen', 'emir', 'sultan', 'pope', 'premier', 'chancellor', 'president', 'ambassador']);

/** AP style: a formal title is capitalised directly before a name and lower-case elsewhere. */
export const titleCapitalization: Check = {
  id: 'title.capitalization',
  defaultLevel: 'off',
  description: 'AP style: a formal title is capitalised directly before a name (Foreign Minister Sergei Lavrov) and lower-case standing alone or after the name (Lavrov, the foreign minister). Off by default.',
  run(context, report) {
    const offices = officeIndex(context.knowledge);
    const formal = (mention: TitleMention) => !mention.description
      && ([...offices.officesNamedAnywhere(mention.words)].some((office) => FORMAL_OFFICES.has(office)) || (mention.words.length === 1 && FORMAL_HEADS.has(mention.head)));
    for (const mention of titlesOf(context).mentions) {
      if (mention.inQuote || mention.indefinite || !formal(mention)) continue;
      const text = mention.text;
      if (mention.position === 'before' && !mention.setOff) {
        if (mention.casing === 'title') continue;
        const right = applyCasing(text, 'title', false);
        report({
          start: mention.start,
          end: mention.end,
          message: `Title case (AP): write "${right}" directly before a name. AP style capitalises a formal title there and lowercases it elsewhere.`,
          fixes: [{ title: `Capitalise: "${right}"`, edits: [{ start: mention.start, end: mention.end, newText: right }], isPreferred: true }],
        });
      } else if (mention.casing !== 'lower' && !(mention.sentenceStart && mention.start === mention.phrase.start && mention.casing === 'sentence')) {
        const right = applyCasing(text, 'lower', mention.sentenceStart && mention.start === mention.phrase.start);
        if (right === text) continue;
        report({
          start: mention.start,
          end: mention.end,
          message: `Title case (AP): write "${right}" ${mention.position === 'after' ? 'after a name' : 'standing alone'}. AP style capitalises a formal title only directly before a name.`,
          fixes: [{ title: `Lowercase: "${right}"`, edits: [{ start: mention.start, end: mention.end, newText: right }], isPreferred: true }],
        });
      }
    }
  },
};
