// Build configuration for the Chrome (MV3) and Firefox (MV2) packages.
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Readout Lens',
    description: 'Reads U.S.–Japan defence news against the official Japan MoD meeting summaries.',
    permissions: ['storage', 'activeTab'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'readout-lens@readout-lens.dev' } } }
      : {}),
  }),
});
