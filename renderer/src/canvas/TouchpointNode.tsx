/**
 * A touchpoint card. Memoised, and its data object keeps its identity while the touchpoint is
 * unchanged (see build-nodes.ts), so dragging one card or editing one title re-renders one card.
 * Pain is read from across the room: the worst severity as shape and word, the count, the top pain
 * title, and a red outline with a "critical" badge when a critical pain sits on the card (as in the
 * PDF report). Zoomed out, the card is a level-coloured block with pain heat and nothing else.
 */
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, useContext } from 'react';
import { translate } from '../../../src/i18n';
import { UI, type UiKey } from '../i18n/ui';
import { channelName, evidenceName, levelName, severityName } from '../../../src/i18n/vocab';
import type { Locale, PainPoint, Touchpoint } from '../../../src/model';
import { installCardIcons } from './card-icons';
import { painSummary, topPain } from './pain';

export { painSummary, topPain };
import { CardDetailContext } from './detail';

export interface TouchpointNodeData extends Record<string, unknown> {
  readonly tp: Touchpoint;
  readonly locale: Locale;
  readonly dimmed: boolean;
  readonly highlighted: boolean;
}

export type TouchpointFlowNode = Node<TouchpointNodeData, 'touchpoint'>;

installCardIcons();

export const TouchpointNode = memo(function TouchpointNode(props: NodeProps<TouchpointFlowNode>) {
  return useContext(CardDetailContext) === 'overview' ? <CardBlock {...props} /> : <CardFull {...props} />;
});

function classesFor(tp: Touchpoint, top: PainPoint | null, selected: boolean, dimmed: boolean, highlighted: boolean, base: string): string {
  const level = tp.level ?? 'untagged';
  const classes = [base, `${base}--${level}`];
  if (top) classes.push(`has-pain`, `pain--${top.severity}`);
  if (selected) classes.push('is-selected');
  if (dimmed) classes.push('is-dimmed');
  if (highlighted) classes.push('is-highlighted');
  if (tp.evidence) classes.push(`${base}--${tp.evidence}`);
  return classes.join(' ');
}

/** The zoomed-out card: one element, its level as colour and border, its worst pain as heat. */
function CardBlock({ data, selected }: NodeProps<TouchpointFlowNode>) {
  const { tp, locale, dimmed, highlighted } = data;
  const top = topPain(tp);
  const summary = painSummary(tp, locale);
  return (
    <div className={classesFor(tp, top, selected, dimmed, highlighted, 'node-block')} data-level={tp.level ?? 'untagged'} title={summary ? `${tp.title}\n${summary}` : tp.title}>
      <Handle type="target" position={Position.Left} className="tp-handle" />
      <Handle type="source" position={Position.Right} className="tp-handle" />
    </div>
  );
}

function CardFull({ data, selected }: NodeProps<TouchpointFlowNode>) {
  const { tp, locale, dimmed, highlighted } = data;
  const level = tp.level ?? 'untagged';
  const top = topPain(tp);
  const count = tp.painPoints?.length ?? 0;
  const votes = (tp.painPoints ?? []).reduce((sum, p) => sum + (p.votes ?? 0), 0);
  const t = (key: UiKey, params?: Record<string, string | number>) => translate(UI, locale, key, params);
  const summary = painSummary(tp, locale);
  return (
    <div className={classesFor(tp, top, selected, dimmed, highlighted, 'node-card')} data-level={level} title={summary ? `${tp.title}\n${summary}` : tp.title}>
      <Handle type="target" position={Position.Left} className="tp-handle" />
      <div className="node-card__head">
        <i className={`ci ci--level-${level}`} />
        <span className="node-card__level">{levelName(level, locale)}</span>
        {tp.evidence && tp.evidence !== 'observed' ? (
          <span className={`tp-evidence tp-evidence--${tp.evidence}`} title={evidenceName(tp.evidence, locale)}>
            {evidenceName(tp.evidence, locale)}
          </span>
        ) : null}
        {tp.channel ? <i className={`ci ci--ch-${tp.channel} node-card__channel`} title={channelName(tp.channel, locale)} /> : null}
      </div>
      <div className="node-card__title">{tp.title}</div>
      {top ? <div className="node-card__pain">{top.title}</div> : null}
      <div className="node-card__foot">
        {top ? (
          <span className={`pain-badge pain-badge--${top.severity}`} data-testid="pain-badge">
            <i className={`ci ci--pain-${top.severity}`} />
            {count > 1 ? <span className="pain-badge__count">{count}</span> : null}
            <span className="pain-badge__word">{severityName(top.severity, locale)}</span>
          </span>
        ) : null}
        {votes > 0 ? (
          <span className="node-card__votes" title={t('card.votes', { count: votes })}>
            ● {votes}
          </span>
        ) : null}
        {tp.failPoint ? <i className="ci ci--fail node-card__mark node-card__mark--fail" title={t('card.fail')} /> : null}
        {tp.waitPoint ? <i className="ci ci--wait node-card__mark" title={t('card.wait')} /> : null}
        {tp.emotion !== undefined ? (
          <span
            className={`node-card__emotion node-card__emotion--${tp.emotion < 0 ? 'low' : tp.emotion > 0 ? 'high' : 'flat'}`}
            title={t('card.emotion', { value: tp.emotion > 0 ? `+${tp.emotion}` : tp.emotion })}
          >
            {tp.emotion > 0 ? `+${tp.emotion}` : tp.emotion}
          </span>
        ) : null}
      </div>
      <Handle type="source" position={Position.Right} className="tp-handle" />
    </div>
  );
}
