// The bundled language server (server/out/server-main.js). server/out/server.js (start.ts) loads it
// and calls main, with a callback for the first analysis (when it writes its code cache).
import { injectFaults } from './faults';
import { main as startServerOn } from './server';

export function main(argv: readonly string[] = process.argv, afterFirstAnalysis?: () => void): void {
  injectFaults(process.env.COPYDESK_FAULT_INJECTION);
  startServerOn(argv, afterFirstAnalysis);
}
