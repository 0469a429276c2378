// The gate (entrypoints/gate) and the lens it has the background inject
// (entrypoints/news.content) share the content scripts' isolated world: the gate leaves the
// settings answer it is waiting for there, so the lens does not ask again, and the lens says when
// it has taken over (from then on it answers the popup). The page's own scripts cannot see this
// world; the lens parses what it finds all the same.

const KEY = '__readoutLensHandOver';
/** Set while a lens runs in this world (a second injection, asked for twice, does nothing). */
const RUNNING = '__readoutLensRunning';

export interface HandOver {
  /** The background's answer to the gate's last page-settings request (unparsed). */
  settings: Promise<unknown>;
  /** The lens is running: the gate stops watching and answering. */
  started(): void;
}

type World = Record<string, unknown>;

/** The gate: what the next lens will find (replaced with every request that may load it). */
export function leaveHandOver(world: object, handOver: HandOver): void {
  (world as World)[KEY] = handOver;
}

/**
 * The lens: the hand-over, once, or null (none, or a lens already runs here: `running` true).
 * `release` (the lens torn down) lets a later lens take over again.
 */
export function takeHandOver(world: object): { handOver: HandOver | null; running: boolean; release(): void } {
  const w = world as World;
  const release = () => void delete w[RUNNING];
  if (w[RUNNING] === true) return { handOver: null, running: true, release: () => {} };
  w[RUNNING] = true;
  return { handOver: readHandOver(w), running: false, release };
}

function readHandOver(world: World): HandOver | null {
  const raw = world[KEY];
  delete (world as World)[KEY];
  if (typeof raw !== 'object' || raw === null) return null;
  const { settings, started } = raw as Partial<HandOver>;
  if (!(settings instanceof Promise) || typeof started !== 'function') return null;
  return { settings, started: () => started.call(raw) };
}
