// The Guidelines for Japan-U.S. Defense Cooperation under the short names news gives them, and
// the National Defense Program Guidelines kept apart from them ("defense guidelines" alone is
// either, so it names neither).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../engine';
import { bundledRecords } from '../../data/records';
import { gazetteer } from '../../data/gazetteer';

const engine = createEngine({ records: bundledRecords, gazetteer });
const named = (text: string) => engine.findMentions(text).map((m) => m.entity);

describe('the bilateral guidelines by their short names', () => {
  it.each([
    'The ministers pledged to finish implementing the 2015 Guidelines this year.',
    'Both sides reviewed progress under the 2015 defense cooperation guidelines.',
    'They discussed the bilateral defense guidelines.',
    'Officials said the U.S.-Japan guidelines would not be revised.',
    'The Japan-U.S. Guidelines were last revised in 2015.',
  ])('%s', (text) => {
    expect(named(text)).toContain('document/guidelines');
  });

  it('"defense guidelines" alone names neither document', () => {
    const ids = named('Tokyo will revise its defense guidelines next year.');
    expect(ids).not.toContain('document/guidelines');
    expect(ids).not.toContain('document/ndpg');
  });

  it('the National Defense Program Guidelines stay their own document', () => {
    expect(named('The National Defense Program Guidelines were revised in 2018.')).toEqual(['document/ndpg']);
  });
});
