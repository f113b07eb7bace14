/**
 * The inspector: what is selected, edited in place. Nothing selected shows the map (title,
 * description, personas, lanes shown); one touchpoint its fields, pain points, the team's remedies and
 * the prevention-first suggestions; several touchpoints a bulk level and delete; one link its kind,
 * label and direction. Every edit is a named command, so it is undoable.
 */
import type { JSX } from 'react';
import { useMemo } from 'react';
import { useDoc, useUi } from '../app/context';
import { selectionParts } from './model';
import './styles';
import { useWords } from './inspector/hooks';
import { MapInspector } from './inspector/MapInspector';
import { TouchpointInspector } from './inspector/TouchpointInspector';
import { MultiInspector } from './inspector/MultiInspector';
import { LinkInspector } from './inspector/LinkInspector';

export function Inspector(): JSX.Element {
  const { map } = useDoc();
  const { selection } = useUi();
  const words = useWords();
  const parts = useMemo(() => selectionParts(map, selection), [map, selection]);
  const { touchpoints, links } = parts;
  let body: JSX.Element;
  if (touchpoints.length === 1 && links.length === 0) body = <TouchpointInspector key={touchpoints[0]!.id} tp={touchpoints[0]!} map={map} words={words} />;
  else if (touchpoints.length === 0 && links.length === 1) body = <LinkInspector key={links[0]!.id} link={links[0]!} map={map} words={words} />;
  else if (touchpoints.length + links.length > 1) body = <MultiInspector touchpoints={touchpoints} links={links} words={words} />;
  else body = <MapInspector map={map} words={words} />;
  return (
    // A region, not an <aside>: the App already places it in its side column.
    <section className="tp-panel tp-inspector" aria-label={words.t('inspector.label')} data-testid="inspector">
      {body}
    </section>
  );
}
