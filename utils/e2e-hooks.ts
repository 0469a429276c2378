// Test builds only: the request a test page makes to have the background open an extension page
// (see installE2eHooks in entrypoints/background.ts and openExtensionPage in tests/e2e/harness.ts).
export const E2E_OPEN_PATH = '/__e2e__/open';

export interface E2eOpenRequest {
  page: 'popup' | 'options';
  /** URL of the tab the page should report on, or null. */
  target: string | null;
}

export function e2eOpenRequest(url: string): E2eOpenRequest | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.hostname !== '127.0.0.1' || u.pathname !== E2E_OPEN_PATH) return null;
  const page = u.searchParams.get('page');
  if (page !== 'popup' && page !== 'options') return null;
  return { page, target: u.searchParams.get('target') };
}
