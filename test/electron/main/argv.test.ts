import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromHandover, mapFilesFromArgv } from '../../../electron/main/argv';

describe('files from the command line', () => {
  it('picks map files, resolved against the working folder, and ignores flags and the app path', () => {
    const argv = ['/opt/Touchpoint Studio/touchpoint-studio', '--no-sandbox', 'journey.tpmap.json', '/maps/Hotel.TPMAP.JSON', 'notes.txt', '.', 'C:\\Maps\\bank.tpmap', 'data.json'];
    expect(mapFilesFromArgv(argv, '/home/mei')).toEqual([
      resolve('/home/mei', 'journey.tpmap.json'),
      '/maps/Hotel.TPMAP.JSON',
      resolve('/home/mei', 'C:\\Maps\\bank.tpmap'),
    ]);
  });

  it('trusts a second instance’s hand-over only when it has the expected shape', () => {
    const argv = ['electron', join('/work', 'a.tpmap.json')];
    expect(filesFromHandover({ files: ['/maps/b.tpmap.json', 'relative.tpmap.json', '/etc/passwd'] }, argv, '/work')).toEqual(['/maps/b.tpmap.json']);
    expect(filesFromHandover({ files: 'nope' }, argv, '/work')).toEqual([join('/work', 'a.tpmap.json')]);
    expect(filesFromHandover(null, ['electron'], '/work')).toEqual([]);
  });
});
