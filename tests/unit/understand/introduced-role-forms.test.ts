/**
 * How pieces print a person's role where they introduce them, beyond "role, then name": a guest's own "我是…", a host's
 * "他们是…", posts in a chain whose last word is no title, 以及 between two people, a title beside a describing clause,
 * a seat with its city's name, a guest list's line. Sentences written here (names and bodies made up), each form with a counter-example.
 */
import { describe, expect, it } from 'vitest';
import { tidyRole } from '@/lib/understand/role-tidy';
import { settleRole } from '@/lib/understand/settle-roles';
import { findGuestLine, findIntroducedRole } from '@/lib/understand/introduced-roles';

describe('findIntroducedRole: the forms an introduction takes', () => {
  it('a guest introducing themselves ("我是…某某。") is what they call themselves, a title word or not', () => {
    const text = '主持人：先请几位跟观众打个招呼。\n祁晓岚：大家好，我是四棒祁晓岚。\n韦立川：大家好，我是省青年游泳队领队韦立川。';
    expect(findIntroducedRole('祁晓岚', text)).toBe('四棒');
    expect(findIntroducedRole('韦立川', text)).toBe('省青年游泳队领队');
    // (the name then 的 is someone else's: "我是来看望某某的")
    expect(findIntroducedRole('祁晓岚', '周末我是专门来看望祁晓岚的，她刚比完赛。')).toBeNull();
  });

  it('a host presenting the guests ("他们是…") points at them: the copula is the sentence\'s', () => {
    const text = '先为大家介绍今晚的嘉宾，他们是西岭话剧团原副团长、省戏剧协会副主席邬思齐导演；西江大学教授、剧评人简楠女士。';
    expect(findIntroducedRole('邬思齐', text)).toBe('西岭话剧团原副团长、省戏剧协会副主席');
    // posts joined by 、 with a title among them: the last post need not end with a title word
    expect(findIntroducedRole('简楠', text)).toBe('西江大学教授、剧评人');
    expect(findIntroducedRole('韦立川', '江北航天研究所研究员、博导韦立川在报告会上谈到，探测精度仍待提高。')).toBe('江北航天研究所研究员、博导');
    // (a chain with no title in it is no role, "剧评人、编剧"; nor one whose last part runs on, a nickname and all)
    expect(findIntroducedRole('简楠', '资深剧评人、编剧简楠说，这一季新戏不多。')).toBeNull();
    expect(findIntroducedRole('简楠', '西江书社创始人、独立书店行业观察者Nora简楠做客直播间。')).toBeNull();
  });

  it('以及 joins two people: the 以 is no part of the name before it', () => {
    const text = '同样关注此事的还有市政协委员、中学教师柏雨桐以及市政协委员、西江大学地理学院教授韦立川。';
    expect(findIntroducedRole('韦立川', text)).toBe('市政协委员、西江大学地理学院教授');
  });
});

describe('findIntroducedRole: what they are, told after the name', () => {
  it('a mirror that spaces the stop ("…司机 。") still ends the predicate', () => {
    expect(findIntroducedRole('钱先生', '钱先生是一名跑城际线路的货车司机 。 他说油价一涨，利润就薄了。')).toBe('一名跑城际线路的货车司机');
    expect(findIntroducedRole('钱先生', '钱先生是一名跑城际线路的货车司机。他说油价一涨，利润就薄了。')).toBe('一名跑城际线路的货车司机');
    // (a predicate that is no role stays out, spaced or not)
    expect(findIntroducedRole('钱先生', '钱先生是昨天下午才赶到的 。 他说路上堵了很久。')).toBeNull();
  });

  it('a stall-keeper, a grain farmer, a civil servant, an inspector are roles a vox pop names people by', () => {
    expect(findIntroducedRole('甘女士', '早市上，卖菜的商贩甘女士一边称菜一边说，今年青菜便宜。')).toBe('卖菜的商贩');
    expect(findIntroducedRole('石永福', '站在田埂上的糧農石永福笑著說，今年收成不錯。')).toBe('糧農');
    expect(findIntroducedRole('邬立平', '省农业农村厅一级巡视员邬立平表示，春耕物资已经备足。')).toBe('省农业农村厅一级巡视员');
  });
});

describe('findIntroducedRole: a quoted tag, a year before the role', () => {
  it('a generation or a role word in quotation marks right before the name is the role, with the posts or clause it closes', () => {
    expect(findIntroducedRole('祁小满', '“95后”祁小满是一名刚入职的设计师，她说房租占了工资一半。')).toBe('95后');
    expect(findIntroducedRole('祁小满', '省三八红旗手、“女骑手”祁小满在座谈会上发言。')).toBe('省三八红旗手、“女骑手”');
    expect(findIntroducedRole('祁小满', '在西江一家外企上班的“00後”祁小满說，周末常去圖書館。')).toBe('在西江一家外企上班的“00後”');
    // (a quotation ending before a name is someone's words; a tag before a name then 的 is another person's)
    expect(findIntroducedRole('祁小满', '“日子总会好起来”祁小满笑着说。')).toBeNull();
    expect(findIntroducedRole('祁小满', '前来帮忙的是“95后”祁小满的同学。')).toBeNull();
  });

  it('a year counted before the role opens the sentence, not the role ("今年是…")', () => {
    expect(findIntroducedRole('骆春燕', '今年是青溪县石岭村党支部书记骆春燕第三次参加全国两会。')).toBe('青溪县石岭村党支部书记');
  });
});

describe('settleRole: the introduction the reader names them by', () => {
  it('where they are from, printed at their first introduction, joins the bare word a later voice gives', () => {
    const text = '昨晚的比赛吸引了上万观众，高雄球迷邢先生带着儿子一起进场。\n球迷邢先生表示，场馆比想象中凉快。';
    expect(settleRole('邢先生', '球迷', text)).toBe('高雄球迷');
    // (a count before the word is no place: the bare word stays)
    expect(settleRole('邢先生', '球迷', '昨晚的比赛吸引了上万观众。\n球迷邢先生表示，场馆比想象中凉快。')).toBe('球迷');
  });

  it('a label\'s bare title is kept over a sentence that happens to end with it', () => {
    // (the introduction before the name may be a clause about the trip, not who they are: "…由某某代表带队")
    const text = '这次集体乘船赴会由市人大代表舒曼青带队。\n舒曼青代表：社区医院要留住医生。';
    expect(settleRole('舒曼青', '代表', text)).toBe('代表');
  });

  it('a bare title after the name takes the post printed right before it there ("某村党支部书记某某代表")', () => {
    const text = '西岭县青石乡柳溪村党支部书记舒曼青代表今年第三次提交建议。\n舒曼青代表：乡村诊所要配上全科医生。';
    expect(settleRole('舒曼青', '代表', text)).toBe('西岭县青石乡柳溪村党支部书记');
    // (a sentence ending with a post before "某某代表" is no role: what goes before 由 is the trip's)
    const trip = '这次集体乘船赴会由柳溪村党支部书记舒曼青代表带队。\n舒曼青代表：乡村诊所要配上全科医生。';
    expect(settleRole('舒曼青', '代表', trip)).toBe('柳溪村党支部书记');
    // (the post printed with the name elsewhere, not before "某某代表", is another introduction)
    expect(settleRole('舒曼青', '代表', '柳溪村党支部书记舒曼青今年第三次提交建议。\n舒曼青代表：乡村诊所要配上全科医生。')).toBe('代表');
  });

  it('a label "某某(身份)：" after other furniture on its line, set off by a space: the bracket is the role', () => {
    const text = '江北全景 柏某 摄 老厂人说 韦立川(72岁,江北钢厂退休钳工):我十八岁进厂，一干就是四十年。';
    expect(settleRole('韦立川', '江北全景柏某摄老厂人说(72岁,江北钢厂退休钳工)', text)).toBe('72岁,江北钢厂退休钳工');
    // (a post before the name, then a bracket: both are the role as printed)
    const both = '西岭旅游学会理事长(江北学院旅游系教授)韦立川:游客要的是体验。';
    expect(settleRole('韦立川', '西岭旅游学会理事长(江北学院旅游系教授)', both)).toBe('西岭旅游学会理事长(江北学院旅游系教授)');
  });

  it('a title the piece names them by outdoes a describing clause where the voice is told', () => {
    const text = '西岭同乡会会长韦立川向记者发来了团拜会的照片。\n“难得过年能团聚。”很少回老家过年的韦立川说。';
    expect(settleRole('韦立川', '很少回老家过年的', text)).toBe('西岭同乡会会长');
    // (no title anywhere: the clause as printed)
    expect(settleRole('韦立川', '很少回老家过年的', '“难得过年能团聚。”很少回老家过年的韦立川说。')).toBe('很少回老家过年的');
  });

  it('a congress seat with its city\'s name, then a comma, then the post: both', () => {
    const text = '江州市人大代表,南湖区法院民事审判庭副庭长、三级法官舒曼青建议，为外卖骑手开设维权窗口。';
    expect(settleRole('舒曼青', '南湖区法院民事审判庭副庭长、三级法官', text)).toBe('江州市人大代表,南湖区法院民事审判庭副庭长、三级法官');
  });
});

describe('findGuestLine: a guest list\'s line', () => {
  it('name, space, posts is all of what the guest is, over a mention in the prose', () => {
    const text = '射击名将韦川今年备战全运会。\n嘉宾\n韦 川 市射击队运动员,省体育总会青年委员会主任\n韦川：最近训练量加大了。';
    expect(findGuestLine('韦川', text)).toBe('市射击队运动员,省体育总会青年委员会主任');
    expect(settleRole('韦川', '射击名将', text)).toBe('市射击队运动员,省体育总会青年委员会主任');
    // the posts first, then the name; a subhead's tag is the line's punctuation
    expect(findGuestLine('柏雨桐', '【现场】西江港务集团(筹)副总经理 柏雨桐')).toBe('西江港务集团(筹)副总经理');
    // (a line of prose ending with the name is no guest line, nor a vox pop's name over its headline)
    expect(findGuestLine('柏雨桐', '他说：这件事要问 柏雨桐')).toBeNull();
    expect(findGuestLine('邬先生', '邬先生 盼早日通车 方便街坊')).toBeNull();
  });
});

describe('tidyRole: what is the sentence\'s, not the role\'s', () => {
  it.each([
    // a host's "our": the programme's
    ['我们的特约评论员', '特约评论员'],
    // a clause before 由, the one who leads it, is the sentence's ("这次集体赴会由某某代表带队")
    ['这次集体乘船赴会由柳溪村党支部书记', '柳溪村党支部书记'],
    // a sentence fragment is no role: a month's date opening it tells what they did then (a title has no month)
    ['2010年6月毕业于江北理工学院', null],
    ['2008年全运会跳水冠军', '2008年全运会跳水冠军'],
  ])('%s → %s', (role, want) => {
    expect(tidyRole(role)).toBe(want);
  });
});
