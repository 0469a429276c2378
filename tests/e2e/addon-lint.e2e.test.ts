// The store builds: Mozilla's add-on linter finds no errors in the Firefox one and only the
// warnings the README explains (scripts/lint-firefox.ts; a new kind fails), and both manifests
// ask for the permissions the README lists and nothing more.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPLAINED_WARNINGS, lintFirefox } from '../../scripts/lint-firefox';
import { ROOT } from './harness';
import { buildStorePackages } from './store-build';

describe('store builds: web-ext lint and permissions', () => {
  // The store builds, not the test ones (which add `tabs` and test hooks).
  beforeAll(buildStorePackages, 360_000);

  it('the Firefox build has no errors and no unexplained warning', () => {
    const { errors, warnings, unexplained } = lintFirefox();
    expect(errors).toEqual([]);
    expect(unexplained).toEqual([]);
    // Each explanation still has something to explain (none kept after its warning went).
    for (const e of EXPLAINED_WARNINGS) expect(warnings.some((w) => w.code === e.code && e.file.test(w.file ?? ''))).toBe(true);
  }, 240_000);

  it('the store manifests ask only for the permissions the README lists, and nothing more', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    const expected = { 'chrome-mv3': ['activeTab', 'scripting', 'sidePanel', 'storage'], 'firefox-mv2': ['activeTab', 'storage'] } as const;
    // The lens is injected into related pages (entrypoints/gate), which needs access to
    // http and https pages: MV3 asks for it as host_permissions, MV2 among the permissions.
    const hosts = ['http://*/*', 'https://*/*'];
    for (const [dir, permissions] of Object.entries(expected)) {
      const manifest = JSON.parse(await readFile(join(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      const mv3 = manifest.manifest_version === 3;
      expect([...(manifest.permissions as string[])].sort()).toEqual(mv3 ? permissions : [...permissions, ...hosts].sort());
      expect(manifest.host_permissions, `${dir}: host_permissions`).toEqual(mv3 ? hosts : undefined);
      for (const key of ['optional_permissions', 'web_accessible_resources', 'externally_connectable', 'content_security_policy']) {
        expect(manifest[key], `${dir}: ${key}`).toBeUndefined();
      }
      for (const p of permissions) expect(readme).toMatch(new RegExp(`\\| \`${p}\` \\|`));
      expect(readme).toContain('| host access to `http://*/*`, `https://*/*` |');
    }
  });

  it('the README explains each warning kept', async () => {
    const { readFile } = await import('node:fs/promises');
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    for (const e of EXPLAINED_WARNINGS) expect(readme).toContain(e.code);
  });
});
