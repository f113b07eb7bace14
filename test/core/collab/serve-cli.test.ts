import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, withTempDir } from '../cli/helpers';

describe('touchpoint serve: mistakes before anything is served', () => {
  it('explains usage mistakes in both languages, without a stack trace', async () => {
    const none = await cli(['serve']);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('name exactly one map file to share; try: touchpoint serve --help\n');
    const port = await cli(['serve', 'a.tpmap.json', '--port', '70000']);
    expect(port.stderr).toBe('--port must be a whole number from 0 to 65535, not "70000"; try: touchpoint serve --help\n');
    const zh = await cli(['serve', 'a.tpmap.json', '--port', 'x'], 'zh-CN');
    expect(zh.stderr).toContain('--port 须为 0 到 65535 之间的整数');
    const help = await cli(['serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Join: http://H:P/#room=…&token=…');
  });

  it('refuses a missing or invalid map, naming the place and fault', async () => {
    await withTempDir(async (dir) => {
      const missing = await cli(['serve', join(dir, 'nope.tpmap.json')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('no such file');
      const bad = join(dir, 'bad.tpmap.json');
      writeFileSync(bad, readFileSync('samples/hotel-stay.tpmap.json', 'utf8').replace('"level": "basic"', '"level": "excellent"'));
      const invalid = await cli(['serve', bad]);
      expect(invalid.code).toBe(1);
      expect(invalid.stderr).toMatch(/touchpoints\[\d+\]\.level: expected one of basic, satisfactory, value-added, memorable; got "excellent"/);
      expect(invalid.stdout).toBe('');
    });
  });
});
