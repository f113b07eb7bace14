/**
 * Mermaid `journey` diagrams in and out. Import: sections → stages, tasks → touchpoints in one
 * customer lane, score 1–5 → emotion −2…+2 (score − 3), actors → personas. Export is lossy, and
 * docs/interchange.md says what is lost: only the customer lane's touchpoints travel, emotion −3/+3
 * become scores 1/5, a touchpoint without emotion scores 3, and levels, pain points and metrics stay behind.
 */
import { translate, type Locale } from '../i18n';
import { VOCAB } from '../i18n/vocab';
import { CURRENT_VERSION, FORMAT_ID, MAX_PROBLEMS, parseMapValue, type MapDocument } from '../model';
import type { Imported } from './index';
import type { ImportProblem } from './table';

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** Score 3 is Mermaid's neutral face, emotion 0. */
const NEUTRAL_SCORE = 3;

export const scoreToEmotion = (score: number): number => score - NEUTRAL_SCORE;
export const emotionToScore = (emotion: number | undefined): number =>
  emotion === undefined ? NEUTRAL_SCORE : Math.min(SCORE_MAX, Math.max(SCORE_MIN, emotion + NEUTRAL_SCORE));

const CJK = /[\u3400-\u9fff]/;

export function importMermaid(text: string, fallbackTitle: string): Imported {
  const problems: ImportProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const stages: { id: string; name: string }[] = [];
  const touchpoints: { id: string; stage: string; lane: string; title: string; emotion: number }[] = [];
  const origins: number[] = [];
  const stageLines: number[] = [];
  const actors: string[] = [];
  let title: string | undefined;
  let description: string | undefined;
  let seenJourney = false;
  let inFrontMatter = false;
  let inAccDescr: string[] | null = null;

  for (const [i, raw] of lines.entries()) {
    const lineNo = i + 1;
    const line = raw.trim();
    if (inFrontMatter) {
      if (line === '---') inFrontMatter = false;
      continue;
    }
    if (inAccDescr) {
      if (line === '}') {
        description = inAccDescr.join('\n');
        inAccDescr = null;
      } else inAccDescr.push(line);
      continue;
    }
    if (line === '' || line.startsWith('%%') || /^(```|~~~)/.test(line)) continue;
    if (!seenJourney) {
      if (line === '---' && i === lines.findIndex((l) => l.trim() !== '')) {
        inFrontMatter = true;
        continue;
      }
      if (/^journey\b/i.test(line) && line.slice('journey'.length).trim() === '') {
        seenJourney = true;
        continue;
      }
      problems.push({ line: lineNo, code: 'mermaid.not-journey', params: {} });
      break;
    }
    let m: RegExpExecArray | null;
    if ((m = /^title(?:\s+(.*))?$/i.exec(line))) title = m[1]?.trim() || undefined;
    else if (/^accTitle\s*:/.test(line)) continue;
    else if ((m = /^accDescr\s*:\s*(.*)$/.exec(line))) description = m[1]!.trim();
    else if (/^accDescr\s*\{\s*$/.test(line)) inAccDescr = [];
    else if ((m = /^section(?:\s+(.*))?$/i.exec(line))) {
      const name = m[1]?.trim() ?? '';
      if (name === '') problems.push({ line: lineNo, code: 'mermaid.section-name', params: {} });
      stages.push({ id: `s${stages.length + 1}`, name });
      stageLines.push(lineNo);
    } else if ((m = /^([^:]+):([^:]*)(?::(.*))?$/.exec(line))) {
      const taskTitle = m[1]!.trim();
      const scoreText = m[2]!.trim();
      const score = /^[+-]?\d+$/.test(scoreText) ? Number(scoreText) : NaN;
      if (!(score >= SCORE_MIN && score <= SCORE_MAX)) {
        problems.push({ line: lineNo, code: 'mermaid.score', params: { value: scoreText, min: SCORE_MIN, max: SCORE_MAX } });
        continue;
      }
      if (stages.length === 0) {
        stages.push({ id: 's1', name: title ?? fallbackTitle });
        stageLines.push(lineNo);
      }
      for (const actor of (m[3] ?? '').split(',').map((a) => a.trim())) if (actor !== '' && !actors.includes(actor)) actors.push(actor);
      touchpoints.push({ id: `t${touchpoints.length + 1}`, stage: stages.at(-1)!.id, lane: 'l1', title: taskTitle, emotion: scoreToEmotion(score) });
      origins.push(lineNo);
    } else {
      problems.push({ line: lineNo, code: 'mermaid.unknown-line', params: { text: line.length > 40 ? `${line.slice(0, 39)}…` : line } });
    }
  }
  if (!seenJourney && problems.length === 0) problems.push({ code: 'mermaid.not-journey', params: {} });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS), total: problems.length, unreadable: !seenJourney };

  const locale: Locale = CJK.test(text) ? 'zh-CN' : 'en';
  const doc = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: title ?? fallbackTitle,
    locale,
    template: 'journey',
    ...(description ? { description } : {}),
    stages,
    lanes: [{ id: 'l1', name: translate(VOCAB, locale, 'lane.customer'), kind: 'customer' }],
    touchpoints,
    ...(actors.length > 0 ? { personas: actors.map((name, i) => ({ id: `u${i + 1}`, name })) } : {}),
  };
  const result = parseMapValue(doc);
  if (result.ok) return { ok: true, map: result.map };
  const lineOf = (path: readonly (string | number)[]) =>
    path[0] === 'touchpoints' && typeof path[1] === 'number' ? origins[path[1]] : path[0] === 'stages' && typeof path[1] === 'number' ? stageLines[path[1]] : undefined;
  return {
    ok: false,
    total: result.total,
    problems: result.problems.map((p) => {
      const row = lineOf(p.path);
      return { ...(row !== undefined ? { line: row } : {}), code: 'invalid', params: {}, detail: p };
    }),
  };
}

/**
 * A name as Mermaid can carry it: a colon would split a task, `#` and `;` end a statement, `%%` starts a
 * comment and a line break ends the line, so those become their full-width forms or a space; a name that
 * starts like a statement keyword gets a leading "· " so Mermaid does not read it as one.
 */
export function mermaidText(text: string): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .replace(/:/g, '：')
    .replace(/#/g, '＃')
    .replace(/;/g, '；')
    .replace(/%%/g, '%')
    .trim();
  return /^(title|section|journey|accTitle|accDescr)\b/i.test(flat) ? `· ${flat}` : flat;
}

export function exportMermaid(map: MapDocument): string {
  const customerLanes = new Set(map.lanes.filter((l) => l.kind === 'customer').map((l) => l.id));
  const travels = customerLanes.size > 0 ? map.touchpoints.filter((t) => customerLanes.has(t.lane)) : map.touchpoints;
  const laneOrder = new Map(map.lanes.map((l, i) => [l.id, i]));
  const laneName = new Map(map.lanes.map((l) => [l.id, l.name]));
  const personas = (map.personas ?? []).map((p) => mermaidText(p.name).replace(/,/g, '，'));
  const out = ['journey', `  title ${mermaidText(map.title)}`];
  for (const stage of map.stages) {
    const tasks = travels.filter((t) => t.stage === stage.id).sort((a, b) => laneOrder.get(a.lane)! - laneOrder.get(b.lane)!);
    if (tasks.length === 0) continue;
    out.push(`  section ${mermaidText(stage.name)}`);
    for (const t of tasks) {
      const actors = personas.length > 0 ? personas : [mermaidText(laneName.get(t.lane) ?? '').replace(/,/g, '，')];
      out.push(`    ${mermaidText(t.title)}: ${emotionToScore(t.emotion)}: ${actors.filter((a) => a !== '').join(', ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
