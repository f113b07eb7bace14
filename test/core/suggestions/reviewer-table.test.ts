import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { reviewerTable } from './review';

const DOC = fileURLToPath(new URL('../../../docs/analysis.md', import.meta.url));
const HEADING = "## Suggestions: a reviewer's table";

it('docs/analysis.md ends with the reviewer’s table of what the samples get, as the code chooses it today', () => {
  const doc = readFileSync(DOC, 'utf8');
  const at = doc.indexOf(HEADING);
  const before = at < 0 ? `${doc.trimEnd()}\n\n` : doc.slice(0, at);
  const table = reviewerTable();
  if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, before + table);
  else expect(doc.slice(at)).toBe(table);
});
