// Entry of the bundled language server (server/out/server.js).
import { main } from './server';

main();
