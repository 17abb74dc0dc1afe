// Layers that read the knowledge base and the article date as well as the draft (people, titles,
// attribution): memoised on the draft version like `defineLayer`, then per knowledge base and date.
import type { CheckContext } from './checks/check';
import { defineLayer } from './document';
import type { Knowledge } from './knowledge';

/** `compute` runs once per draft version, knowledge base and article date, however many checks and features ask. */
export function defineContextLayer<T>(name: string, compute: (context: CheckContext) => T): (context: CheckContext) => T {
  const perVersion = defineLayer(name, () => new WeakMap<Knowledge, Map<string, T>>());
  return (context) => {
    const byKnowledge = perVersion(context.doc);
    let byDate = byKnowledge.get(context.knowledge);
    if (!byDate) byKnowledge.set(context.knowledge, (byDate = new Map()));
    let value = byDate.get(context.articleDate);
    if (value === undefined) byDate.set(context.articleDate, (value = compute(context)));
    return value;
  };
}
