// @vitest-environment happy-dom
// Client-side navigation seen from a content script: a new path is a new page, a fragment jump
// is not (a hash route is); without the Navigation API the URL is looked at every second, except
// for the gate, which asks for events only.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { isNewPage, watchNavigation } from '../../entrypoints/news.content/navigation';

describe('which URL changes are a new page', () => {
  test.each([
    ['https://news.example/a', 'https://news.example/b', true],
    ['https://news.example/a?id=1', 'https://news.example/a?id=2', true],
    ['https://news.example/a', 'https://news.example/a#section-2', false],
    ['https://news.example/#/a', 'https://news.example/#/b', true],
    ['https://news.example/#!a', 'https://news.example/#!b', true],
    ['https://news.example/a', 'https://other.example/a', true],
  ])('%s → %s: %s', (before, after, expected) => {
    expect(isNewPage(before, after)).toBe(expected);
  });
});

describe('watching a window without the Navigation API', () => {
  let stop: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    stop = new AbortController();
    history.replaceState({}, '', '/start');
    delete (window as { navigation?: unknown }).navigation;
  });
  afterEach(() => {
    stop.abort();
    vi.useRealTimers();
  });

  test('pushState is seen by the once-a-second look at the URL', () => {
    let pages = 0;
    watchNavigation(window, () => void pages++, stop.signal);
    history.pushState({}, '', '/next');
    vi.advanceTimersByTime(1_100);
    expect(pages).toBe(1);
  });

  test('with no poll (the gate), no timer runs and pushState goes unseen; a back or forward is seen', () => {
    let pages = 0;
    const before = vi.getTimerCount();
    watchNavigation(window, () => void pages++, stop.signal, null);
    expect(vi.getTimerCount()).toBe(before);
    history.pushState({}, '', '/next');
    vi.advanceTimersByTime(5_000);
    expect(pages).toBe(0);
    // Back or forward (popstate): the URL is looked at then, and has changed since the start.
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(pages).toBe(1);
  });

  test('after the stop, nothing is looked at any more', () => {
    let pages = 0;
    watchNavigation(window, () => void pages++, stop.signal);
    stop.abort();
    history.pushState({}, '', '/later');
    vi.advanceTimersByTime(3_000);
    expect(pages).toBe(0);
  });
});
