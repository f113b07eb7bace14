import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../src/model';
import { cli, withTempDir } from './helpers';

describe('touchpoint import', () => {
  it('writes a valid map from a CSV and exits 0', async () => {
    await withTempDir(async (dir) => {
      const csv = join(dir, 'hotpot dinner.csv');
      const out = join(dir, 'dinner.tpmap.json');
      await writeFile(csv, '\uFEFF阶段,泳道,触点,服务层次,情绪\r\n到店,顾客行为,排队等位,基本,-1\r\n用餐,前台,送眼镜布,难忘,3\r\n');
      const run = await cli(['import', csv, '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`Wrote ${out}: 2 touchpoints, 2 stages, 2 lanes\n`);
      const map = parseMap(await readFile(out, 'utf8'));
      expect(map.ok && map.map.title).toBe('hotpot dinner');
      expect(map.ok && map.map.touchpoints.map((t) => t.level)).toEqual(['basic', 'memorable']);
    });
  });

  it('imports the Mermaid documentation’s journey', async () => {
    await withTempDir(async (dir) => {
      const out = join(dir, 'day.tpmap.json');
      const run = await cli(['import', 'test/fixtures/mermaid/working-day.mmd', '-o', out]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('5 touchpoints, 2 stages, 1 lanes');
    });
  });

  it('exits 1 naming each bad row and column, and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const csv = join(dir, 'bad.csv');
      const out = join(dir, 'bad.tpmap.json');
      await writeFile(csv, 'Stage,Touchpoint,Level\nArrive,Greeting,superb\n');
      const run = await cli(['import', csv, '-o', out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`${csv}: Touchpoints, row 2, column “Level”: “superb” is not one of basic, satisfactory, value-added, memorable\n`);
      await expect(readFile(out)).rejects.toThrow();
    });
  });

  it('exits 1 naming the line of a bad Mermaid task, in Chinese with --lang zh-CN', async () => {
    await withTempDir(async (dir) => {
      const mmd = join(dir, 'day.mmd');
      await writeFile(mmd, 'journey\n  section 到店\n    排队: 9: 我\n');
      const run = await cli(['import', mmd, '-o', join(dir, 'x.tpmap.json')], 'zh-CN');
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`${mmd}: 第 3 行：评分“9”必须是 1 到 5 之间的整数\n`);
    });
  });

  it('exits 2 for a missing file, binary junk, or a workbook that is not one', async () => {
    await withTempDir(async (dir) => {
      expect((await cli(['import', join(dir, 'none.csv'), '-o', join(dir, 'x.tpmap.json')])).code).toBe(2);
      const junk = join(dir, 'junk.csv');
      await writeFile(junk, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x02]));
      const run = await cli(['import', junk, '-o', join(dir, 'x.tpmap.json')]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('is not text');
      const fake = join(dir, 'fake.xlsx');
      await writeFile(fake, 'Stage,Touchpoint\nA,B\n');
      const xlsx = await cli(['import', fake, '-o', join(dir, 'x.tpmap.json')]);
      expect(xlsx.code).toBe(2);
      expect(xlsx.stderr).toContain('is not an Excel workbook');
    });
  });

  it('refuses a file it cannot tell the kind of, and a missing -o, with usage errors', async () => {
    const unknown = await cli(['import', 'notes.txt', '-o', 'x.tpmap.json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('name it .csv, .xlsx or .mmd');
    expect((await cli(['import', 'a.csv'])).stderr).toContain('-o OUT.tpmap.json');
  });
});
