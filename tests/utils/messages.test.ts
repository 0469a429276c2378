// Messages between contexts: the background and the popup parse each one they receive; a
// malformed one, one from another extension, or a content script asking for what only the
// extension's pages may do is rejected and logged (its type and fault, never its text).
import { describe, expect, test } from 'vitest';
import { bundledRecords } from '../../data/records';
import { receiveBackgroundMessage, receivePageChange, MAX_RECORDS_PER_IMPORT, type Sender } from '../../utils/messages';

const self = { id: 'lens-id', origin: 'chrome-extension://lens-id/' };
const optionsPage: Sender = { id: 'lens-id', url: 'chrome-extension://lens-id/options.html?tab=4', tab: { id: 4 } };
const contentScript: Sender = { id: 'lens-id', url: 'https://news.example/story', tab: { id: 7 } };
const record = bundledRecords[0]!;

function receive(raw: unknown, sender: Sender = optionsPage) {
  const lines: string[] = [];
  const message = receiveBackgroundMessage(raw, sender, self, (l) => lines.push(l));
  return { message, lines };
}

describe('receiveBackgroundMessage accepts', () => {
  test.each([
    [{ type: 'get-records' }, optionsPage],
    [{ type: 'add-records', records: [record] }, optionsPage],
    [{ type: 'remove-record', id: 'mod-en-2026-03-03' }, optionsPage],
    [{ type: 'get-reported-tabs' }, optionsPage],
    [{ type: 'page-settings', href: 'https://news.example/a' }, contentScript],
    [{ type: 'gate-text', text: 'Koizumi met Hegseth.' }, contentScript],
    [{ type: 'find-mentions', text: 'Koizumi met Hegseth.' }, contentScript],
    [{ type: 'analyze-text', text: 'Koizumi met Hegseth.', published: null, source: 'https://news.example/a', title: null }, contentScript],
    [{ type: 'page-counts', source: 'https://news.example/a', title: 'A', claims: 2, conflicts: 1 }, contentScript],
  ])('%j', (raw, sender) => {
    const { message, lines } = receive(raw, sender);
    expect(message?.type).toBe(raw.type);
    expect(lines).toEqual([]);
  });

  test('from a Firefox extension page (moz-extension origin)', () => {
    const ff = { id: 'lens@x', origin: 'moz-extension://5e1f0c2a/' };
    expect(receiveBackgroundMessage({ type: 'remove-record', id: 'a' }, { id: 'lens@x', url: 'moz-extension://5e1f0c2a/options.html' }, ff, () => {})).not.toBeNull();
  });
});

describe('receiveBackgroundMessage rejects and logs', () => {
  const huge = 'x'.repeat(20_000_001);
  test.each([
    ['nothing', undefined, /type undefined/],
    ['a string', 'get-records', /type string/],
    ['no type', { records: [] }, /type no type/],
    ['an unknown type', { type: 'drop-everything' }, /"drop-everything"/],
    ['a wrong field type', { type: 'page-settings', href: 42 }, /"page-settings" \(href: /],
    ['a missing field', { type: 'analyze-text', text: 'x', source: 'y', title: null }, /"analyze-text" \(published: /],
    ['negative counts', { type: 'page-counts', source: 's', title: null, claims: -1, conflicts: 0 }, /claims: /],
    ['an over-long text', { type: 'gate-text', text: huge }, /"gate-text" \(text: /],
    ['an over-long text for its mentions', { type: 'find-mentions', text: huge }, /"find-mentions" \(text: /],
    ['mentions of no text', { type: 'find-mentions' }, /"find-mentions" \(text: /],
    ['an empty import', { type: 'add-records', records: [] }, /records: /],
    ['a record failing the schema', { type: 'add-records', records: [{ ...record, id: 'Not An Id!' }] }, /records\.0\.id: /],
    ['too many records', { type: 'add-records', records: Array.from({ length: MAX_RECORDS_PER_IMPORT + 1 }, () => record) }, /records: /],
    ['an empty id', { type: 'remove-record', id: '' }, /id: /],
  ])('%s', (_what, raw, logged) => {
    const { message, lines } = receive(raw);
    expect(message).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Readout Lens: rejected a malformed message of type /);
    expect(lines[0]).toMatch(logged);
    expect(lines[0]!.length).toBeLessThan(300); // never the message's text
  });

  test.each([
    [{ type: 'add-records', records: [record] }],
    [{ type: 'remove-record', id: 'mod-en-2026-03-03' }],
    [{ type: 'get-reported-tabs' }],
  ])('%j from a content script (a page\'s origin)', (raw) => {
    const { message, lines } = receive(raw, contentScript);
    expect(message).toBeNull();
    expect(lines).toEqual([`Readout Lens: rejected a "${raw.type}" message that did not come from the extension's own pages.`]);
  });

  test('a look-alike origin is not the extension', () => {
    expect(receive({ type: 'get-reported-tabs' }, { id: 'lens-id', url: 'chrome-extension://lens-id.evil/options.html' }).message).toBeNull();
  });

  test('a message from another extension', () => {
    const { message, lines } = receive({ type: 'get-records' }, { id: 'other', url: 'chrome-extension://other/x.html' });
    expect(message).toBeNull();
    expect(lines).toEqual(['Readout Lens: rejected a message of type "get-records" from another extension.']);
  });

  test('the log line quotes neither page text nor long types', () => {
    const { lines } = receive({ type: 'y'.repeat(5000), text: 'SECRET page words' });
    expect(lines[0]).not.toContain('SECRET');
    expect(lines[0]!.length).toBeLessThan(300);
  });
});

describe('receivePageChange (popup, side panel)', () => {
  const log = () => {
    const lines: string[] = [];
    return { lines, push: (l: string) => lines.push(l) };
  };
  test('a tab\'s new counts are taken', () => {
    const l = log();
    expect(receivePageChange({ type: 'page-counts', source: 's', title: null, claims: 1, conflicts: 0 }, l.push)?.type).toBe('page-counts');
    expect(l.lines).toEqual([]);
  });
  test("messages addressed to the background pass silently", () => {
    const l = log();
    expect(receivePageChange({ type: 'get-records' }, l.push)).toBeNull();
    expect(receivePageChange({ type: 'analyze-text', text: 'x' }, l.push)).toBeNull();
    expect(l.lines).toEqual([]);
  });
  test.each([
    [{ type: 'page-counts', source: 's', title: null, claims: 'many', conflicts: 0 }],
    [{ type: 'report-updated', report: { claims: 'x' } }],
    [{ type: 'unheard-of' }],
    [null],
  ])('malformed %j is rejected and logged', (raw) => {
    const l = log();
    expect(receivePageChange(raw, l.push)).toBeNull();
    expect(l.lines).toHaveLength(1);
    expect(l.lines[0]).toMatch(/^Readout Lens: rejected a malformed message/);
  });
});
