// Build configuration for the Chrome (MV3) and Firefox (MV2) packages.
//
// WXT_E2E=1 at build time makes a test build for the end-to-end suite: it goes to
// .output/e2e-<browser>-mv<n> (never mixed up with the store build), gets the `tabs` permission,
// and its background opens extension pages on request (Firefox's driver may not navigate to
// moz-extension:// URLs itself). See entrypoints/background.ts and tests/e2e/harness.ts.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const e2e = process.env.WXT_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
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
            gecko: {
              id: 'readout-lens@readout-lens.dev',
              strict_min_version: '115.0',
              // Nothing leaves the browser: no telemetry, no remote requests.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
