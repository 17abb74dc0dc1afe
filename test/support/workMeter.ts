// Deterministic measures of how much work the analysis does, for tests that keep its cost linear
// in the draft without timing anything (timings belong to `npm run bench`).
//
// - regexCharacters: the characters regular expressions cross while a function runs, from where
//   each search starts to where it stops (its match's end, else the end of the text). Every
//   search goes through RegExp.prototype.exec (test, replace, split and matchAll call it too), so
//   replacing it for the duration counts them all.
// - reads: how many times the listed properties of some objects are read while a function runs.

/** Characters crossed by regular-expression searches while `run` runs. */
export function regexCharacters(run: () => void): number {
  const exec = RegExp.prototype.exec;
  let crossed = 0;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, input);
    const text = String(input);
    crossed += Math.max(1, (match ? match.index + match[0].length : text.length) - from);
    return match;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = exec;
  }
  return crossed;
}

/** Reads of `properties` of each of `objects` while `run` runs (values and writes keep working). */
export function propertyReads<T extends object>(objects: readonly T[], properties: ReadonlyArray<keyof T & string>, run: () => void): number {
  let reads = 0;
  const saved = objects.map((object) => properties.map((p) => Object.getOwnPropertyDescriptor(object, p)));
  for (const object of objects) {
    for (const p of properties) {
      let value = (object as Record<string, unknown>)[p];
      Object.defineProperty(object, p, {
        configurable: true,
        enumerable: true,
        get: () => { reads++; return value; },
        set: (v) => { value = v; },
      });
    }
  }
  try {
    run();
  } finally {
    objects.forEach((object, i) => properties.forEach((p, j) => {
      const descriptor = saved[i][j];
      const value = (object as Record<string, unknown>)[p];
      if (descriptor && 'value' in descriptor) Object.defineProperty(object, p, { ...descriptor, value });
      else if (!descriptor) delete (object as Record<string, unknown>)[p];
    }));
  }
  return reads;
}
