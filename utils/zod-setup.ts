// Imported first by every extension entrypoint: zod v4 must not probe `new Function` (extension
// CSP forbids it, and Mozilla's linter flags it), so schemas run in jitless mode.
import { z } from 'zod';

z.config({ jitless: true });
