// Build configuration for the Chrome (MV3) and Firefox (MV2) packages.
//
// WXT_E2E=1 at build time makes a test build for the end-to-end suite: it goes to
// .output/e2e-<browser>-mv<n> (never mixed up with the store build), gets the `tabs` permission,
// and its background opens extension pages on request (Firefox's driver may not navigate to
// moz-extension:// URLs itself). See entrypoints/background.ts and tests/e2e/harness.ts.
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';

const e2e = process.env.WXT_E2E === '1';

/**
 * zod compiles fast parsers with `new Function` unless `z.config({ jitless: true })` (set in
 * utils/zod-setup.ts, first thing in every entrypoint). Its probe and compiler still name the
 * Function constructor, which store linters flag; here they get nothing to call, so the probe
 * reports "no eval" and zod stays on its interpreted path whatever the order of imports.
 */
function zodWithoutEval(): Plugin {
  return {
    name: 'readout-lens:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/](?:util|doc)\.js$/.test(id)) return null;
      return { code: code.replace(/\bconst F = Function;/g, 'const F = undefined; /* jitless build */'), map: null };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), zodWithoutEval()] }),
  ...(e2e ? { outDirTemplate: 'e2e-{{browser}}-mv{{manifestVersion}}' } : {}),
  manifest: ({ browser }) => ({
    name: 'Readout Lens',
    description: 'Reads U.S.–Japan defence news against the official Japan MoD meeting summaries.',
    permissions: ['storage', 'activeTab', ...(e2e ? ['tabs'] : [])],
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next checked claim on the page',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous checked claim on the page',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide the highlights on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (ESR) and 142 on Android are the first to know data_collection_permissions.
            gecko: {
              id: 'readout-lens@readout-lens.dev',
              strict_min_version: '140.0',
              // Nothing leaves the browser: no telemetry, no remote requests.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
