#!/usr/bin/env node
// Checks that the browsers `npm test` and `npm run demo` drive are installed (system Chromium
// and Firefox ESR; the test tools never download browsers). On Debian as root it installs the
// missing ones with apt-get; anywhere else it stops with one line saying what to install.
// Usage: node scripts/preflight.mjs [chromium] [firefox]   (default: both)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BROWSERS = {
  chromium: { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', debian: 'chromium', env: 'CHROMIUM_PATH' },
  firefox: { path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', debian: 'firefox-esr', env: 'FIREFOX_PATH' },
};

const wanted = process.argv.slice(2).filter((a) => a in BROWSERS);
const missing = (wanted.length ? wanted : Object.keys(BROWSERS)).map((n) => BROWSERS[n]).filter((b) => !existsSync(b.path));
if (missing.length === 0) process.exit(0);

const packages = missing.map((b) => b.debian).join(' ');
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (isDebian && isRoot) {
  console.error(`Installing ${packages} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  if (run(['update', '-qq']) && run(['install', '-y', '-qq', ...missing.map((b) => b.debian)]) && missing.every((b) => existsSync(b.path))) {
    process.exit(0);
  }
  console.error(`apt-get could not install ${packages}: install them by hand, or set ${missing.map((b) => b.env).join(' / ')}.`);
  process.exit(1);
}

const how = isDebian ? `run \`sudo apt-get install -y ${packages}\`` : `install Chromium and Firefox ESR (${packages})`;
const what = missing.map((b) => b.path).join(' and ');
const env = missing.map((b) => b.env).join(' / ');
console.error(`Readout Lens needs ${what} to run in: ${how}, or set ${env} to ${missing.length > 1 ? 'their executables' : 'its executable'}.`);
process.exit(1);
