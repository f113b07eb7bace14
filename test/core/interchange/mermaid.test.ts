import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMermaid, formatImportProblems, importMermaid } from '../../../src/interchange';
import { emotionToScore, mermaidText } from '../../../src/interchange/mermaid';
import { arbMap } from '../../fixtures/arbitrary';

function ok(text: string) {
  const result = importMermaid(text, 'Imported');
  if (!result.ok) throw new Error(formatImportProblems(result.problems, result.total, 'en').join('\n'));
  return result.map;
}

function lines(text: string, locale: 'en' | 'zh-CN' = 'en') {
  const result = importMermaid(text, 'Imported');
  if (result.ok) throw new Error('expected the import to fail');
  return formatImportProblems(result.problems, result.total, locale);
}

describe('Mermaid journey import', () => {
  it('reads the example of Mermaid’s own documentation', async () => {
    const map = ok(await readFile('test/fixtures/mermaid/working-day.mmd', 'utf8'));
    expect(map.title).toBe('My working day');
    expect(map.template).toBe('journey');
    expect(map.stages.map((s) => s.name)).toEqual(['Go to work', 'Go home']);
    expect(map.lanes).toEqual([{ id: 'l1', name: 'Customer actions', kind: 'customer' }]);
    expect(map.touchpoints.map((t) => [map.stages.find((s) => s.id === t.stage)!.name, t.title, t.emotion])).toEqual([
      ['Go to work', 'Make tea', 2],
      ['Go to work', 'Go upstairs', 0],
      ['Go to work', 'Do work', -2],
      ['Go home', 'Go downstairs', 2],
      ['Go home', 'Sit down', 2],
    ]);
    expect(map.personas?.map((p) => p.name)).toEqual(['Me', 'Cat']);
  });

  it('reads a Chinese journey inside a Markdown fence, with an accessible description', () => {
    const map = ok(['```mermaid', 'journey', '  title 海底捞晚餐', '  accDescr: 一次家庭聚餐', '  section 到店', '    排队等位: 2: 顾客', '  section 用餐', '    服务员送眼镜布: 5: 顾客, 服务员', '```'].join('\n'));
    expect(map.locale).toBe('zh-CN');
    expect(map.lanes[0]!.name).toBe('顾客行为');
    expect(map.description).toBe('一次家庭聚餐');
    expect(map.touchpoints.map((t) => t.emotion)).toEqual([-1, 2]);
  });

  it('names the line and the fault, in both languages', () => {
    const text = ['journey', 'title Day', 'section Morning', '  Make tea: 7: Me', '  Drink tea: lots: Me', '  just words', 'section'].join('\n');
    expect(lines(text)).toEqual([
      'line 4: the score “7” must be a whole number from 1 to 5',
      'line 5: the score “lots” must be a whole number from 1 to 5',
      'line 6: “just words” is not a journey statement (title, section, or “Task: score: actors”)',
      'line 7: a section needs a name',
    ]);
    expect(lines(text, 'zh-CN')[0]).toBe('第 4 行：评分“7”必须是 1 到 5 之间的整数');
  });

  it('refuses another kind of diagram, and binary junk', () => {
    expect(lines('flowchart LR\n  A --> B\n')).toEqual(['line 1: this is not a Mermaid journey diagram: the first statement must be “journey”']);
    const junk = importMermaid('\u0000\u0001PK\u0003\u0004', 'x');
    expect(junk.ok).toBe(false);
    expect(!junk.ok && junk.unreadable).toBe(true);
  });
});

describe('Mermaid journey export', () => {
  it('writes what a journey diagram can hold, and import reads back exactly that', () => {
    fc.assert(
      fc.property(arbMap, (map) => {
        const text = exportMermaid(map);
        const back = ok(text);
        const customer = new Set(map.lanes.filter((l) => l.kind === 'customer').map((l) => l.id));
        const travels = customer.size > 0 ? map.touchpoints.filter((t) => customer.has(t.lane)) : map.touchpoints;
        const laneOrder = new Map(map.lanes.map((l, i) => [l.id, i]));
        const expected = map.stages.flatMap((s) =>
          travels
            .filter((t) => t.stage === s.id)
            .sort((a, b) => laneOrder.get(a.lane)! - laneOrder.get(b.lane)!)
            .map((t) => [mermaidText(s.name), mermaidText(t.title), emotionToScore(t.emotion) - 3]),
        );
        expect(back.touchpoints.map((t) => [back.stages.find((s) => s.id === t.stage)!.name, t.title, t.emotion])).toEqual(expected);
        expect(back.title).toBe(mermaidText(map.title));
      }),
      { numRuns: 300 },
    );
  });

  it('writes Mermaid’s own example back, every actor on every task (which actor did which task is not kept)', async () => {
    const source = await readFile('test/fixtures/mermaid/working-day.mmd', 'utf8');
    const again = exportMermaid(ok(source));
    expect(again).toBe(['journey', '  title My working day', '  section Go to work', '    Make tea: 5: Me, Cat', '    Go upstairs: 3: Me, Cat', '    Do work: 1: Me, Cat', '  section Go home', '    Go downstairs: 5: Me, Cat', '    Sit down: 5: Me, Cat', ''].join('\n'));
  });
});
