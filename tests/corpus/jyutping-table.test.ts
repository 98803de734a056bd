/**
 * DuBao's Jyutping table against to-jyutping itself on real Hong Kong text (../shared/fixtures/hk)
 * and the seed: the same reading and the same candidates for every character of every paragraph.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import toJyutping from 'to-jyutping';
import { buildJyutpingTableText } from '../../scripts/build-jyutping-table';
import { readJyutpingTable } from '@/lib/reading/jyutping-table';
import { readShared, sharedPath } from './shared';

const source = readJyutpingTable(buildJyutpingTableText());
const files = [...readdirSync(sharedPath('hk')).map((f) => `hk/${f}`), 'seed.txt'];

describe('the Jyutping table on real text', () => {
  it.each(files)('%s: every character read as to-jyutping reads it', (file) => {
    const paragraphs = readShared(file).split(/\n+/).filter((p) => p.trim());
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs) {
      expect(source.getJyutpingList(p)).toEqual(toJyutping.getJyutpingList(p));
      expect(source.getJyutpingCandidates(p)).toEqual(toJyutping.getJyutpingCandidates(p));
    }
  });
});
