/** The room's Yjs history beside the map file (room-log.ts), on real files. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CollabSession, readYDoc, toYDoc } from '../../../src/collab';
import { createRoomLog, readRoomLog, roomLogPath, textHash } from '../../../src/collab/node/room-log';
import { startCollabHost } from '../../../src/collab/node/host';
import { parseMap, type MapDocument } from '../../../src/model';
import { nodeFiles } from '../../../src/platform/node';

const parsed = parseMap(readFileSync(new URL('../../../samples/hotel-stay.tpmap.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('sample invalid');
const START: MapDocument = parsed.map;
const dir = mkdtempSync(join(tmpdir(), 'tp-room-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const restore = (updates: readonly Uint8Array[]) => {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
};

describe('room log', () => {
  it('is a hidden sibling of the map file', () => {
    expect(roomLogPath('/maps/hotel.tpmap.json')).toBe('/maps/.hotel.tpmap.json.yjs');
  });

  it('gives back the room, its token, every edit and the saved hashes, readable by its owner only', async () => {
    const path = join(dir, '.a.yjs');
    const doc = toYDoc(START);
    const log = await createRoomLog(path, { room: 'r1', token: 't1' }, doc, textHash('file text'), () => undefined);
    doc.on('update', (u: Uint8Array) => log.append(u));
    const me = new CollabSession(doc, 'me');
    me.run('addTouchpoint', { stage: START.stages[0]!.id, lane: START.lanes[0]!.id, title: 'Logged edit' });
    await log.saving(textHash('second text'));
    await log.close();

    const history = (await readRoomLog(path))!;
    expect(history).toMatchObject({ room: 'r1', token: 't1' });
    expect([...history.saved]).toEqual([textHash('file text'), textHash('second text')]);
    const back = restore(history.updates);
    expect(readYDoc(back).map!.touchpoints.map((t) => t.title)).toContain('Logged edit');
    // The same document, not a copy: the edit keeps its Yjs id, so peers holding it merge instead of duplicating.
    expect(Y.encodeStateVector(back)).toEqual(Y.encodeStateVector(doc));
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('ignores a torn last record, and is not a log when the file is something else', async () => {
    const path = join(dir, '.b.yjs');
    const doc = toYDoc(START);
    const log = await createRoomLog(path, { room: 'r2', token: 't2' }, doc, null, () => undefined);
    await log.close();
    appendFileSync(path, Buffer.from([1, 200, 0, 0, 0, 7, 7]));
    const history = (await readRoomLog(path))!;
    expect(history.updates).toHaveLength(1);
    expect(readYDoc(restore(history.updates)).map!.touchpoints).toHaveLength(START.touchpoints.length);

    writeFileSync(join(dir, '.c.yjs'), 'not a log at all');
    expect(await readRoomLog(join(dir, '.c.yjs'))).toBeNull();
    expect(await readRoomLog(join(dir, '.missing.yjs'))).toBeNull();
  });

  it('compacts itself once appends outgrow it, keeping every edit and the last saved hash', async () => {
    const path = join(dir, '.d.yjs');
    const doc = toYDoc(START);
    const log = await createRoomLog(path, { room: 'r3', token: 't3' }, doc, textHash('v1'), () => undefined);
    doc.on('update', (u: Uint8Array) => log.append(u));
    const id = START.touchpoints[0]!.id;
    const fields = (doc.getMap('map').get('touchpoints') as Y.Map<Y.Map<unknown>>).get(id)!;
    // Long descriptions, each replacing the last, make the appends outgrow the compacted log quickly.
    for (let i = 0; i < 400; i++) fields.set('description', `${i} ${'x'.repeat(4000)}`);
    await log.close();
    const size = statSync(path).size;
    expect(size).toBeLessThan(400 * 4000);
    const history = (await readRoomLog(path))!;
    expect(history.saved.has(textHash('v1'))).toBe(true);
    expect(readYDoc(restore(history.updates)).map!.touchpoints[0]!.description).toMatch(/^399 /);
  });

  it('lets a restarted host resume its room, but starts afresh when the file was changed while it was down', async () => {
    const file = join(dir, 'hotel.tpmap.json');
    writeFileSync(file, readFileSync(new URL('../../../samples/hotel-stay.tpmap.json', import.meta.url)));
    const lines: string[] = [];
    const options = { file, files: nodeFiles, locale: 'en' as const, log: (l: string) => lines.push(l) };
    const first = await startCollabHost(options);
    await first.close();
    const second = await startCollabHost(options);
    const resumedLink = second.joinUrl.split('#')[1];
    await second.close();
    expect(resumedLink).toBe(first.joinUrl.split('#')[1]);
    expect(lines.join('\n')).not.toMatch(/changed since/);

    writeFileSync(file, readFileSync(file, 'utf8').replace('"title": "', '"title": "Edited elsewhere: '));
    const third = await startCollabHost(options);
    await third.close();
    expect(third.joinUrl.split('#')[1]).not.toBe(resumedLink);
    expect(lines.join('\n')).toMatch(/hotel\.tpmap\.json was changed since the room last saved it/);
    expect(readFileSync(file, 'utf8')).toContain('Edited elsewhere: ');
  });
});
