/** The desktop app's runner for parse-isolated.ts: Electron's utilityProcess, its V8 heap capped. */
import { utilityProcess } from 'electron';
import type { IsolatedRunner } from './parse-isolated';

export function utilityProcessRunner(entry: string): IsolatedRunner {
  return {
    start(request, memoryMb) {
      const child = utilityProcess.fork(entry, [], {
        serviceName: 'Touchpoint Studio file reader',
        execArgv: [`--max-old-space-size=${memoryMb}`],
        stdio: 'ignore',
      });
      let exited = false;
      const reply = new Promise<unknown>((resolve, reject) => {
        child.once('message', resolve);
        // V8 aborts the process when it reaches the heap cap, the one failure a hostile file can cause;
        // a clean exit without an answer would be a fault of the child itself.
        child.once('exit', (code) => {
          exited = true;
          reject(code === 0 ? 'exited' : 'memory');
        });
      });
      child.postMessage(request);
      return { reply, kill: () => void (exited || child.kill()) };
    },
  };
}
