/** The one bridge between the renderer and the main process. The desktop-shell work fills this in. */
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('touchpoint', { platform: 'electron' as const });
