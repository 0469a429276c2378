// The small pure pieces behind the background, popup and settings page.
import { describe, expect, test } from 'vitest';
import { commandMessage } from '../../utils/commands';
import { e2eOpenRequest } from '../../utils/e2e-hooks';
import { withSite } from '../../utils/site-switch';
import { hostnameOf, samePage } from '../../utils/tab-state';
import { badgeText, countVerdicts } from '../../utils/verdict-counts';
import { defaultSettings } from '../../utils/settings';
import { formatDay } from '../../components/popup/format';
import type { Claim } from '../../engine/report';

const claim = (verdict: Claim['verdict']): Claim => ({ text: 'x', start: 0, end: 1, verdict, evidence: null, flags: [] });

describe('badge', () => {
  test('counts claims by verdict', () => {
    expect(countVerdicts({ claims: [claim('conflict'), claim('supported'), claim('conflict'), claim('unverified')] }))
      .toEqual({ conflict: 2, supported: 1, unverified: 1 });
    expect(countVerdicts(null)).toEqual({ conflict: 0, supported: 0, unverified: 0 });
  });
  test.each([[0, ''], [1, '1'], [12, '12'], [99, '99'], [150, '99+']])('%i conflicts → "%s"', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });
});

describe('commands', () => {
  test.each([
    ['next-claim', { type: 'step-claim', direction: 'next' }],
    ['previous-claim', { type: 'step-claim', direction: 'previous' }],
    ['toggle-highlights', { type: 'toggle-highlights' }],
    ['_execute_action', null],
  ])('%s → %j', (command, message) => expect(commandMessage(command)).toEqual(message));
});

describe('site switch', () => {
  test('switching a site off adds it once, sorted; on removes it; the global switch stays', () => {
    const off = withSite({ ...defaultSettings, disabledSites: ['b.example'] }, 'a.example', false);
    expect(off.disabledSites).toEqual(['a.example', 'b.example']);
    expect(withSite(off, 'a.example', false).disabledSites).toEqual(['a.example', 'b.example']);
    expect(withSite({ ...off, enabled: false }, 'a.example', true)).toEqual({ ...defaultSettings, enabled: false, disabledSites: ['b.example'] });
  });
});

describe('tab state', () => {
  test('a fragment change is the same page; a path change is not', () => {
    expect(samePage('https://a.example/x#one', 'https://a.example/x#two')).toBe(true);
    expect(samePage('https://a.example/x', 'https://a.example/y')).toBe(false);
  });
  test.each([
    ['https://www.meridianpost.example/world', 'www.meridianpost.example'],
    ['http://127.0.0.1:8080/a.html', '127.0.0.1'],
    ['chrome://extensions', null],
    ['not a url', null],
  ])('host of %s is %s', (url, host) => expect(hostnameOf(url)).toBe(host));
});

describe('test-build open requests', () => {
  test('only 127.0.0.1/__e2e__/open with a known page', () => {
    expect(e2eOpenRequest('http://127.0.0.1:4000/__e2e__/open?page=popup&target=http%3A%2F%2F127.0.0.1%3A4000%2Fa.html'))
      .toEqual({ page: 'popup', target: 'http://127.0.0.1:4000/a.html' });
    expect(e2eOpenRequest('http://127.0.0.1:4000/__e2e__/open?page=options')).toEqual({ page: 'options', target: null });
    expect(e2eOpenRequest('http://127.0.0.1:4000/__e2e__/open?page=background')).toBeNull();
    expect(e2eOpenRequest('https://evil.example/__e2e__/open?page=popup')).toBeNull();
  });
});

describe('formatDay', () => {
  test('writes the date as given, without a time-zone shift', () => {
    expect(formatDay('2026-01-15')).toBe('15 January 2026');
    expect(formatDay('soon')).toBe('soon');
  });
});
