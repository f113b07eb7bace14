/**
 * Kills a real process with SIGKILL while it saves, over and over: the file must always be
 * exactly the old or exactly the new content, never a mix and never empty, and once the next save
 * has run no temporary or backup file may be left. 200 kills in every run; `npm run test:slow`
 * runs 1 000 (SAVE_KILLS).
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { parseMap, serializeMap } from '../../../src/model';
import { saveFileAtomic } from '../../../src/platform/node/save';
import { generateMap } from '../../fixtures/generate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ITERATIONS = Number(process.env['SAVE_KILLS'] ?? 200);
const PARALLEL = 4;

/** Two real maps of about 100 kB that differ from the first bytes on, so any mix is visible. */
const A = serializeMap(generateMap({ touchpoints: 200, locale: 'en', seed: 1 }));
const B = serializeMap(generateMap({ touchpoints: 150, locale: 'zh-CN', seed: 2 }));

const CHILD = `
import { readFileSync } from 'node:fs';
import { saveFileAtomic } from './save.mjs';
const [file, a, b] = process.argv.slice(2);
const versions = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
process.stdout.write('ready\\n');
for (let i = 0; ; i++) await saveFileAtomic(file, versions[i % 2]);
`;

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'tp-save-fault-'));
  // The child runs the very module the app uses, with its types stripped.
  const source = await readFile(join(__dirname, '../../../src/platform/node/save.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  await writeFile(join(work, 'save.mjs'), js);
  await writeFile(join(work, 'child.mjs'), CHILD);
  await writeFile(join(work, 'a.txt'), A);
  await writeFile(join(work, 'b.txt'), B);
});

afterAll(() => rm(work, { recursive: true, force: true }));

/** Starts a saver on `file`, kills it after a random moment, and resolves when it is dead. */
function saveAndKill(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(work, 'child.mjs'), file, join(work, 'a.txt'), join(work, 'b.txt')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', () => resolve());
    child.stdout.once('data', () => {
      setTimeout(() => child.kill('SIGKILL'), Math.random() * 25);
    });
  });
}

describe('atomic save under SIGKILL', () => {
  it(`leaves exactly the old or the new content after ${ITERATIONS} kills at random points`, async () => {
    const outcomes = { a: 0, b: 0, interrupted: 0, leftovers: 0 };
    let next = 0;
    async function worker(slot: number): Promise<void> {
      const folder = join(work, `slot-${slot}`);
      await mkdir(folder);
      const file = join(folder, 'journey.tpmap.json');
      await writeFile(file, A);
      while (next < ITERATIONS) {
        next++;
        await saveAndKill(file);
        const content = await readFile(file, 'utf8');
        expect(content === A || content === B, `slot ${slot}: file is ${content.length} characters, neither version`).toBe(true);
        expect(parseMap(content).ok).toBe(true);
        if (content === A) outcomes.a++;
        else outcomes.b++;
        // A temporary file left behind means the kill landed in the middle of a save; the next save removes it.
        if ((await readdir(folder)).some((n) => n.endsWith('.tmp'))) outcomes.interrupted++;
        if (next % 100 === 0) console.log(`save-fault: ${next} kills so far, old ${outcomes.a}, new ${outcomes.b}, ${outcomes.interrupted} killed mid-save`);
      }
      await saveFileAtomic(file, A);
      expect(await readFile(file, 'utf8')).toBe(A);
      outcomes.leftovers += (await readdir(folder)).filter((n) => n !== 'journey.tpmap.json').length;
    }
    await Promise.all(Array.from({ length: PARALLEL }, (_, i) => worker(i)));
    console.log(
      `save-fault: ${ITERATIONS} kills → old ${outcomes.a}, new ${outcomes.b}, corrupt/empty/missing 0, ${outcomes.interrupted} killed mid-save, ${outcomes.leftovers} temp/backup files left after the next save`,
    );
    expect(outcomes.leftovers).toBe(0);
    expect(outcomes.a + outcomes.b).toBeGreaterThanOrEqual(ITERATIONS);
    // The test is only meaningful if kills really land inside saves.
    expect(outcomes.interrupted).toBeGreaterThan(ITERATIONS / 10);
  }, Math.max(600_000, ITERATIONS * 3_000));
});
