/**
 * Speakers named by the layout alone (lib/understand/name-headline-lines.ts, classify-lines.ts): a quick-quote
 * column with each bare name on its line over the person's words; "姓名：观点标题" over each contributor's
 * paragraph; a web transcript's tag before the name ("[电话连线]某某："). Texts written here in the pattern of
 * mainland papers' columns and discussion pages, each with the layouts that look alike and are no voices.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeText } from '@/lib/understand';

const names = (o: Outline): Array<string | null> => o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name));

const intro = '今年两会期间，本报记者随机采访了几位来自基层的人大代表，请他们各用一段话谈谈履职以来最深的体会。';

describe('a quick-quote column: bare names alone on their lines, each over the person\'s own words', () => {
  const column = [
    intro,
    '冯立新',
    '调研一定要下到村里去，坐在办公室里听汇报，听到的往往不是真实的情况。',
    '秦玉梅',
    '群众的事没有小事，每一件小事集中起来，就是国家的大事。',
    '韩晓东',
    '每一份建议我都会反复核实数据，宁可少提一条，也不能提一条站不住脚的。',
  ];
  it('three names alternating with their paragraphs are three voices', () => {
    const o = analyzeText(column.join('\n'));
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['冯立新', '秦玉梅', '韩晓东']);
  });

  it('a name whose surname the list leaves out (a word as often) counts inside the layout', () => {
    const o = analyzeText([...column, '拜文静', '我最大的收获是学会了倾听，把老百姓的话原原本本带到会上来。'].join('\n'));
    expect(names(o)).toEqual(['冯立新', '秦玉梅', '韩晓东', '拜文静']);
  });

  it.each([
    // two names only: a pair of captions as often as a column
    ['two names', [intro, ...column.slice(1, 5)]],
    // portraits over bios: each paragraph names its person or opens with a pronoun
    [
      'bios under portraits',
      [
        intro,
        '冯立新',
        '冯立新，1968年出生，长期在乡镇卫生院工作，先后获得多项省级表彰。',
        '秦玉梅',
        '她从教二十多年，一直扎根山区小学，带出了一批又一批学生。',
        '韩晓东',
        '韩晓东毕业于某农业大学，现任某县农技推广站站长，主持过多个推广项目。',
      ],
    ],
    // an honours list: each name over its citation, which describes and never speaks in the first person
    [
      'citations under an honours list',
      [
        '本年度十大杰出人物评选结果揭晓，以下是获奖者名单及颁奖词。',
        '冯立新',
        '三十年坚守乡镇卫生院，用一双手撑起了十里八乡的健康。',
        '秦玉梅',
        '扎根山区讲台二十多年，让一批又一批孩子走出了大山。',
        '韩晓东',
        '走遍全县的田间地头，把新品种新技术送到了农民手中。',
      ],
    ],
  ])('counter-example, %s: no voices', (_what, lines) => {
    const o = analyzeText(lines.join('\n'));
    expect(names(o)).not.toContain('秦玉梅');
  });
});

describe('"姓名：观点标题" over each contributor\'s paragraph', () => {
  const lead = ['主持人：', '近来关于房价走势的争论不断，我们请几位读者谈谈各自的看法，下面是他们的观点摘登。', '读者评判台'];
  const round = [
    '孙建平：有争论总比没有声音好',
    '不同的人站在不同的位置上，看法自然不一样。把问题摆到桌面上来讨论，本身就是一种进步，结论倒在其次。',
    '邓海涛：讨论要讲事实讲数据',
    '很多争论停留在情绪层面，谁的嗓门大谁就有理。真正有价值的讨论，应该拿出数据和事实来说话。',
    '励勇：总的来看利大于弊',
    '虽然有些观点难免带着各自的利益，但总体而言，公开的讨论让更多人了解了问题的来龙去脉。',
  ];
  it('three such lines are three voices, the one whose surname the list lacks included', () => {
    const o = analyzeText([...lead, ...round].join('\n'));
    expect(o.detected).toBe(true);
    expect(names(o)).toEqual(['孙建平', '邓海涛', '励勇']);
  });

  it('counter-example: one such line among the reporter\'s paragraphs stays a headline', () => {
    const o = analyzeText([...lead, ...round.slice(0, 2), '另据了解，今年以来多地相继出台了稳定楼市的措施，成交量有所回升。'].join('\n'));
    expect(names(o)).not.toContain('孙建平');
  });

  it('counter-example: a strip of such headlines with no paragraphs below names nobody', () => {
    const strip = ['孙建平：有争论总比没有声音好', '邓海涛：讨论要讲事实讲数据', '励勇：总的来看利大于弊', '更多评论请见本报评论版。'];
    const o = analyzeText([...lead, ...strip].join('\n'));
    expect(names(o)).toEqual([]);
  });
});

describe('a web transcript\'s tag before a bare name ("[电话连线]某某：")', () => {
  it.each([
    ['[电话连线]', '易文华'],
    ['［现场连线］', '易文华'],
  ])('%s is the editor\'s tag: the name is the speaker', (tag, name) => {
    const o = analyzeText(
      [
        '主持人：今天我们请两位嘉宾谈谈独立董事制度，欢迎两位。',
        `${tag}${name}：这件事没有争论的必要。市场需要这样的人，这就是市场的选择，没有那么复杂。`,
        '马立群(某电视台财经编辑)：问题不在于谁来做独立董事，而在于独立董事能不能真正独立，这才是关键。',
      ].join('\n'),
    );
    expect(names(o)).toContain(name);
  });
});
