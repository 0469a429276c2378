// Build configuration for the Chrome (MV3) and Firefox (MV2) packages.
//
// WXT_E2E=1 at build time makes a test build for the end-to-end suite: it goes to
// .output/e2e-<browser>-mv<n> (never mixed up with the store build), gets the `tabs` permission,
// and its background opens extension pages on request (Firefox's driver may not navigate to
// moz-extension:// URLs itself). See entrypoints/background.ts and tests/e2e/harness.ts.
import { defineConfig } from 'wxt';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';

const e2e = process.env.WXT_E2E === '1';
/** Every page the reader opens (the gate's matches; the lens's, registered at runtime, are the same). */
const PAGES = ['http://*/*', 'https://*/*'] as const;
/** WXT_SIZE=1: the store build with source maps, in .output/size-<browser>-mv<n> (`npm run size`). */
const sized = process.env.WXT_SIZE === '1';

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

/**
 * The gate (entrypoints/gate), injected into every page, goes without
 * webextension-polyfill: in its build only, `wxt/browser` (which the polyfill module aliases to
 * the polyfill) is WXT's own, the browser's native API (Firefox's `browser`, Chrome's `chrome`).
 * The lens and the extension's pages keep the polyfill.
 */
function gateNativeBrowser(): Plugin {
  const native = createRequire(import.meta.url).resolve('wxt/browser');
  let gate = false;
  return {
    name: 'readout-lens:gate-native-browser',
    enforce: 'pre',
    configResolved(config) {
      gate = config.build.lib !== false && config.build.lib.fileName === 'gate';
    },
    resolveId(source) {
      if (!gate || (source !== 'wxt/browser' && source !== '@wxt-dev/webextension-polyfill/browser')) return null;
      return native;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact(), zodWithoutEval(), gateNativeBrowser()], ...(sized ? { build: { sourcemap: true } } : {}) }),
  ...(e2e ? { outDirTemplate: 'e2e-{{browser}}-mv{{manifestVersion}}' } : {}),
  ...(sized ? { outDirTemplate: 'size-{{browser}}-mv{{manifestVersion}}' } : {}),
  hooks: {
    // The toolbar button and the side panel (entrypoints/popup, entrypoints/sidepanel) get the
    // icon and a translated title; WXT would take the pages' English <title>.
    'build:manifestGenerated': (_wxt, manifest) => {
      const icon = { 16: '/icons/lens-16.png', 32: '/icons/lens-32.png' };
      for (const button of [manifest.action, manifest.browser_action]) {
        if (button) Object.assign(button, { default_title: '__MSG_actionTitle__', default_icon: icon });
      }
      const sidebar = (manifest as { sidebar_action?: Record<string, unknown> }).sidebar_action;
      if (sidebar) Object.assign(sidebar, { default_title: '__MSG_panelTitle__', default_icon: icon });
      // The manifest's content scripts: public/world-start.js creates the content scripts' world
      // before the page's markup exists, so a page element named `chrome` cannot shadow the
      // extension API (DOM clobbering); then the gate (entrypoints/gate, built as a plain script:
      // the framework's content-script context costs every page a millisecond and more). The
      // lens the gate has injected shares their world.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: [...PAGES], js: ['world-start.js'], run_at: 'document_start' },
        { matches: [...PAGES], js: ['gate.js'], run_at: 'document_idle' },
      ];
    },
  },
  manifest: ({ browser }) => ({
    // Strings from public/_locales/<lang>/messages.json (English and Japanese).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // PNGs generated from public/icons/*.svg by `npm run icons`.
    icons: { 16: '/icons/lens-16.png', 32: '/icons/lens-32.png', 48: '/icons/lens-48.png', 128: '/icons/lens-128.png' },
    // `scripting` (MV3) injects the lens into a related page (Firefox MV2: tabs.executeScript);
    // the http/https host permissions it needs come with the lens's runtime registration.
    permissions: ['storage', 'activeTab', ...(browser === 'firefox' ? [] : ['scripting']), ...(e2e ? ['tabs'] : [])],
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmdNextClaim__',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdPreviousClaim__',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_cmdToggleHighlights__',
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
