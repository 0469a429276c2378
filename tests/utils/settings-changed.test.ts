// The background's "settings changed" nudge to every tab's gate and lens: only that exact message type
// counts, so a popup question or anything malformed never makes either ask again.
import { describe, expect, it } from 'vitest';
import { isSettingsChanged, parseContentMessage, SETTINGS_CHANGED } from '../../utils/content-messages';

describe('settings-changed', () => {
  it('is recognised only as its own message type', () => {
    expect(isSettingsChanged({ type: SETTINGS_CHANGED })).toBe(true);
    for (const other of [null, undefined, 'settings-changed', {}, { type: 'get-report' }, { type: 'Settings-Changed' }, [SETTINGS_CHANGED]]) {
      expect(isSettingsChanged(other)).toBe(false);
    }
  });

  it('is not a question the content script answers', () => {
    expect(parseContentMessage({ type: SETTINGS_CHANGED })).toBeNull();
  });
});
