/**
 * The child that reads one file for the main process (parse-isolated.ts): a utility process in the
 * desktop app, a worker thread in plain Node. It answers once with readMapForOpen's result and is
 * then killed, so whatever a hostile file made it allocate goes with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readMapForOpen } from './files/read-map';
import type { ReadRequest } from './parse-isolated';

/** Electron gives a utility process `process.parentPort`; plain Node has none. */
const utilityPort = (process as { parentPort?: Electron.ParentPort | null }).parentPort;

if (utilityPort) {
  utilityPort.once('message', (event) => {
    const request = event.data as ReadRequest;
    void readMapForOpen(request.path, request.locale).then((result) => utilityPort.postMessage(result));
  });
} else if (parentPort) {
  const request = workerData as ReadRequest;
  const port = parentPort;
  void readMapForOpen(request.path, request.locale).then((result) => port.postMessage(result));
}
