/** The outline's Markdown form and its list of speaker names. */
import { describe, expect, it } from 'vitest';
import { outlineToMarkdown, personNames, speakerNames } from '@/lib/outline';
import { analyzeTextFixture } from './support';

describe('outlineToMarkdown', () => {
  const seed = analyzeTextFixture('seed.txt');
  const md = outlineToMarkdown(seed);

  it('prints headline, deck, lead, topics, speakers with gists, figures, cites and credits', () => {
    expect(md.startsWith('# 做活城乡融合“大文章” 下好区域协调“一盘棋”\n')).toBe(true);
    expect(md).toContain('*我市各界人士就城乡融合发展畅所欲言*');
    expect(md).toContain('> 在时代发展的浪潮中');
    expect(md).toContain('## 1. 太原晋中一体化');
    expect(md).toContain('### 渠德鹏(市发展和改革委员会党组成员、副主任)');
    expect(md).toContain(`**${seed.topics[0]!.statements[0]!.summary.gist}**`);
    expect(md).toContain('Answers: “加快太原晋中一体化”');
    expect(md).toContain('跨城公交线路已达10条');
    expect(md).toContain('本版策划: 路丽华');
    expect(md).toContain('reporter: 李娟');
  });

  it('says so when nothing is detected', () => {
    const md2 = outlineToMarkdown(analyzeTextFixture('understand/neg-single-reporter.txt'));
    expect(md2).toContain('No roundtable feature detected.');
    expect(md2).not.toContain('###');
  });
});

describe('speakerNames', () => {
  it('lists distinct person names in order, leaving out organisations', () => {
    expect(speakerNames(analyzeTextFixture('seed.txt'))).toEqual(['渠德鹏', '张新海', '闫万玲', '王静']);
    const hk = speakerNames(analyzeTextFixture('understand/policy-address-hk.txt'));
    expect(hk).toEqual(['黃國健', '陳太', '何先生', '港島阿明', '小鹿亂撞', '余小姐']);
    expect(hk).not.toContain('香港地產建設商會');
  });
});

describe('personNames', () => {
  it('speakers, then reporters, then credited people, each once', () => {
    expect(personNames(analyzeTextFixture('seed.txt'))).toEqual([
      '渠德鹏',
      '张新海',
      '闫万玲',
      '王静',
      '李娟',
      '武玲芳',
      '王爱媛',
      '马永红',
      '路丽华',
      '程婧',
    ]);
  });
});

describe('outlineToMarkdown: kind and evidence', () => {
  it('prints the kind and the cues that decided, or why nothing was detected', () => {
    expect(outlineToMarkdown(analyzeTextFixture('seed.txt'))).toContain('_roundtable: 4 speaker labels · 4 topic headers · reporter bylines_');
    expect(outlineToMarkdown(analyzeTextFixture('understand/neg-interview.txt'))).toMatch(/_Why not: .*one answerer to every question_/);
  });
});
