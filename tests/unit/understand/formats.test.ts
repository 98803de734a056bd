/**
 * Table-driven: every speaker format and every negative, each as a text file and as an HTML page.
 * The expectations are written by hand from the fixtures.
 */
import { describe, expect, it } from 'vitest';
import type { Outline } from '@/lib/outline';
import { analyzeHtmlFixture, analyzeTextFixture, summaryProblems } from './support';

interface Expect {
  /** The feature's kind; 'roundtable' unless said. */
  kind?: 'voices' | 'panel';
  script?: 'simplified' | 'traditional';
  headline: string;
  deck?: string | null;
  lead?: RegExp;
  topics: Array<{ title: string | null; speakers: Array<[name: string | null, role: string | null, reporter: string | null, paragraphs: number]> }>;
  captions?: string[];
  credits?: Outline['credits'];
}

const NPC: Expect = {
  headline: '代表委员热议乡村全面振兴',
  deck: '“把论文写在大地上”',
  lead: /^全国两会召开在即.*新期待。$/,
  topics: [
    {
      title: '农村集体经济如何壮大',
      speakers: [
        ['欧阳华', '全国人大代表、江苏省宜兴市白塔村党总支书记', '刘乐艺', 2],
        ['司马云龙', '全国政协委员、中国农业大学教授', '刘乐艺', 1],
      ],
    },
    {
      title: '留住乡村的年轻人',
      speakers: [
        ['上官明', '全国人大代表、河南省兰考县三义寨乡党委书记', '王晓东', 1],
        ['李秀英', '村民', '王晓东', 1],
      ],
    },
  ],
};

const NIGHT: Expect = {
  headline: '夜经济点亮城市烟火气',
  deck: '市民代表畅谈“夜游”新体验',
  lead: /^今年以来，我市持续打造夜间消费新场景/,
  topics: [
    {
      title: '夜市如何更有特色',
      speakers: [
        ['林一彪', '企业员工', '陈静', 1],
        ['陈晓梅', '社区网格员', '陈静', 1],
      ],
    },
    {
      title: '夜间公交能否再延长',
      speakers: [
        ['周志强', '出租车司机', '陈静', 1],
        ['孙梦瑶', '大学生', '陈静', 1],
      ],
    },
  ],
  captions: ['林一彪', '陈晓梅', '周志强'],
  credits: [],
};

const SCHOOL: Expect = {
  headline: '“双减”三年，校园里发生了哪些变化',
  deck: null,
  lead: /^“双减”政策实施三年来.*家长。$/,
  topics: [
    {
      title: '作业怎么“减”',
      speakers: [
        ['欧阳红梅', '市实验小学校长', '黄思远', 2],
        ['刘建国', '初二学生家长', '黄思远', 1],
      ],
    },
    {
      title: '课后服务怎么“加”',
      speakers: [
        ['诸葛文', '区教育局基础教育科科长', '黄思远', 1],
        ['王阿姨', '市民', '黄思远', 1],
      ],
    },
  ],
  captions: [],
};

const QUOTES: Expect = {
  kind: 'voices',
  headline: '教育强国建设，代表委员这样说',
  deck: null,
  lead: /^全国两会期间，教育强国建设成为代表委员热议的话题。.*建言献策。$/,
  topics: [
    {
      title: null,
      speakers: [
        ['张志勇', '全国人大代表、山东省教育厅副厅长', '周雪', 1],
        ['许建领', '全国政协委员、深圳职业技术大学校长', '周雪', 1],
        ['杨晓英', '全国人大代表、贵州省黔东南州乡村小学教师', '周雪', 2],
      ],
    },
  ],
};

const HK_FORUM: Expect = {
  script: 'traditional',
  headline: '施政報告諮詢 市民團體各抒己見',
  deck: null,
  lead: /^行政長官將於下月發表任內第三份施政報告.*議題。$/,
  topics: [
    {
      title: '房屋與土地',
      speakers: [
        [null, '香港地產建設商會', '陳嘉欣', 1],
        ['黃國健', '公屋聯會主席', '陳嘉欣', 1],
      ],
    },
    {
      title: '醫療與安老',
      speakers: [
        ['陳太', null, '陳嘉欣', 1],
        ['何先生', '退休教師', '陳嘉欣', 1],
        ['港島阿明', '網友', '陳嘉欣', 1],
        ['小鹿亂撞', null, '陳嘉欣', 1],
        ['余小姐', null, '陳嘉欣', 1],
      ],
    },
  ],
};

const FORUM: Expect = {
  kind: 'panel',
  headline: '圆桌对话：老字号如何焕发新活力',
  deck: '本报邀请企业负责人和专家共话老字号创新发展',
  lead: /^近年来，一批老字号企业主动求变.*三位嘉宾。$/,
  topics: [
    {
      // the host's questions head the sections
      title: '老字号最大的优势是什么？',
      speakers: [
        ['郭俊陆', '山西老陈醋集团有限公司董事长', '贾晓东', 1],
        ['杜海韬', '山西大学经济与管理学院教授', '贾晓东', 1],
      ],
    },
    {
      title: '年轻消费者越来越多，老字号应该怎么做？',
      speakers: [
        ['赵晓燕', '太原市老字号协会会长', '贾晓东', 1],
        // named by name alone the second time: the role comes from the first
        ['郭俊陆', '山西老陈醋集团有限公司董事长', '贾晓东', 1],
      ],
    },
  ],
  captions: [],
  credits: [],
};

const GUESTS: Expect = {
  headline: '老旧小区改造怎么改',
  deck: null,
  lead: /^本期嘉宾：张新海，市住建局副局长；/,
  topics: [
    {
      title: '改造先听谁的',
      speakers: [
        // labelled by bare name; the role comes from the lead's introduction
        ['张新海', '市住建局副局长', '孙悦', 1],
        ['李秀英', '社区党委书记', '孙悦', 1],
      ],
    },
    // the reporter's "据悉，…" after the last guest is not the guest's speech
    { title: '改完以后怎么管', speakers: [['王大伟', '小区业主', '孙悦', 1]] },
  ],
  captions: [],
  credits: [],
};

const BR_PAGE: Expect = {
  kind: 'voices',
  headline: '委员热议营商环境',
  deck: null,
  lead: /^编者按：优化营商环境是今年全国两会的热门话题。$/,
  topics: [
    {
      title: null,
      speakers: [
        ['刘明', '全国政协委员、省工商联副主席', '王芳', 2],
        ['陈思远', '全国人大代表、某科技公司董事长', '王芳', 1],
      ],
    },
  ],
  captions: [],
  credits: [],
};

const POSITIVE: Array<[file: string, expected: Expect]> = [
  ['br-paragraphs.html', BR_PAGE],
  ['guests-introduced.txt', GUESTS],
  ['guests-introduced.html', GUESTS],
  ['forum-host.txt', FORUM],
  ['forum-host.html', FORUM],
  ['npc-voices.txt', { ...NPC, credits: [{ role: '本版编辑', names: ['张蕾'] }] }],
  ['npc-voices.html', { ...NPC, credits: [{ role: '来源', names: ['新闻网－人民日报'] }, { role: '责编', names: ['张蕾', '李明'] }] }],
  ['night-economy.txt', NIGHT],
  ['night-economy.html', NIGHT],
  ['school-voices.txt', SCHOOL],
  ['school-voices.html', SCHOOL],
  ['education-quotes.txt', QUOTES],
  ['education-quotes.html', QUOTES],
  ['policy-address-hk.txt', { ...HK_FORUM, captions: [] }],
  ['policy-address-hk.html', { ...HK_FORUM, captions: ['陳太希望政府增加專科門診名額。記者陳嘉欣攝', '何先生希望長者醫療券可在大灣區使用'] }],
];

const NEGATIVE: Array<[file: string, headline: string]> = [
  ['neg-single-reporter.txt', '我市新增10条跨城公交线路'],
  ['neg-single-reporter.html', '我市新增10条跨城公交线路'],
  ['neg-interview.txt', '专访市文旅局局长：让老城“活”起来'],
  ['neg-interview.html', '民生面对面：稳就业，今年这样干'],
  ['neg-headlines.txt', '要闻速览'],
  ['neg-headlines.html', '要闻速览'],
  ['neg-release.txt', '关于开展2025年春季消费季活动的通知'],
  ['neg-release.html', '关于开展2025年春季消费季活动的通知'],
];

function analyze(file: string): Outline {
  const path = `understand/${file}`;
  return file.endsWith('.html') ? analyzeHtmlFixture(path).outline : analyzeTextFixture(path);
}

describe.each(POSITIVE)('%s', (file, want) => {
  const outline = analyze(file);

  it('is detected, of its kind, with its headline, deck and lead', () => {
    expect(outline.detected).toBe(true);
    expect(outline.kind).toBe(want.kind ?? 'roundtable');
    expect(outline.script).toBe(want.script ?? 'simplified');
    expect(outline.headline).toBe(want.headline);
    if (want.deck !== undefined) expect(outline.deck).toBe(want.deck);
    if (want.lead) expect(outline.lead).toMatch(want.lead);
  });

  it('finds every topic and every speaker with name, role, reporter and paragraphs', () => {
    const got = outline.topics.map((t) => ({
      title: t.title,
      speakers: t.statements.map((s) => [s.speaker.name, s.speaker.role, s.reporter, s.paragraphs.length]),
    }));
    expect(got).toEqual(want.topics);
  });

  it('keeps labels, bylines and captions out of the speech', () => {
    for (const topic of outline.topics) {
      for (const s of topic.statements) {
        const text = s.paragraphs.join('\n');
        if (s.speaker.name) expect(text.startsWith(s.speaker.name)).toBe(false);
        expect(text).not.toMatch(/[（(](本报)?记者/);
        for (const caption of outline.captions) expect(s.paragraphs).not.toContain(caption);
      }
    }
    if (want.captions) expect(outline.captions).toEqual(want.captions);
    if (want.credits) expect(outline.credits).toEqual(want.credits);
  });

  it('summarises every speaker verbatim', () => {
    expect(summaryProblems(outline)).toEqual([]);
  });
});

describe.each(NEGATIVE)('%s (not a roundtable)', (file, headline) => {
  it('is rejected, with its headline still read', () => {
    const outline = analyze(file);
    expect(outline.detected).toBe(false);
    expect(outline.kind).toBeNull();
    expect(outline.topics).toEqual([]);
    expect(outline.headline).toBe(headline);
  });
});

describe('a statement broken by captions (night-economy)', () => {
  it.each(['night-economy.txt', 'night-economy.html'])('%s re-joins it with no separator at the join', (file) => {
    const outline = analyze(file);
    expect(outline.topics[1]!.statements[0]!.paragraphs[0]).toMatch(/方便市民回家，也能缓解交通压力。$/);
  });

  it('lists both source elements of the re-joined paragraph', () => {
    const { sources } = analyzeHtmlFixture('understand/night-economy.html');
    const els = sources.topics[1]!.statements[0]!.map((el) => el.textContent);
    expect(els).toHaveLength(2);
    expect(els[1]).toBe('家，也能缓解交通压力。');
  });
});
