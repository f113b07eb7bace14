/** One link: kind, label, direction. */
import { type Link, type LinkKind, type MapDocument } from '../../../../src/model';
import { Section, SelectField, TextField, type SelectOption } from '../fields';
import { useDispatch, useRemove, type Words } from './hooks';

export function LinkInspector({ link, map, words }: { link: Link; map: MapDocument; words: Words }) {
  const remove = useRemove();
  const { t } = words;
  const dispatch = useDispatch();
  const title = (id: string) => map.touchpoints.find((tp) => tp.id === id)?.title ?? id;
  const reverseRefused = (map.links ?? []).some((k) => k.from === link.to && k.to === link.from);
  const kinds: SelectOption[] = [
    { value: 'flow', label: t('link.flow') },
    { value: 'support', label: t('link.support') },
  ];
  return (
    <div className="tp-inspector-body">
      <header className="tp-inspector-head">
        <p className="tp-kicker">{t('link.heading')}</p>
        <p className="tp-meta">{t('link.route', { from: title(link.from), to: title(link.to) })}</p>
      </header>
      <Section title={t('link.heading')} hideTitle>
        <SelectField label={t('link.kind')} value={link.kind ?? 'flow'} options={kinds} onChange={(kind) => dispatch('updateLink', { id: link.id, patch: { kind: kind as LinkKind } })} />
        <TextField
          label={t('link.label')}
          value={link.label ?? ''}
          mergeBase={`link-label:${link.id}`}
          onCommit={(label, key) => dispatch('updateLink', { id: link.id, patch: { label: label === '' ? undefined : label } }, key)}
        />
      </Section>
      <div className="tp-row tp-row--end tp-footer">
        <button type="button" className="tp-button" disabled={reverseRefused} onClick={() => dispatch('reverseLink', { id: link.id })}>
          {t('link.reverse')}
        </button>
        <button type="button" className="tp-button tp-button--danger" onClick={() => remove({ linkIds: [link.id] })}>
          {t('link.delete')}
        </button>
      </div>
    </div>
  );
}
