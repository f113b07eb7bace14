/**
 * The one map of IPC channels to their argument and result schemas, shared by the preload (which
 * sends) and the main process (which validates every message before acting on it). Types flow
 * from the schemas. No Electron import here: the preload bundles this file and tests run it in Node.
 */
import { z } from 'zod';
import { MAX_CHARS } from '../../src/model/json';
import { LOCALES } from '../../src/model/vocab';
import { MENU_COMMANDS, NATIVE_EDIT_COMMANDS } from './commands';

/** Exports (PDF with embedded fonts) are bigger than maps; this still stops a runaway renderer. */
export const MAX_EXPORT_BYTES = 200_000_000;

export const fileRefSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(1000),
  path: z.string().max(10_000).optional(),
});

export const openedFileSchema = z.object({ ref: fileRefSchema, text: z.string().max(MAX_CHARS) });

export const draftSchema = z.object({
  text: z.string().max(MAX_CHARS),
  ref: fileRefSchema.optional(),
  savedAt: z.number().finite().nonnegative(),
});

export const recentFileSchema = z.object({ ref: fileRefSchema, openedAt: z.number().finite().nonnegative() });

export const FAILURE_REASONS = ['cancelled', 'not-found', 'permission', 'disk-full', 'busy', 'conflict', 'io', 'invalid'] as const;
export const failureReasonSchema = z.enum(FAILURE_REASONS);
export type FailureReason = z.infer<typeof failureReasonSchema>;

/** File operations answer with a value or a message already phrased for the person. */
function outcome<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), reason: failureReasonSchema, message: z.string() }),
  ]);
}

const noArgs = z.tuple([]);

/** Copied cards in the flavours other applications read (src/commands/clipboard-formats.ts); PNG for a picture. */
export const MAX_CLIPBOARD_CHARS = 20_000_000;
export const clipboardWriteSchema = z.object({
  json: z.string().max(MAX_CLIPBOARD_CHARS),
  text: z.string().max(MAX_CLIPBOARD_CHARS),
  html: z.string().max(MAX_CLIPBOARD_CHARS),
  png: z
    .instanceof(Uint8Array)
    .refine((d) => d.byteLength <= MAX_EXPORT_BYTES)
    .optional(),
});
export const clipboardReadSchema = z.object({ text: z.string().nullable(), html: z.string().nullable() });

/** Another version of the map, to compare with: read and checked, never opened as the document. */
export const versionSchema = z.object({ name: z.string().max(1000), text: z.string().max(MAX_CHARS) });
export const COMMIT_ID = /^[0-9a-f]{40}$/;
export const fileCommitSchema = z.object({
  oid: z.string().regex(COMMIT_ID),
  date: z.number().finite(),
  author: z.string().max(1000),
  message: z.string().max(10_000),
});

/** "Share on local network…" (electron/main/share.ts): the room the window's map file is shared in. */
export const shareInterfaceSchema = z.object({
  id: z.string().max(100),
  name: z.string().max(200),
  address: z.string().max(100),
  family: z.enum(['IPv4', 'IPv6']),
});
export const shareStatusSchema = z.object({
  running: z.boolean(),
  fileName: z.string().max(1000).nullable(),
  joinUrl: z.string().max(2000).nullable(),
  localOrigin: z.string().max(200).nullable(),
  port: z.number().int().min(0).max(65535).nullable(),
  interfaceId: z.string().max(100).nullable(),
  people: z.number().int().nonnegative(),
  interfaces: z.array(shareInterfaceSchema).max(200),
});
export const SHARE_FAILURES = ['not-saved', 'no-interface', 'invalid', 'busy', 'io'] as const;
const shareOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: shareStatusSchema }),
  z.object({ ok: z.literal(false), reason: z.enum(SHARE_FAILURES), message: z.string() }),
]);

/** Renderer → main, answered (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE = {
  'file:open': { args: noArgs, result: outcome(openedFileSchema.nullable()) },
  'file:openRecent': { args: z.tuple([fileRefSchema]), result: outcome(openedFileSchema) },
  /** A file dropped on the window: its path, which only the preload can learn (webUtils.getPathForFile on a real drop). */
  'file:openDropped': { args: z.tuple([z.string().min(1).max(4096)]), result: outcome(openedFileSchema) },
  'file:save': { args: z.tuple([fileRefSchema, z.string().max(MAX_CHARS)]), result: outcome(fileRefSchema) },
  'file:saveAs': {
    args: z.tuple([z.string().max(MAX_CHARS), z.string().max(255)]),
    result: outcome(fileRefSchema.nullable()),
  },
  'file:export': {
    args: z.tuple([
      z.union([z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_EXPORT_BYTES), z.string().max(MAX_EXPORT_BYTES)]),
      z.string().max(255),
      z.string().max(100),
    ]),
    result: outcome(z.boolean()),
  },
  /** Files the OS asked us to open (command line, double-click, a second instance) waiting for the renderer. */
  'file:takePending': { args: noArgs, result: z.array(openedFileSchema) },
  'draft:read': { args: noArgs, result: draftSchema.nullable() },
  'draft:write': { args: z.tuple([draftSchema]), result: z.void() },
  'draft:discard': { args: noArgs, result: z.void() },
  'recent:list': { args: noArgs, result: z.array(recentFileSchema) },
  /** The system clipboard, written and read by the main process (the renderer has no clipboard permission). */
  'clipboard:write': { args: z.tuple([clipboardWriteSchema]), result: z.boolean() },
  'clipboard:read': { args: noArgs, result: clipboardReadSchema },
  /** Compare with…: a map file chosen in the open dialog, not opened as the document. */
  'compare:openFile': { args: noArgs, result: outcome(versionSchema.nullable()) },
  /** The commits that changed an opened file (null: the file is in no git repository). */
  'git:history': { args: z.tuple([fileRefSchema]), result: outcome(z.array(fileCommitSchema).nullable()) },
  /** An opened file as it was at one of those commits. */
  'git:read': { args: z.tuple([fileRefSchema, z.string().regex(COMMIT_ID)]), result: outcome(versionSchema) },
  /** Whether the window's map is shared, and the interfaces it could be shared on. */
  'share:status': { args: noArgs, result: shareStatusSchema },
  /** Shares an opened or saved file (never an arbitrary path) on one interface id from share:status. */
  'share:start': { args: z.tuple([fileRefSchema, z.string().min(1).max(100)]), result: shareOutcomeSchema },
  /** Writes the room to the file and stops sharing. */
  'share:stop': { args: noArgs, result: shareStatusSchema },
} as const;

/**
 * The page's state as the native menu shows it (src/actions/menu-state.ts): items to grey out and
 * items ticked. Each id at most once, so a runaway page cannot send more than the table holds.
 */
const menuIds = z
  .array(z.enum(MENU_COMMANDS))
  .max(MENU_COMMANDS.length)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'an id is listed twice' });
export const menuStateSchema = z.strictObject({ disabled: menuIds, checked: menuIds });

/** Renderer → main, one way (ipcRenderer.send / ipcMain.on). */
export const SEND = {
  'window:setDirty': z.tuple([z.boolean(), z.string().max(500)]),
  /** A menu edit command arrived while a text field had focus: run the browser's own action. */
  'edit:native': z.tuple([z.enum(NATIVE_EDIT_COMMANDS)]),
  /** The person chose another language in the page: the menu and native dialogs follow. */
  'app:setLocale': z.tuple([z.enum(LOCALES)]),
  /** What the page's actions allow now: the native menu greys out and ticks its items to match. */
  'menu:state': z.tuple([menuStateSchema]),
} as const;

/** Main → renderer (webContents.send / ipcRenderer.on). */
export const EVENTS = {
  'menu:command': z.tuple([z.enum(MENU_COMMANDS)]),
  'file:externalChange': z.tuple([fileRefSchema]),
  'file:openRequested': noArgs,
  /** Sharing started or stopped, or someone joined or left the room. */
  'share:changed': z.tuple([shareStatusSchema]),
} as const;

export type InvokeChannel = keyof typeof INVOKE;
export type SendChannel = keyof typeof SEND;
export type EventChannel = keyof typeof EVENTS;
export type InvokeArgs<C extends InvokeChannel> = z.infer<(typeof INVOKE)[C]['args']>;
export type InvokeResult<C extends InvokeChannel> = z.infer<(typeof INVOKE)[C]['result']>;
export type SendArgs<C extends SendChannel> = z.infer<(typeof SEND)[C]>;
export type EventArgs<C extends EventChannel> = z.infer<(typeof EVENTS)[C]>;

export type FileRefData = z.infer<typeof fileRefSchema>;
export type OpenedFileData = z.infer<typeof openedFileSchema>;
export type DraftData = z.infer<typeof draftSchema>;
export type RecentFileData = z.infer<typeof recentFileSchema>;
export type ClipboardWriteData = z.infer<typeof clipboardWriteSchema>;
export type ClipboardReadData = z.infer<typeof clipboardReadSchema>;
export type VersionData = z.infer<typeof versionSchema>;
export type FileCommitData = z.infer<typeof fileCommitSchema>;
export type ShareStatusData = z.infer<typeof shareStatusSchema>;
export type ShareOutcomeData = z.infer<typeof shareOutcomeSchema>;
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: FailureReason; message: string };
