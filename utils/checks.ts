// Tiny declarative parsers for the messages the content script receives. The script runs on
// every page, so it carries these few dozen lines instead of a schema library (zod alone was a
// sixth of it): each check returns the value it was given, rebuilt with only the fields it
// names, or throws a CheckError saying where and what was wrong.

export class CheckError extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path || 'the message'}: expected ${expected}`);
    this.name = 'CheckError';
  }
}

export type Check<T> = (value: unknown, path: string) => T;
/** A check that lets the field be absent (an optional property of the object it is in). */
export type OptionalCheck<T> = Check<T | undefined> & { readonly optional: true };
export type Checked<C> = C extends Check<infer T> ? T : never;

const fail = (path: string, expected: string): never => {
  throw new CheckError(path, expected);
};

export const string: Check<string> = (v, p) => (typeof v === 'string' ? v : fail(p, 'a string'));
export const text: Check<string> = (v, p) => (typeof v === 'string' && v !== '' ? v : fail(p, 'a non-empty string'));
export const boolean: Check<boolean> = (v, p) => (typeof v === 'boolean' ? v : fail(p, 'true or false'));
export const number: Check<number> = (v, p) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(p, 'a number'));
/** A whole number ≥ 0 (an offset into a text, an index). */
export const offset: Check<number> = (v, p) => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : fail(p, 'a whole number ≥ 0'));
/** A number from 0 to 1. */
export const fraction: Check<number> = (v, p) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : fail(p, 'a number from 0 to 1'));

export function literal<const L extends string | boolean>(expected: L): Check<L> {
  return (v, p) => (v === expected ? expected : fail(p, JSON.stringify(expected)));
}

export function oneOf<const L extends readonly string[]>(values: L): Check<L[number]> {
  const set = new Set<unknown>(values);
  return (v, p) => (set.has(v) ? (v as L[number]) : fail(p, `one of ${values.join(', ')}`));
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (v, p) => (v === null ? null : check(v, p));
}

export function optional<T>(check: Check<T>): OptionalCheck<T> {
  return Object.assign((v: unknown, p: string) => (v === undefined ? undefined : check(v, p)), { optional: true as const });
}

export function array<T>(check: Check<T>): Check<T[]> {
  return (v, p) => {
    if (!Array.isArray(v)) return fail(p, 'a list');
    const out = new Array<T>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = check(v[i], `${p}[${i}]`);
    return out;
  };
}

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Checked<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Checked<S[K]>, undefined> }
>;

/** A plain object with these fields (others are dropped; an absent optional field stays absent). */
export function object<S extends Shape>(shape: S): Check<ObjectOf<S>> {
  const fields = Object.entries(shape);
  return (v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(p, 'an object');
    const out: Record<string, unknown> = {};
    for (const [key, check] of fields) {
      const value = check((v as Record<string, unknown>)[key], p ? `${p}.${key}` : key);
      if (value !== undefined) out[key] = value;
    }
    return out as ObjectOf<S>;
  };
}

/** One of several shapes, told apart by the string each has at `key` (a tagged union). */
export function variants<const M extends Record<string, Check<unknown>>>(key: string, shapes: M): Check<Checked<M[keyof M]>> {
  return (v, p) => {
    const tag = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
    const check = typeof tag === 'string' && Object.prototype.hasOwnProperty.call(shapes, tag) ? shapes[tag] : undefined;
    return check ? (check(v, p) as Checked<M[keyof M]>) : fail(p ? `${p}.${key}` : key, `one of ${Object.keys(shapes).join(', ')}`);
  };
}

/** Parses, or null when the value is not of the shape (for messages that may be someone else's). */
export function attempt<T>(check: Check<T>, value: unknown): T | null {
  try {
    return check(value, '');
  } catch (err) {
    if (err instanceof CheckError) return null;
    throw err;
  }
}
