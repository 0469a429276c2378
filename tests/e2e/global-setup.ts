// Once per e2e run: an id the files share, so work done once per run (store-build.ts) is known
// to be from this run and not left over from an earlier one.
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eRunId: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('e2eRunId', `${process.pid}-${Date.now()}`);
}
