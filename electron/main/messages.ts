/** Everything the desktop shell says to a person, in English and Simplified Chinese. */
import { defineCatalog } from '../../src/i18n';

export const desktopMessages = defineCatalog(
  {
    'save.not-found':
      'Could not save “{name}”: the folder {folder} is no longer there (a removed drive or a renamed folder?). Your changes are still open here — use Save As to choose another folder.',
    'save.permission':
      'Could not save “{name}”: you do not have permission to write in {folder}, or the file is read-only. The file on disk was not changed. Use Save As to save a copy somewhere you can write.',
    'save.disk-full':
      'Could not save “{name}”: the disk is full. The file on disk was not changed, and your changes are still open here. Free some space (or use Save As on another drive), then save again.',
    'save.busy':
      'Could not save “{name}”: another program is using the file (a sync client, an antivirus scan or an editor). The file on disk was not changed. Wait a moment and save again, or close that program.',
    'save.io':
      'Could not save “{name}” ({code}). The file on disk was not changed. Try again, or use Save As to save a copy elsewhere.',
    'save.backup-kept': 'The previous version is kept as {backup}.',
    'save.conflict':
      '“{name}” was changed on disk by someone else since you opened it. Nothing was overwritten. Reload it to see their version, or use Save As to keep yours as a separate file.',
    'open.not-found': 'Could not open “{name}”: the file is no longer there. It may have been moved, renamed or deleted.',
    'open.permission': 'Could not open “{name}”: you do not have permission to read it.',
    'open.io': 'Could not open “{name}” ({code}).',
    'open.is-directory': 'Could not open “{name}”: it is a folder, not a map file.',
    'open.invalid': 'Could not open “{name}”: it is not a valid Touchpoint Studio map. Nothing was changed.\n{problems}',
    'open.title': 'Open map',
    'open.filter': 'Touchpoint maps',
    'open.too-slow': 'Could not open “{name}”: it took too long to read; the limit is {seconds} seconds. The file may be damaged or made to be hostile. Nothing was opened and the file was not changed.',
    'open.too-much-memory': 'Could not open “{name}”: reading it needed more memory than the limit of {megabytes} MB. The file may be damaged or made to be hostile. Nothing was opened and the file was not changed.',
    'open.stopped': 'Could not open “{name}”: reading it stopped unexpectedly. Nothing was opened and the file was not changed. Try again; if it happens again, the file may be damaged.',
    'open.pdfWithoutMap': '“{name}” holds no Touchpoint Studio map. Only reports exported by Touchpoint Studio can be opened. Nothing was opened and the file was not changed.',
    'save.title': 'Save map',
    'export.title': 'Export',
    'filter.all': 'All files',
    'close.message': 'Do you want to save the changes you made to “{name}”?',
    'close.detail': 'Your changes will be lost if you don’t save them.',
    'close.save': 'Save',
    'close.dontSave': 'Don’t Save',
    'close.cancel': 'Cancel',
    'untitled': 'Untitled',
    'link.message': 'Open this link in your web browser?',
    'link.open': 'Open in Browser',
    'link.cancel': 'Cancel',
    'about.title': 'About Touchpoint Studio',
    'about.detail':
      'Version {version}\nCustomer-journey maps and service blueprints: four service levels, pain points, prevention-first reports.\n\nElectron {electron} · Chromium {chrome} · Node.js {node}',
    'about.ok': 'OK',
    'about.licences': 'Open-Source Licences…',
    'update.available': 'Touchpoint Studio {version} is available.',
    'update.availableDetail': 'You have {current}. Download the update now? You can keep working while it downloads.',
    'update.download': 'Download',
    'update.notNow': 'Not Now',
    'update.ready': 'Touchpoint Studio {version} is ready to install.',
    'update.readyDetail': 'Install now to restart into the new version; you will be asked to save your map first. Or install it the next time you quit.',
    'update.installNow': 'Restart and Install',
    'update.later': 'Install When I Quit',
    'external.title': 'Could not open file',
  },
  {
    'save.not-found':
      '无法保存“{name}”：文件夹 {folder} 已不存在（移动硬盘被拔出，或文件夹被改名？）。你的修改仍在本窗口中——请用“另存为”选择其他文件夹。',
    'save.permission':
      '无法保存“{name}”：你没有 {folder} 的写入权限，或文件是只读的。磁盘上的文件没有改动。请用“另存为”把副本保存到你有权限的位置。',
    'save.disk-full': '无法保存“{name}”：磁盘已满。磁盘上的文件没有改动，你的修改仍在这里打开着。请先腾出空间（或用“另存为”保存到其他磁盘），再重新保存。',
    'save.busy':
      '无法保存“{name}”：另一个程序正在使用该文件（同步客户端、杀毒软件或其他编辑器）。磁盘上的文件没有改动。请稍候再保存，或先关闭那个程序。',
    'save.io': '无法保存“{name}”（{code}）。磁盘上的文件没有改动。请重试，或用“另存为”把副本保存到其他位置。',
    'save.backup-kept': '上一版本已保留为 {backup}。',
    'save.conflict':
      '自你打开以来，“{name}”已在磁盘上被他人修改。没有覆盖任何内容。你可以重新载入查看对方的版本，或用“另存为”把你的版本另存为一个文件。',
    'open.not-found': '无法打开“{name}”：文件已不存在，可能已被移动、改名或删除。',
    'open.permission': '无法打开“{name}”：你没有读取该文件的权限。',
    'open.io': '无法打开“{name}”（{code}）。',
    'open.is-directory': '无法打开“{name}”：这是一个文件夹，不是地图文件。',
    'open.invalid': '无法打开“{name}”：这不是有效的 Touchpoint Studio 地图文件。文件没有被改动。\n{problems}',
    'open.title': '打开地图',
    'open.filter': 'Touchpoint 地图',
    'open.too-slow': '无法打开“{name}”：读取时间过长，上限为 {seconds} 秒。文件可能已损坏，或被人为构造。没有打开任何内容，文件未被改动。',
    'open.too-much-memory': '无法打开“{name}”：读取所需内存超过了 {megabytes} MB 的上限。文件可能已损坏，或被人为构造。没有打开任何内容，文件未被改动。',
    'open.stopped': '无法打开“{name}”：读取意外中断。没有打开任何内容，文件未被改动。请再试一次；如果仍然如此，文件可能已损坏。',
    'open.pdfWithoutMap': '“{name}”中没有 Touchpoint Studio 地图。只能打开由 Touchpoint Studio 导出的报告。没有打开任何内容，文件未被改动。',
    'save.title': '保存地图',
    'export.title': '导出',
    'filter.all': '所有文件',
    'close.message': '是否保存对“{name}”所做的修改？',
    'close.detail': '如果不保存，你的修改将会丢失。',
    'close.save': '保存',
    'close.dontSave': '不保存',
    'close.cancel': '取消',
    'untitled': '未命名',
    'link.message': '要在浏览器中打开这个链接吗？',
    'link.open': '在浏览器中打开',
    'link.cancel': '取消',
    'about.title': '关于 Touchpoint Studio',
    'about.detail':
      '版本 {version}\n客户旅程地图与服务蓝图：四个服务层级、痛点、预防优先的报告。\n\nElectron {electron} · Chromium {chrome} · Node.js {node}',
    'about.ok': '确定',
    'about.licences': '开源许可…',
    'update.available': 'Touchpoint Studio {version} 已发布。',
    'update.availableDetail': '你正在使用 {current}。现在下载更新吗？下载时可以继续工作。',
    'update.download': '下载',
    'update.notNow': '暂不',
    'update.ready': 'Touchpoint Studio {version} 已可安装。',
    'update.readyDetail': '立即安装会重新启动到新版本，之前会先请你保存地图；也可以在下次退出时再安装。',
    'update.installNow': '重新启动并安装',
    'update.later': '退出时安装',
    'external.title': '无法打开文件',
  },
);

export type DesktopMessageKey = keyof (typeof desktopMessages)['en'];
