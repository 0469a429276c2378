// Public surface of the engine: pure TypeScript, no DOM and no browser APIs, so the same code
// runs in the content script, the command line and the benchmarks.
export { createEngine } from './analyze';
export type { Engine, EngineData, PageInput } from './analyze';
export * from './report';
