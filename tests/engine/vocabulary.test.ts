// Every content word of every official paragraph belongs to a concept or gazetteer entry, or is
// on the deliberate leave-alone list; the list holds only words some record uses and no concept
// covers, so a new record's new word fails here until someone decides where it belongs.
import { describe, expect, it } from 'vitest';
import { recordVocabulary, uncoveredWords } from './record-vocabulary';
import { LEAVE_ALONE_EN, LEAVE_ALONE_JA } from '../../engine/lang/leave-alone';

const vocabulary = recordVocabulary();

describe('the records\' vocabulary', () => {
  it('has every uncovered English word on the leave-alone list', () => {
    const left = new Set(LEAVE_ALONE_EN);
    expect(vocabulary.en.filter((w) => !left.has(w))).toEqual([]);
  });
  it('has every uncovered Japanese word on the leave-alone list', () => {
    const left = new Set(LEAVE_ALONE_JA);
    expect(vocabulary.ja.filter((w) => !left.has(w))).toEqual([]);
  });
  it('leaves alone only words a record uses and no concept covers (no stale entries)', () => {
    const en = new Set(vocabulary.en);
    const ja = new Set(vocabulary.ja);
    expect(LEAVE_ALONE_EN.filter((w) => !en.has(w))).toEqual([]);
    expect(LEAVE_ALONE_JA.filter((w) => !ja.has(w))).toEqual([]);
  });
  it('lists each word once', () => {
    expect(new Set(LEAVE_ALONE_EN).size).toBe(LEAVE_ALONE_EN.length);
    expect(new Set(LEAVE_ALONE_JA).size).toBe(LEAVE_ALONE_JA.length);
  });
  it('counts a concept\'s or an entity\'s words as covered, in both languages', () => {
    const { en, ja } = uncoveredWords('The Ministers agreed to expand bilateral training and co-production of AMRAAM. 両閣僚は共同生産と訓練の拡大で一致した。');
    expect(en).not.toContain('training');
    expect(en).not.toContain('amraam');
    expect(ja.join(' ')).not.toMatch(/訓練|共同生産/);
  });
});
