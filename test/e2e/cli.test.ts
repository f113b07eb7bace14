/** The built `touchpoint` binary, run the way a team runs it in its own CI (after `npm run build`). */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { withTempDir } from '../core/cli/helpers';

const run = promisify(execFile);
const bin = join(process.cwd(), 'out/main/cli.js');

async function touchpoint(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(bin, args, { env: { ...process.env, LANG: 'C' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe.runIf(existsSync(bin))('the built touchpoint command', () => {
  it('is executable and prints its help', async () => {
    const result = await touchpoint(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: touchpoint <command>/);
  });

  it('validates a broken file with exit 1 and no stack trace', async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, 'x.tpmap.json');
      await writeFile(file, '{"format":"touchpoint-studio/map","version":1,"title":"T","stages":[],"lanes":[],"touchpoints":[{"id":"t1"}]}');
      const result = await touchpoint(['validate', file]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${file}: touchpoints[0].stage: required field is missing`);
      expect(result.stderr).not.toContain('    at ');
    });
  });

  it('picks Chinese from the system language', async () => {
    const { stdout } = await run(bin, ['--help'], { env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '' } });
    expect(stdout).toMatch(/^用法：touchpoint/);
  });
});
