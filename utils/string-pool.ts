// Keeps one flat copy of each string a page's lens holds many times (mention names, record ids,
// the official paragraphs claims quote). Why: a substring V8 cuts from a long string (a "sliced
// string", 13 characters or more) keeps the whole long string alive, so one mention's text
// would keep its section's whole input; and every answer from the background brings fresh
// copies of the same record strings. Bounded: the pool starts over past MAX strings (what was
// handed out stays valid, only the sharing restarts).
const MAX = 20_000;

export class StringPool {
  private readonly kept = new Map<string, string>();

  /** The pool's copy of `s`: equal to it, never a slice of a longer string. */
  get(s: string): string {
    let kept = this.kept.get(s);
    if (kept === undefined) {
      if (this.kept.size >= MAX) this.kept.clear();
      this.kept.set((kept = flat(s)), kept);
    }
    return kept;
  }

  /** Replaces every string inside plain objects and arrays (parsed JSON-like data) by the pool's copy, in place. */
  share<T>(value: T): T {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.shared(value[i]);
    } else if (value !== null && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = this.shared(o[k]);
    }
    return value;
  }

  private shared(v: unknown): unknown {
    return typeof v === 'string' ? this.get(v) : this.share(v);
  }
}

/** A copy of `s` that holds only its own characters (V8 copies shorter substrings already). */
export function flat(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
