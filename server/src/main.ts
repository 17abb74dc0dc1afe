// Entry of the bundled language server (server/out/server.js).
import { injectFaults } from './faults';
import { main } from './server';

injectFaults(process.env.COPYDESK_FAULT_INJECTION);
main();
