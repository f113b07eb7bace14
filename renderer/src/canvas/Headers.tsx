/**
 * Sticky stage and lane headers: they follow the canvas along one axis and stay on screen along the
 * other, so a person always sees which stage and lane a card is in. Rename by double-click; the ⋯
 * menu moves, inserts, hides and deletes (deleting a non-empty one asks first; all undoable).
 */
import type { Transform } from '@xyflow/react';
import { Ellipsis, Plus } from 'lucide-react';
import { memo, useState } from 'react';
import { PAIN_PENALTY, type MapAnalysis } from '../../../src/analysis';
import { deletionImpact } from '../../../src/commands';
import { laneKindName, lineName } from '../../../src/i18n/vocab';
import { GRID, laneHeaderDetail, stageHeaderDetail, type GridLayout, type LaneBox, type StageBox } from '../../../src/layout';
import { LANE_KINDS } from '../../../src/model';
import { defaultNames } from '../../../src/templates';
import { UI } from '../i18n/ui';
import { useApp, useT, useUi } from '../app/context';
import { ask } from '../ui/dialogs';
import { EditableText } from '../ui/EditableText';
import { Menu, type MenuItem } from '../ui/Menu';
import { useFollowViewport, useZoom } from './follow-viewport';

// Panning moves each header track by a style write (useFollowViewport); the headers themselves
// re-render only when the zoom or the map changes.
const stageTrack = ([x]: Transform) => `translateX(${x}px)`;
const laneTrack = ([, y]: Transform) => `translateY(${y}px)`;

export const HEADER_HEIGHT = GRID.stageHeaderHeight;
export const HEADER_WIDTH = GRID.laneHeaderWidth;

function useConfirmDelete() {
  const t = useT(UI);
  return async (message: string) =>
    (await ask({
      title: message,
      choices: [
        { id: 'cancel', label: t('confirm.cancel') },
        { id: 'delete', label: t('confirm.ok'), kind: 'danger' },
      ],
      initial: 'cancel',
    })) === 'delete';
}

/** Memoised: a drag frame re-renders the canvas, not the headers (they follow pan and zoom through the store). */
export const StageHeaders = memo(function StageHeaders({ layout, analysis }: { layout: GridLayout; analysis: MapAnalysis }) {
  const zoom = useZoom();
  const track = useFollowViewport<HTMLDivElement>(stageTrack);
  const { store } = useApp();
  const t = useT(UI);
  const { locale } = useUi();
  const map = store.getState().map;
  const last = layout.stages.at(-1);
  const addAt = (index: number) => store.dispatch('addStage', { name: defaultNames(locale).stage(map.stages.length + 1), index });
  return (
    <div className="stage-headers" style={{ height: HEADER_HEIGHT }} role="group" aria-label={t('canvas.stages')}>
      <div ref={track} className="header-track">
      {layout.stages.map((box) => (
        <StageHeader key={box.stage.id} box={box} left={box.x * zoom} width={box.width * zoom} score={stageScore(analysis, box.stage.id)} count={layout.stages.length} />
      ))}
      <button
        type="button"
        className="icon-btn header-add header-add--stage"
        style={{ left: (last ? last.x + last.width : 0) * zoom + 6 }}
        title={t('canvas.addStage')}
        aria-label={t('canvas.addStage')}
        data-testid="add-stage"
        onClick={() => addAt(map.stages.length)}
      >
        <Plus size={16} aria-hidden="true" />
      </button>
      </div>
    </div>
  );
});

/**
 * What a stage header says about its score, as one comparable value, so a header whose
 * score did not change is not re-rendered when the map is analysed again after an edit elsewhere.
 * 'none': no cards; 'unscored': cards but no score; 'zero': zeroed by a pain; else the rounded score.
 */
type StageScore = 'none' | 'unscored' | 'zero' | number;

function stageScore(analysis: MapAnalysis, stageId: string): StageScore {
  const stats = analysis.stages.find((s) => s.stageId === stageId);
  if (!stats || stats.touchpointIds.length === 0) return 'none';
  if (stats.score === null) return 'unscored';
  return stats.zeroedBy.length > 0 ? 'zero' : Math.round(stats.score);
}

const StageHeader = memo(function StageHeader({ box, left, width, score, count }: { box: StageBox; left: number; width: number; score: StageScore; count: number }) {
  const { store } = useApp();
  const { locale } = useUi();
  const t = useT(UI);
  const confirmDelete = useConfirmDelete();
  const [editing, setEditing] = useState(false);
  const stage = box.stage;
  const zeroed = score === 'zero';
  const remove = async () => {
    const impact = deletionImpact(store.getState().map, { stage: stage.id });
    if (impact.touchpoints > 0 && !(await confirmDelete(t('confirm.deleteStage', { name: stage.name, count: impact.touchpoints })))) return;
    store.dispatch('deleteStage', { id: stage.id });
  };
  const names = defaultNames(locale);
  const items: (MenuItem | 'separator')[] = [
    { id: 'rename', label: t('canvas.rename'), run: () => setEditing(true) },
    { id: 'left', label: t('canvas.moveLeft'), disabled: box.index === 0, run: () => store.dispatch('moveStage', { id: stage.id, index: box.index - 1 }) },
    { id: 'right', label: t('canvas.moveRight'), disabled: box.index === count - 1, run: () => store.dispatch('moveStage', { id: stage.id, index: box.index + 1 }) },
    'separator',
    { id: 'before', label: t('canvas.insertBefore'), run: () => store.dispatch('addStage', { name: names.stage(count + 1), index: box.index }) },
    { id: 'after', label: t('canvas.insertAfter'), run: () => store.dispatch('addStage', { name: names.stage(count + 1), index: box.index + 1 }) },
    'separator',
    { id: 'delete', label: t('canvas.delete'), danger: true, disabled: count <= 1, run: () => void remove() },
  ];
  const detail = stageHeaderDetail(width);
  if (detail !== 'full') {
    // Too narrow for the score and menu: the number and what fits of the name (or nothing), the name on hover.
    return (
      <div className={`stage-header stage-header--${detail}${zeroed ? ' stage-header--zeroed' : ''}`} style={{ left, width }} title={stage.name} data-stage={stage.id}>
        {detail === 'short' ? (
          <>
            <span className="stage-header__index">{box.index + 1}</span>
            <span className="stage-header__name">{stage.name}</span>
          </>
        ) : null}
      </div>
    );
  }
  return (
    <div className={`stage-header${zeroed ? ' stage-header--zeroed' : ''}`} style={{ left, width }} role="group" aria-label={stage.name} data-stage={stage.id}>
      <span className="stage-header__index">{box.index + 1}</span>
      <div className="stage-header__text">
        <EditableText
          className="stage-header__name"
          value={stage.name}
          label={t('canvas.rename')}
          editing={editing}
          onEditingChange={setEditing}
          onCommit={(name) => store.dispatch('renameStage', { id: stage.id, name })}
        />
        {score !== 'none' ? (
          score === 'unscored' ? (
            <span className="stage-header__score is-empty" title={t('canvas.noScoreHint')} data-testid="stage-score">
              {t('canvas.noScore')}
            </span>
          ) : (
            <span className={`stage-header__score${zeroed ? ' is-zero' : ''}`} title={t('canvas.scoreHelp', PAIN_PENALTY)} data-testid="stage-score">
              {zeroed ? t('canvas.scoreZero') : t('canvas.score', { score })}
            </span>
          )
        ) : null}
      </div>
      <Menu label={t('canvas.stageMenu')} icon={<Ellipsis size={16} aria-hidden="true" />} items={items} className="header-menu" align="right" />
    </div>
  );
});

export const LaneHeaders = memo(function LaneHeaders({ layout }: { layout: GridLayout }) {
  const zoom = useZoom();
  const track = useFollowViewport<HTMLDivElement>(laneTrack);
  const { store } = useApp();
  const t = useT(UI);
  const { locale } = useUi();
  const map = store.getState().map;
  const last = layout.lanes.at(-1);
  return (
    <div className="lane-headers" style={{ width: HEADER_WIDTH }} role="group" aria-label={t('canvas.lanes')}>
      <div ref={track} className="header-track">
      {layout.lanes.map((box, i) => (
        <LaneHeader key={box.lane.id} box={box} top={box.y * zoom} height={box.height * zoom} position={i} count={layout.lanes.length} />
      ))}
      {layout.lines.map((line) => {
        const below = layout.lanes.find((l) => l.lane.id === line.below);
        if (!below || laneHeaderDetail(below.height * zoom) === 'none') return null;
        return (
          <span key={line.kind} className={`line-label line-label--${line.kind}`} style={{ top: line.y * zoom }} data-testid="line-label">
            {lineName(line.kind, locale)}
          </span>
        );
      })}
      <button
        type="button"
        className="icon-btn header-add header-add--lane"
        style={{ top: (last ? last.y + last.height : 0) * zoom + 6 }}
        title={t('canvas.addLane')}
        aria-label={t('canvas.addLane')}
        data-testid="add-lane"
        onClick={() => store.dispatch('addLane', { name: defaultNames(locale).lane(map.lanes.length + 1), kind: 'custom' })}
      >
        <Plus size={16} aria-hidden="true" />
      </button>
      </div>
    </div>
  );
});

const LaneHeader = memo(function LaneHeader({ box, top, height, position, count }: { box: LaneBox; top: number; height: number; position: number; count: number }) {
  const { store } = useApp();
  const { locale } = useUi();
  const t = useT(UI);
  const confirmDelete = useConfirmDelete();
  const [editing, setEditing] = useState(false);
  const lane = box.lane;
  const map = store.getState().map;
  const remove = async () => {
    const impact = deletionImpact(store.getState().map, { lane: lane.id });
    if (impact.touchpoints > 0 && !(await confirmDelete(t('confirm.deleteLane', { name: lane.name, count: impact.touchpoints })))) return;
    store.dispatch('deleteLane', { id: lane.id });
  };
  const names = defaultNames(locale);
  const items: (MenuItem | 'separator')[] = [
    { id: 'rename', label: t('canvas.rename'), run: () => setEditing(true) },
    { id: 'up', label: t('canvas.moveUp'), disabled: box.index === 0, run: () => store.dispatch('moveLane', { id: lane.id, index: box.index - 1 }) },
    { id: 'down', label: t('canvas.moveDown'), disabled: box.index === map.lanes.length - 1, run: () => store.dispatch('moveLane', { id: lane.id, index: box.index + 1 }) },
    'separator',
    { id: 'above', label: t('canvas.insertAbove'), run: () => store.dispatch('addLane', { name: names.lane(map.lanes.length + 1), kind: 'custom', index: box.index }) },
    { id: 'below', label: t('canvas.insertBelow'), run: () => store.dispatch('addLane', { name: names.lane(map.lanes.length + 1), kind: 'custom', index: box.index + 1 }) },
    'separator',
    ...LANE_KINDS.map((kind) => ({
      id: `kind-${kind}`,
      label: `${t('canvas.kind')}: ${laneKindName(kind, locale)}`,
      checked: (lane.kind ?? 'custom') === kind,
      run: () => store.dispatch('setLaneKind', { id: lane.id, kind }),
    })),
    'separator',
    { id: 'hide', label: t('canvas.hideLane'), disabled: count <= 1, run: () => store.dispatch('setLaneHidden', { laneId: lane.id, hidden: true }) },
    { id: 'delete', label: t('canvas.delete'), danger: true, disabled: map.lanes.length <= 1, run: () => void remove() },
  ];
  const detail = laneHeaderDetail(height);
  if (detail === 'none') {
    // Thinner than a line of text: names here would run into their neighbours'.
    return <div className="lane-header lane-header--none" style={{ top, height }} title={lane.name} data-lane={lane.id} data-position={position} />;
  }
  return (
    <div
      className={`lane-header lane-header--${lane.kind ?? 'custom'} lane-header--${detail}`}
      style={{ top, height }}
      role="group"
      aria-label={lane.name}
      data-lane={lane.id}
      data-position={position}
    >
      <div className="lane-header__text">
        <EditableText
          className="lane-header__name"
          value={lane.name}
          label={t('canvas.rename')}
          editing={editing}
          onEditingChange={setEditing}
          onCommit={(name) => store.dispatch('renameLane', { id: lane.id, name })}
        />
        {detail === 'full' && laneKindName(lane.kind ?? 'custom', locale).toLocaleLowerCase() !== lane.name.toLocaleLowerCase() ? (
          <span className="lane-header__kind">{laneKindName(lane.kind ?? 'custom', locale)}</span>
        ) : null}
      </div>
      <Menu label={t('canvas.laneMenu')} icon={<Ellipsis size={16} aria-hidden="true" />} items={items} className="header-menu" align="left" />
    </div>
  );
});
