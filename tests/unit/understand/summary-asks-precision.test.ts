/**
 * The asks line keeps to the request: look-alikes that ask nothing (a question of method, the hoped-for as
 * a noun, a group's hope, an expectation) and the words after a request that are not part of it (a comment on it, the
 * reporter turning to the speaker, an aside, a consequence, a question to the listener). Sentences written for these
 * tests, in simplified and traditional script.
 */
import { describe, expect, it } from 'vitest';
import { extractAsk, summarizeStatement } from '@/lib/understand/summarize';

describe('asks: look-alikes that ask nothing', () => {
  it.each([
    // a question of method told as a topic
    '要怎样才能吸引年轻人回乡创业，是一个值得研究的问题。',
    '要如何留住人才，是每個小鎮都頭痛的事。',
    // the hoped-for as a noun
    '用画笔描绘希望的模样，用歌声唱出心中的梦想。',
    '我最盼望的就是一家人过年团圆。',
    // a group's hope, not the speaker's
    '家长们希望孩子考上好学校，这是人之常情。',
    '商家們都希望生意興隆、財源廣進。',
    // an expectation, not a request
    '如果真的下暴雨，应该没人会来看比赛。',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });
});

describe('asks: where the request ends', () => {
  it.each([
    // a comment on it
    ['政协今年的工作应该围绕民生来开展，这也可以说是新一年的重点。', '政协今年的工作应该围绕民生来开展'],
    // the reporter turns to the speaker
    ['大家應該對周圍的人多加留意，他平常走路也會看看四周。', '大家應該對周圍的人多加留意'],
    ['希望有关部门尽快出台细则，她说这个问题已经拖了三年。', '希望有关部门尽快出台细则'],
    // an aside, a consequence
    ['建议取消这项收费，其实很多地方已经取消了。', '建议取消这项收费'],
    ['政府應盡快檢討停車政策，因此市民對此非常關注。', '政府應盡快檢討停車政策'],
    // a question put to the listener
    ['希望政府加大对托儿所的投入，你觉得这能实现吗？', '希望政府加大对托儿所的投入'],
    // (a request put as a question is one clause, read whole)
    ['物业能不能把楼道的灯修一修呢？', '物业能不能把楼道的灯修一修'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });
});

describe('asks: requests in forms read now', () => {
  it.each([
    // the hoped-for ends in a degree: a clause, not a noun
    ['我觉得涨得有点多，希望票价的涨幅小一些。', '希望票价的涨幅小一些'],
    ['希望這樣的補助多一點。', '希望這樣的補助多一點'],
    // advice as which is better
    ['家长们还是少在群里发广告为妙，要不然老师都看烦了。', '家长们还是少在群里发广告为妙'],
    ['大家還是提早出門為好，免得塞車。', '大家還是提早出門為好'],
    // a prohibition: 决不能, 絕不能
    ['没有干净的水，日子就过不好，所以，决不能以污染河流为代价搞开发。', '决不能以污染河流为代价搞开发'],
    ['絕不能把老人的退休金拿去炒股。', '絕不能把老人的退休金拿去炒股'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });

  it('keeps 没收 as a verb', () => {
    expect(extractAsk('政府应该没收这些违法所得的财产。')).toBe('政府应该没收这些违法所得的财产');
  });
});

describe('asks: a group named as the subject of 应该', () => {
  it.each([
    ['创业这条路很难走，所以人们应该多尊重创业者。', '人们应该多尊重创业者'],
    ['中小學應該普及游泳課。', '中小學應該普及游泳課'],
    ['我们上班族应该少开车，多坐地铁。', '我们上班族应该少开车，多坐地铁'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });

  it.each([
    // an expectation: what will be, when, a guess
    '这种病毒应该永远都会存在。',
    '新大楼应该明年就能完工。',
    '这个项目应该明年完工。',
    // a person told of, not asked
    '他应该早就知道这件事。',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });
});

describe('asks: a goal before whom the request is put to', () => {
  it.each([
    ['要搞好垃圾分类，市民和物业都应该出一份力。', '要搞好垃圾分类，市民和物业都应该出一份力'],
    ['要讓老街重新熱鬧起來，政府應該補貼小商戶的租金。', '要讓老街重新熱鬧起來，政府應該補貼小商戶的租金'],
  ])('%s → %s (one line)', (sentence, ask) => {
    expect(summarizeStatement([sentence]).asks).toEqual([ask]);
  });
});

describe('asks: a modal that recognises, a need as a noun, a preview of aspects, a condition opening the next step', () => {
  it.each([
    // 应该看到/应当认识到: "we should see that…" states a view, it asks no one to act
    '我们应该看到，小镇的客流其实已经超过了停车位的承载量。',
    '大家應當認識到，夜市的人潮已經比前年多了一倍。',
    // 需要的/要的: what is needed, a noun phrase
    '因为我们需要的菜市场，不是更豪华，而是更干净。',
    // a request "from N aspects" only announces the measures it counts
    '应从以下三个方面着力：一是清理旧规章。',
    '應從修繕老屋、疏通水道、增設路燈三個方面做好古鎮保護。',
  ])('asks nothing in %s', (text) => {
    expect(summarizeStatement([text]).asks).toEqual([]);
  });

  it('ends a measure where a condition opens the next one ("，在…的前提下，…")', () => {
    expect(summarizeStatement(['要重点改善夜班公交的班次，在保证司机休息的前提下，逐步延长末班车的时间。']).asks).toEqual([
      '要重点改善夜班公交的班次',
    ]);
  });

  it('reads "需要…办的，" as the topic of what follows, not a need', () => {
    expect(summarizeStatement(['需要街道来办的，街道要尽快办好。']).asks).not.toContain('需要街道来办的');
  });
});

describe('asks: what others think should be is the view the speaker reports, not their request', () => {
  it.each([
    '在不少游客的眼中，这座古镇就应该全部改成商业街。',
    '在很多外地人看來，這裡的溫泉就應該越貴越好。',
    '官员又觉得记者应该少问几句。',
    '有人認為學校應該取消所有考試。',
    '他们觉得政府应该包办一切。',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });

  it.each([
    ['在他看来，环境局应该直接禁用塑料袋。', '环境局应该直接禁用塑料袋'],
    ['我觉得政府应该多建几个公园。', '政府应该多建几个公园'],
  ])('still asks, in the speaker\'s own view: %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toContain(ask);
  });
});

describe('asks: a plight a cause led to, a reason named, a word that only holds 要 or 应', () => {
  it.each([
    // what a cause led to is a plight told ("以至於…必須")
    '學費一再上漲，以至於不少學生必須半工半讀。',
    '原材料涨价，导致很多小店必须提高售价。',
    // the reason a clause names ("…的原因") asks nothing
    '這也是社工必須每週家訪的原因。',
    // 要命 is "deadly", 应有之义 "what it ought to hold": no request
    '最要命的是，夜里的噪音一直停不下来。',
    '保障志愿者的权益，是这部条例的应有之义。',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });

  it.each([
    ['学费一再上涨，学校必须给困难学生更多补助。', '学校必须给困难学生更多补助'],
    ['政府应有所作为，尽快增加夜间巡逻。', '政府应有所作为'],
  ])('still asks: %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toContain(ask);
  });
});
