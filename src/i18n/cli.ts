import { defineCatalog } from './index';

export const cliMessages = defineCatalog(
  {
    usage:
      'Usage: touchpoint <command> [options]\n\nCommands:\n{commands}\n\nOptions for every command:\n  --lang en|zh-CN   language of messages (default: your system language)\n  --help            show this help',
    'unknown-command': 'unknown command "{name}"; try: touchpoint --help',
    'usage-error': '{detail}; try: touchpoint {command} --help',
    'not-found': '{file}: no such file',
    'is-directory': '{file}: is a folder, not a map file',
    permission: '{file}: permission denied',
    io: '{file}: could not be read ({detail})',
    'write-failed': '{file}: could not be written ({detail}); nothing was changed',
    'no-files': 'name at least one map file',
    valid: '{file}: valid ({touchpoints} touchpoints, {stages} stages, {lanes} lanes)',
    'valid-migrated': '{file}: valid, written in format version {from} (it will be saved as version {to})',
    'validate.summary': 'check that map files are well-formed and complete',
    'validate.help':
      'Usage: touchpoint validate FILE… [--json] [--lang en|zh-CN]\n\nFILE is a map (.tpmap.json) or a PDF report made by Touchpoint Studio, which carries its map.\n\nExit codes: 0 all valid · 1 a file is invalid · 2 a file cannot be read or is not JSON',
    'internal-error': 'touchpoint: internal error: {detail}. This is a bug in Touchpoint Studio; no file was changed.',
  },
  {
    usage:
      '用法：touchpoint <命令> [选项]\n\n命令：\n{commands}\n\n通用选项：\n  --lang en|zh-CN   提示语言（默认跟随系统语言）\n  --help            显示帮助',
    'unknown-command': '未知命令 "{name}"；请运行 touchpoint --help',
    'usage-error': '{detail}；请运行 touchpoint {command} --help',
    'not-found': '{file}：文件不存在',
    'is-directory': '{file}：这是一个文件夹，不是地图文件',
    permission: '{file}：没有访问权限',
    io: '{file}：无法读取（{detail}）',
    'write-failed': '{file}：无法写入（{detail}），未做任何改动',
    'no-files': '请至少指定一个地图文件',
    valid: '{file}：有效（{touchpoints} 个触点，{stages} 个阶段，{lanes} 条泳道）',
    'valid-migrated': '{file}：有效，文件为格式版本 {from}（保存时将升级为版本 {to}）',
    'validate.summary': '检查地图文件的格式与完整性',
    'validate.help':
      '用法：touchpoint validate 文件… [--json] [--lang en|zh-CN]\n\n文件可以是地图文件（.tpmap.json），也可以是 Touchpoint Studio 导出的 PDF 报告（报告中带有地图）。\n\n退出码：0 全部有效 · 1 有文件无效 · 2 有文件无法读取或不是 JSON',
    'internal-error': 'touchpoint：内部错误：{detail}。这是 Touchpoint Studio 的缺陷；没有文件被改动。',
  },
);
