/**
 * The page a workshop participant opens from the room's link (`…#room=…&token=…&as=participant`): the
 * participant view in the page's language, following the language when it changes.
 */
import { useSyncExternalStore } from 'react';
import type { UiStore } from '../app/ui-store';
import { ParticipantView } from './ParticipantView';
import type { RoomLink } from './room-link';

export function ParticipantApp({ link, ui }: { link: RoomLink; ui: UiStore }) {
  const locale = useSyncExternalStore(ui.subscribe, () => ui.getState().locale);
  return <ParticipantView link={link} locale={locale} />;
}
