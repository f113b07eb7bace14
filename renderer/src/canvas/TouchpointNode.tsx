/**
 * A touchpoint card. Memoised, and its data object keeps its identity while the touchpoint is
 * unchanged (see build-nodes.ts), so dragging one card or editing one title re-renders one card.
 */
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { translate } from '../../../src/i18n';
import { UI, type UiKey } from '../../../src/i18n/ui';
import { channelName, evidenceName, levelName, severityName } from '../../../src/i18n/vocab';
import { SEVERITIES, type Locale, type Severity, type Touchpoint } from '../../../src/model';
import { installCardIcons } from './card-icons';

export interface TouchpointNodeData extends Record<string, unknown> {
  readonly tp: Touchpoint;
  readonly locale: Locale;
  readonly dimmed: boolean;
  readonly highlighted: boolean;
}

export type TouchpointFlowNode = Node<TouchpointNodeData, 'touchpoint'>;

function worstFirst(tp: Touchpoint): Severity[] {
  return (tp.painPoints ?? []).map((p) => p.severity).sort((a, b) => SEVERITIES.indexOf(b) - SEVERITIES.indexOf(a));
}

installCardIcons();

export const TouchpointNode = memo(function TouchpointNode({ data, selected }: NodeProps<TouchpointFlowNode>) {
  const { tp, locale, dimmed, highlighted } = data;
  const level = tp.level ?? 'untagged';
  const pains = worstFirst(tp);
  const votes = (tp.painPoints ?? []).reduce((sum, p) => sum + (p.votes ?? 0), 0);
  const t = (key: UiKey, params?: Record<string, string | number>) => translate(UI, locale, key, params);
  const classes = ['node-card', `node-card--${level}`];
  if (selected) classes.push('is-selected');
  if (dimmed) classes.push('is-dimmed');
  if (highlighted) classes.push('is-highlighted');
  if (tp.evidence) classes.push(`node-card--${tp.evidence}`);
  const shown = pains.slice(0, 4);
  return (
    <div className={classes.join(' ')} data-level={level}>
      <Handle type="target" position={Position.Left} className="tp-handle" />
      <div className="node-card__head" title={levelName(level, locale)}>
        <i className={`ci ci--level-${level}`} />
        <span className="node-card__level">{levelName(level, locale)}</span>
        {tp.evidence && tp.evidence !== 'observed' ? (
          <span className={`tp-evidence tp-evidence--${tp.evidence}`} title={evidenceName(tp.evidence, locale)}>
            {evidenceName(tp.evidence, locale)}
          </span>
        ) : null}
        {tp.channel ? <i className={`ci ci--ch-${tp.channel} node-card__channel`} title={channelName(tp.channel, locale)} /> : null}
      </div>
      <div className="node-card__title" title={tp.title}>
        {tp.title}
      </div>
      <div className="node-card__foot">
        {shown.map((severity, i) => (
          <i key={i} className={`ci ci--pain-${severity}`} title={severityName(severity, locale)} />
        ))}
        {pains.length > 4 ? <span className="node-card__more">+{pains.length - 4}</span> : null}
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
});

