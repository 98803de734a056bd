/**
 * The page's furniture after the piece (prose-judge.ts cutTrailingFurniture): a text page is the page as served, and
 * below the article come its buttons, the site's footer and licence lines, none of them a sentence; they are not the
 * reporter's narrative after the voices. Texts written here, in the layouts of real pages.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '@/lib/understand';
import { cutTrailingFurniture } from '@/lib/understand/prose-judge';
import { isMetaLine } from '@/lib/understand/lines';

const STORY = ['记者走访了城东的几个社区。', '家住城东的李先生说，公交车太少了，“等一趟要半小时。”'];

describe('cutTrailingFurniture: the lines after the piece that hold no sentence', () => {
  it('cuts buttons, contact lines and a licence line', () => {
    const texts = [...STORY, '【关闭窗口】【打印本页】', '主办：某某日报社 地址：某市某路8号 邮编：100000', '联系电话：0000-1234567 传真：0000-7654321', '某ICP备00000000号(建议使用1024*768分辨率,浏览本站)', '您是第: 位访客'];
    expect(cutTrailingFurniture(texts)).toEqual(STORY);
  });
  it('keeps a last paragraph the stored page cuts off mid-sentence (it holds a clause)', () => {
    const texts = [...STORY, '开了十年出租车的王师傅,说起这件事就停不下来'];
    expect(cutTrailingFurniture(texts)).toEqual(texts);
  });
  it('keeps lines without a sentence between paragraphs (only the run at the end goes)', () => {
    const texts = ['一、交通', ...STORY];
    expect(cutTrailingFurniture(texts)).toEqual(texts);
  });
});

describe('isMetaLine: a footer line of contact fields', () => {
  it.each([
    ['主管：某市委 地址：某市某区某路85号 邮编：351100', true],
    ['联系电话：0000-1111111 传真：0000-2222222 投稿信箱：tougao@example.com', true],
    // (one field is a line the label reader judges; a programme's 主办/承办 is the programme check's)
    ['主管：某某', false],
    ['主办：某协会 承办：某大学', false],
    ['张经理说，地址：某路8号，电话：0000-1111111，欢迎来电。', false],
  ])('%s', (line, want) => {
    expect(isMetaLine(line)).toBe(want);
  });
});

describe('a deputies round followed by the site footer', () => {
  const PIECE = [
    '落实生育政策 加强妇幼服务',
    '政府工作报告提出，加强妇幼健康服务，加大儿科和产科的投入，提高基层医生的待遇。',
    '张秀英代表建议，各级政府要提前做好准备，对怀孕的妇女多一些关爱和帮助，让家庭愿意生、养得起。她还建议在小区里多建托育机构，让双职工家庭的孩子有人照看。',
    '李建华代表说，生育高峰即将到来，政府应该加大对产科和儿科的投入，把医院和学校纳入片区规划一起建设。他说，基层儿科医生太少，要提高他们的待遇，留住年轻医生。',
  ];
  const FOOTER = ['【关闭窗口】【打印本页】', '主管：某市委 地址：某市某区某路85号 邮编：351100 举报电话：0000-0000000', '联系电话：0000-1111111 传真：0000-2222222 投稿信箱：tougao@example.com', '某ICP备00000000号(浏览网站主页,建议将显示屏调为1024*768)', '您是第: 位访客'];
  it('the footer is no narrative after the voices', () => {
    const o = analyzeText([...PIECE, ...FOOTER].join('\n'));
    expect(o.detected).toBe(true);
    expect(o.topics.flatMap((t) => t.statements.map((s) => s.speaker.name))).toEqual(['张秀英', '李建华']);
  });
  it('but a paragraph of the reporter after them is (a story going back to its narrative)', () => {
    const after = '记者了解到，去年全市新生儿比前年多出两千多人，产科床位一度紧张。';
    expect(analyzeText([...PIECE, after, ...FOOTER].join('\n')).detected).toBe(false);
  });
});
