/**
 * One wording for the domain's words: no catalogue may name a level, severity, line, lane kind,
 * category, channel, evidence or tier differently from src/i18n/vocab.ts. A catalogue that needs one of
 * these words spreads `vocabEntries` or calls the vocabulary's helpers instead of restating it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Catalog } from '../../../src/i18n';
import { VOCAB, type VocabKey } from '../../../src/i18n/vocab';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const isCatalog = (value: unknown): value is Catalog<string> =>
  typeof value === 'object' && value !== null && LOCALES.every((l) => typeof (value as Record<string, unknown>)[l] === 'object');

/** Every exported catalogue of the app, found by reading the tree rather than from a list that could miss one. */
async function catalogues(): Promise<{ name: string; catalog: Catalog<string> }[]> {
  const defining = ['src', 'renderer/src', 'electron/main']
    .flatMap((dir) => files(join(root, dir)))
    .filter((file) => readFileSync(file, 'utf8').includes('defineCatalog('));
  const found: { name: string; catalog: Catalog<string> }[] = [];
  for (const file of defining) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [exported, value] of Object.entries(mod)) {
      if (isCatalog(value) && value !== VOCAB) found.push({ name: `${relative(root, file)}:${exported}`, catalog: value });
    }
  }
  return found;
}

const VOCAB_KEYS = Object.keys(VOCAB.en) as VocabKey[];

/**
 * The vocabulary word a catalogue entry restates: one under the vocabulary's own key (`level.untagged`),
 * or one whose English is the word itself. Lower-case forms inside a sentence ("in person") are that
 * sentence's grammar, not a label, and may be translated to fit it.
 */
function restated(key: string, english: string): VocabKey[] {
  return VOCAB_KEYS.filter((v) => key === v || VOCAB.en[v] === english.trim());
}

describe('vocabulary words across catalogues', () => {
  it('finds the catalogues of core, renderer and main process', async () => {
    const names = (await catalogues()).map((c) => c.name);
    expect(names.some((n) => n.startsWith('src/i18n/report.ts'))).toBe(true);
    expect(names.some((n) => n.startsWith('renderer/src/i18n/workshop.ts'))).toBe(true);
    expect(names.some((n) => n.startsWith('electron/main/'))).toBe(true);
  });

  it('never gives a vocabulary word a second translation', async () => {
    const drifts: string[] = [];
    for (const { name, catalog } of await catalogues()) {
      for (const [key, english] of Object.entries(catalog.en)) {
        const chinese = catalog['zh-CN'][key]!;
        for (const word of restated(key, english)) {
          for (const locale of LOCALES) {
            const said = locale === 'en' ? english : chinese;
            if (said.trim() !== VOCAB[locale][word]) drifts.push(`${name} ${key} (${locale}): “${said}”, vocab ${word}: “${VOCAB[locale][word]}”`);
          }
        }
      }
    }
    expect(drifts).toEqual([]);
  });
});
