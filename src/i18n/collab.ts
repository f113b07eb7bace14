/** Messages of `touchpoint serve` and the co-editing host (issue #13). */
import { defineCatalog } from './index';

export const collabMessages = defineCatalog(
  {
    'serve.summary': 'share a map so a team can edit it at once from their browsers',
    'serve.help':
      'Usage: touchpoint serve FILE [--host H] [--port P] [--lang en|zh-CN]\n\nServes FILE to a room: prints one line "Join: http://H:P/#room=…&token=…"; everyone who opens it edits the same map.\nThe merged map is written back to FILE (at most 2 s after each change, and on exit with Ctrl+C).\nThe room’s history is kept in .FILE.yjs beside it: started again on the same FILE and --port, the room resumes with the same link, and people who were offline merge their edits.\n  --host H   the network address to listen on (default 127.0.0.1, this computer only; 0.0.0.0 for the whole network)\n  --port P   the port (default 0: any free port)',
    'serve.one-file': 'name exactly one map file to share',
    'serve.bad-port': '--port must be a whole number from 0 to 65535, not "{value}"',
    'serve.listen-failed': 'could not listen on {host}:{port} ({detail})',
    'serve.invalid-file': '{file}: is not a valid map, so it cannot be shared; run touchpoint validate {file}',
    join: 'Join: {url}',
    'log.joined': 'a participant joined ({count} in the room)',
    'log.left': 'a participant left ({count} in the room)',
    'log.refused': 'refused a connection without the room token',
    'log.dropped': 'dropped an update from a participant: {reason}',
    'log.rate': 'a participant sends too fast; messages are being dropped',
    'log.saved': 'saved {file}',
    'log.save-failed': '{file}: could not be saved ({detail}); the room keeps the changes and tries again',
    'log.conflict':
      'conflict: {file} was changed outside the room, so it is not overwritten; the room is saved to {copy} instead',
    'log.history-stale': '{file} was changed since the room last saved it, so the room starts afresh from the file; participants need the new join link',
    'log.history-failed': 'the room history could not be written ({detail}); the map is still saved, but after a restart participants may need the new join link',
    'reason.malformed': 'not a valid Yjs message',
    'reason.too-large': 'larger than {max}',
    'reason.incomplete': 'refers to edits the room never received',
    'reason.invalid': 'it would make the map invalid at {path}',
  },
  {
    'serve.summary': '共享一张地图，团队成员可在各自的浏览器中同时编辑',
    'serve.help':
      '用法：touchpoint serve 文件 [--host H] [--port P] [--lang en|zh-CN]\n\n把文件共享到一个房间：输出一行 "Join: http://H:P/#room=…&token=…"，打开该链接的每个人编辑的都是同一张地图。\n合并后的地图会写回该文件（每次改动后 2 秒内，以及按 Ctrl+C 退出时）。\n房间历史保存在同目录的 .文件名.yjs 中：用同一文件和同一 --port 重新启动时，房间会以原链接恢复，离线的参与者也能合并他们的修改。\n  --host H   监听的网络地址（默认 127.0.0.1，仅限本机；0.0.0.0 表示整个网络）\n  --port P   端口（默认 0：任选一个空闲端口）',
    'serve.one-file': '请指定且只指定一个要共享的地图文件',
    'serve.bad-port': '--port 须为 0 到 65535 之间的整数，而不是 "{value}"',
    'serve.listen-failed': '无法在 {host}:{port} 上监听（{detail}）',
    'serve.invalid-file': '{file}：不是有效的地图，无法共享；请运行 touchpoint validate {file}',
    join: 'Join: {url}',
    'log.joined': '有参与者加入（房间内共 {count} 人）',
    'log.left': '有参与者离开（房间内共 {count} 人）',
    'log.refused': '已拒绝一个未携带房间令牌的连接',
    'log.dropped': '已丢弃某位参与者的一次更新：{reason}',
    'log.rate': '某位参与者发送过快，其消息正在被丢弃',
    'log.saved': '已保存 {file}',
    'log.save-failed': '{file}：无法保存（{detail}）；改动仍保留在房间中，稍后重试',
    'log.conflict': '冲突：{file} 已在房间之外被修改，因此不会覆盖它；房间内容改存到 {copy}',
    'log.history-stale': '自房间上次保存以来，{file} 已在别处被修改，因此房间将从该文件重新开始；参与者需要使用新的加入链接',
    'log.history-failed': '无法写入房间历史（{detail}）；地图仍会正常保存，但主持方重启后参与者可能需要使用新的加入链接',
    'reason.malformed': '不是有效的 Yjs 消息',
    'reason.too-large': '超过 {max}',
    'reason.incomplete': '引用了房间从未收到的编辑',
    'reason.invalid': '会使地图在 {path} 处无效',
  },
);

export type CollabKey = keyof (typeof collabMessages)['en'];
