/** The room in the status bar: the connection, and who is here (names in their presence colours). */
import { COLLAB_UI } from '../i18n/collab-ui';
import { useT } from '../app/context';
import { useCollab, useConnection, usePeers } from './context';

export function RoomStatus() {
  const collab = useCollab();
  const connection = useConnection();
  const peers = usePeers();
  const t = useT(COLLAB_UI);
  if (!collab || !connection) return null;
  const { status } = collab;
  const label = t(`status.${status}`);
  const detail = status === 'offline' ? (connection.unreachable ? t('status.unreachable') : t('status.offline.detail')) : status === 'refused' ? t('status.refused') : label;
  return (
    <span className="room-status" data-testid="room-status">
      <span className="room-status__state" data-status={status} title={detail} role="status" aria-label={`${t('status.label')}: ${label}`}>
        {label}
      </span>
      <span>{t('presence.count', { count: peers.length })}</span>
      <ul className="room-people" aria-label={t('presence.label')} data-testid="room-people">
        {peers.map((peer) => {
          const name = peer.name || t('presence.anonymous');
          return (
            <li key={peer.clientId} className="room-people__person" data-testid="room-person">
              <span className="room-people__dot" style={{ background: peer.colour }} aria-hidden="true" />
              {peer.isSelf ? t('presence.you', { name }) : name}
            </li>
          );
        })}
      </ul>
    </span>
  );
}
