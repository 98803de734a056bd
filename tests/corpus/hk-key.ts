/**
 * The answer key for ../shared/fixtures/hk, kept here because that folder has no key.json and ../shared is
 * read-only. Written by hand from the articles (the budget piece's sections and the vox pop's labels as
 * printed); the same tables drive the detailed outline test and the corpus harness.
 */
import type { KeyEntry } from '@/scripts/corpus/score';

export type Row = [name: string | null, role: string | null];

export const BUDGET: Array<{ title: string; speakers: Row[] }> = [
  {
    title: '各大政黨',
    speakers: [
      ['劉國勳', '民建聯'],
      ['李慧琼', '民建聯'],
      ['麥美娟', '工聯會'],
      ['張宇人', '自由黨'],
      ['鍾國斌', '自由黨'],
      ['葉劉淑儀', '新民黨'],
      ['田北辰', '實政圓桌'],
      ['盧偉國', '經民聯'],
      ['胡智偉', '民主黨'],
      ['涂謹申', '民主黨'],
      ['郭家麒', '公民黨'],
      [null, '專業議政'],
      ['張超雄', '工黨'],
      ['梁耀忠', '街工'],
      ['陳志全', '人民力量'],
      ['毛孟靜', '香港本土'],
    ],
  },
  {
    title: '其他團體、學者',
    speakers: [
      [null, '香港願景計劃'],
      [null, '香港會計師公會'],
      ['曾鈺成', '前立法會主席'],
      ['黃健偉', '社聯業務總監'],
      [null, '中產聯盟'],
      ['雷鼎鳴', '科技大學經濟系兼任教授、土地供應專責小組成員'],
      ['莊太量', '中文大學經濟學系副教授'],
      ['麥萃才', '浸會大學財務及決策系副教授'],
    ],
  },
];

export const VOXPOP: Row[] = [
  [null, '中大政治與行政學系學生'],
  ['陳太', null],
  ['余小姐', '職工盟物管工會成員'],
  ['何先生', '觀塘街坊'],
  ['譚得志', '人民力量「快必」'],
  [null, '社工復興運動社工'],
];

/** The key in the corpus harness's shape (the budget piece's speakers over both sections, in order). */
export const HK_KEY: KeyEntry[] = [
  {
    file: 'hkcnews-10364-budget-voices.txt',
    roundtable: true,
    speakers: BUDGET.flatMap((t) => t.speakers.map(([name, role]) => ({ name, role }))),
  },
  { file: 'hkcnews-13232-july1-voxpop.txt', roundtable: true, speakers: VOXPOP.map(([name, role]) => ({ name, role })) },
  { file: 'hkcnews-10243-single-reporter.txt', roundtable: false },
];
