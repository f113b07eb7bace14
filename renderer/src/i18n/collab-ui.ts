/** What a person sees in a shared room in the app (issue #13): joining, the connection, who is here. */
import { defineCatalog } from '../../../src/i18n';

export const COLLAB_UI = defineCatalog(
  {
    'join.title': 'Join the shared map',
    'join.body': 'Everyone in the room sees this name beside your pointer and what you select.',
    'join.name': 'Your name',
    'join.submit': 'Join',
    'join.connecting': 'Connecting to the room…',
    'status.label': 'Room connection',
    'status.connecting': 'Connecting…',
    'status.live': 'Live',
    'status.offline': 'Offline, reconnecting',
    'status.offline.detail': 'Your edits are kept on this device and sent as soon as the host can be reached again.',
    'status.refused': 'The host refused this link: the room has closed or the link is not complete. Ask whoever shares the map for a new join link.',
    'status.unreachable': 'The host cannot be reached. Check that the map is still shared and that you are on the same network; trying again…',
    'presence.label': 'People in this room',
    'presence.you': '{name} (you)',
    'presence.anonymous': 'Anonymous',
    'presence.count': '{count} here',
    'room.save': 'In a shared room the host saves the map to its file after every change; there is nothing to save here.',
    'room.open': 'This page edits a shared map. To open or start another map, open the app in a new tab.',
  },
  {
    'join.title': '加入共享地图',
    'join.body': '房间里的每个人都会在你的指针和选中内容旁看到这个名字。',
    'join.name': '你的名字',
    'join.submit': '加入',
    'join.connecting': '正在连接房间…',
    'status.label': '房间连接状态',
    'status.connecting': '正在连接…',
    'status.live': '已连接',
    'status.offline': '已离线，正在重新连接',
    'status.offline.detail': '你的修改已保存在本设备上，一旦重新连上主持方就会同步过去。',
    'status.refused': '主持方拒绝了此链接：房间已关闭，或链接不完整。请向共享地图的人索取新的加入链接。',
    'status.unreachable': '无法连接到主持方。请确认地图仍在共享，并且你和主持方在同一网络中；正在重试…',
    'presence.label': '房间成员',
    'presence.you': '{name}（你）',
    'presence.anonymous': '匿名',
    'presence.count': '{count} 人在线',
    'room.save': '在共享房间中，每次改动后都由主持方把地图保存到文件，此处无需保存。',
    'room.open': '此页面正在编辑一张共享地图。如需打开或新建其他地图，请在新标签页中打开应用。',
  },
);

export type CollabUiKey = keyof (typeof COLLAB_UI)['en'];
