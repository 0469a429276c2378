// IngestError: the one error the ingest pipeline throws for input it cannot parse, with its line.

export class IngestError extends Error {
  /** 1-based line number in the text that was parsed (for HTML: in the text reduced from it). */
  readonly line: number;
  /** What the parser expected to find there, in words, e.g. `the opening sentence "On <date>, ... held ..."`. */
  readonly expected: string;

  constructor(line: number, expected: string, detail?: string) {
    super(`line ${line}: expected ${expected}${detail ? ` (${detail})` : ''}`);
    this.name = 'IngestError';
    this.line = line;
    this.expected = expected;
  }
}
