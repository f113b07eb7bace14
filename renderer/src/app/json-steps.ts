/**
 * JSON text built a piece at a time, for work that runs in idle time (runInIdleSteps): the draft
 * autosave of a 2 000-card map serialised in one go is a task of some 20–40 ms (100 ms and more at
 * 10 000 cards), long enough to drop frames of a pan or a drag that starts meanwhile.
 */

/**
 * Steps to `JSON.stringify(value)` (the same text, without indentation): the items of every
 * top-level array longer than `chunk` are written `chunk` at a time, with a step between chunks.
 * The value must not change while the steps run (the document's maps are immutable).
 */
export function* stringifyInSteps(value: Readonly<Record<string, unknown>>, chunk = 200): Generator<void, string, void> {
  const fields: string[] = [];
  for (const key of Object.keys(value)) {
    const field = value[key];
    if (Array.isArray(field) && field.length > chunk) {
      const items: string[] = [];
      for (let i = 0; i < field.length; i += chunk) {
        yield;
        const end = Math.min(field.length, i + chunk);
        // As JSON.stringify writes an array item it cannot write (undefined, a function): null.
        for (let j = i; j < end; j++) items.push(JSON.stringify(field[j]) ?? 'null');
      }
      fields.push(`${JSON.stringify(key)}:[${items.join(',')}]`);
    } else {
      const text = JSON.stringify(field);
      // As JSON.stringify leaves out a field it cannot write.
      if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`);
    }
  }
  return `{${fields.join(',')}}`;
}
