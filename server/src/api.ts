// The library entry (`server/out/api.js`): the analysis core for newsroom tools that embed
// Copydesk. The same functions the CLI and the language server call.
export * from './core';
