/**
 * Issue 18, item 2: the "asks for" line is the speaker's request with what it asks for; a report that proposals
 * exist, a wish for oneself, someone else's hope and a cue with nothing after it ask nothing. Sentences written for
 * these tests, in the formats news features use.
 */
import { describe, expect, it } from 'vitest';
import { extractAsk, summarizeStatement } from '@/lib/understand/summarize';
import { findRequestCues, hasRequest } from '@/lib/understand/summary/requests';

describe('a request put to someone, and what it asks', () => {
  it.each([
    // 建议 as a verb
    ['他建议市政府在老城区增设公共充电桩。', '他建议市政府在老城区增设公共充电桩'],
    ['她建議，與其一味加稅，不如先清理閒置的公帑。', '與其一味加稅，不如先清理閒置的公帑'],
    // the reporter's 他希望 with a comma: the words after it are the request
    ['他希望，可以通过夜校和网课帮更多工人考到技能证书。', '可以通过夜校和网课帮更多工人考到技能证书'],
    ['希望下一届政府能够放宽公屋的入息限额。', '希望下一届政府能够放宽公屋的入息限额'],
    // 促请 / 请 / 别 / 不要 opening a clause
    ['他促請校方盡快公開調查結果。', '他促請校方盡快公開調查結果'],
    ['住户都是邻居，请大家晚上十点以后不要在走廊喧哗。', '请大家晚上十点以后不要在走廊喧哗'],
    ['別被那些網上流傳的假消息牽著走。', '別被那些網上流傳的假消息牽著走'],
    ['不要把旧电池丢进普通垃圾桶。', '不要把旧电池丢进普通垃圾桶'],
    // 应该 / 应 with an addressee
    ['我认为区政府应多开几条通往新区的公交线路。', '我认为区政府应多开几条通往新区的公交线路'],
    ['執政黨更應聆聽基層的聲音，檢討收費政策。', '執政黨更應聆聽基層的聲音，檢討收費政策'],
    // 要 put to someone with an adverb of obligation
    ['我看現在教育局也要好好管一管校車的安全。', '我看現在教育局也要好好管一管校車的安全'],
    // the speaker's view that something must be done
    ['她认为要进一步扩大社区食堂的覆盖面。', '她认为要进一步扩大社区食堂的覆盖面'],
    // 与其…不如
    ['管理处与其贴告示，还不如直接把垃圾房搬远一点。', '管理处与其贴告示，还不如直接把垃圾房搬远一点'],
    // the topic before the modal carries what is asked
    ['下课以后怎样让孩子有地方去，是大家应该思考的。', '下课以后怎样让孩子有地方去，是大家应该思考的'],
    // a condition and a concession carry the request on
    ['如果要改收费标准，請先公開計算方法。', '如果要改收费标准，請先公開計算方法'],
    ['可以劝他们搬到指定地点，但不要没收他们的东西。', '可以劝他们搬到指定地点，但不要没收他们的东西'],
    // a headline verb of one character, put to someone
    ['他促當局盡快公布重建時間表。', '他促當局盡快公布重建時間表'],
    ['她籲政府增加長者院舍宿位。', '她籲政府增加長者院舍宿位'],
    ['望港府早日落實全民退休保障。', '望港府早日落實全民退休保障'],
    // 必须 put to someone, a proposal to consider
    ['我认为当局必须公开招标的全部文件。', '我认为当局必须公开招标的全部文件'],
    ['学校可以考虑把午休时间延长半小时。', '学校可以考虑把午休时间延长半小时'],
    // an exhortation with what it asks ("don't be afraid of…") is one; a bare reassurance is not
    ['只要做的是对的，就不要怕别人议论。', '只要做的是对的，就不要怕别人议论'],
    // a semicolon closes the request
    ['他呼吁加大对外卖骑手的权益保障；今年他又提出了新的建议。', '他呼吁加大对外卖骑手的权益保障'],
    // the noun that says what it proposes
    ['我的建议是把社区食堂开到每个街道。', '我的建议是把社区食堂开到每个街道'],
    // the request ends where a reason starts
    ['希望两岸多一些交流，毕竟做生意靠的是人来人往。', '希望两岸多一些交流'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });

  it.each([
    // the noun in a report that proposals exist
    '去年两会，他提交了关于改善农村饮水的建议。',
    '她结合走访提出了相关建议。',
    '今年他要把关于老旧电梯改造的相关建议带到全国两会。',
    '这样的建议，有关部门是欢迎的。',
    '几位委员讨论了半天，最后形成政策建议。',
    '代表依法享有建议权。',
    // a cue with nothing after it
    '这是大家应该思考的。',
    // a wish for oneself, a good wish, a resolve
    '希望今年做什么事都顺风顺水。',
    '我希望通过以后的比赛来逐步完善。',
    '放假了还希望到那种，有山有水的地方去走一走。',
    '希望我们下一场能够打出气势。',
    // someone else's hope
    '人们希望通过锻炼来延缓衰老。',
    '老百姓最希望看到的效果就是菜价稳定。',
    '比如说邻居家的孩子病了，希望大家来捐款。',
    // a hollow request: only "do better", or "look into it"
    '希望下一任局长做得好啲。',
    '希望相关部门关注一下此事。',
    // 请/别 inside a word or mid-clause
    '他邀请我们周末去看画展。',
    '请来的专家讲了一个下午。',
    // the noun 期盼 ("when asked what they hope for"), a retort, a reassurance, a wish for one's own
    '谈到对两会有啥期盼时，她说毕业生越来越多。',
    '不要这么说，他怎么可以代表大家。',
    '别担心，过两天就好了。',
    '我希望能有一个我自己的工作室。',
    // one-character verbs inside words, or with no one to put them to
    '这项政策促进了本地就业。',
    '京津冀的空气质量明显好转。',
    '大家都很失望，纷纷观望。',
    '他望着窗外的雨发呆。',
    // 必须 of oneself; 需要 describes
    '我们必须在六点前收摊。',
    '居民需要排队两个小时才能领到。',
    // a modal inside a condition or a cause
    '如果形势使得政府必须提前换届，这份预算仍然可用。',
    '报告的建议是好的。',
    '他的建议是：',
    '区别在于谁来出钱。',
    '别人怎么说我不管。',
    // 应 in a word, 要求 as a noun or someone else's
    '政府回应了居民的诉求。',
    '这些要求都写进了合同。',
    '委员会质询时要求部门交代清楚。',
    // what someone wants, or what happens: no obligation
    '领导见了都要问一问价钱。',
    // 认为要 meaning "it depends"
    '他认为要视乎明天的天气。',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });

  it('a request inside a quoted saying says nothing of its own', () => {
    expect(extractAsk('千万不要‘楼起来了，人倒下了’。')).toBeNull();
    expect(extractAsk('千万不要让楼起来了人却倒下了。')).toBe('千万不要让楼起来了人却倒下了');
  });

  it('two requests of one sentence are two lines; a later 不要 goes on with the one before', () => {
    expect(summarizeStatement(['希望新局长多听市民的意见，希望新局长不要再搞形象工程。']).asks).toEqual([
      '希望新局长多听市民的意见',
      '希望新局长不要再搞形象工程',
    ]);
    expect(summarizeStatement(['希望校方减少测验，要多给学生时间，但不要取消体育课。']).asks).toEqual([
      '希望校方减少测验，要多给学生时间，但不要取消体育课',
    ]);
  });

  it('one line per sentence of a quote, not the whole quote', () => {
    const s = summarizeStatement(['他对记者说：「现在店租贵得离谱，生意很难做。我希望业主下调租金。」']);
    expect(s.asks).toEqual(['我希望业主下调租金']);
  });

  it('the strict cue wants content; the loose one (the gist’s weak cue) does not', () => {
    expect(hasRequest('这是大家应该思考的。', true)).toBe(false);
    expect(hasRequest('批评既是一种学问，它应该有自己的依据。')).toBe(true);
    expect(hasRequest('批评既是一种学问，它应该有自己的依据。', true)).toBe(false);
    expect(findRequestCues('他促请双方尽快坐下来谈。', true).map((c) => c.kind)).toEqual(['call']);
  });
});

describe('a sentence that only reports that proposals exist asks nothing', () => {
  it.each([
    ['去年两会，他提交了关于改善农村饮水的建议。', false],
    ['她结合走访提出了相关建议。', false],
    ['今年他要把关于老旧电梯改造的相关建议带到全国两会。', false],
    // the reporter's paraphrase that carries the request is one
    ['他建议把老旧电梯改造纳入民生实事项目。', true],
    ['她提出了三条建议，其中最要紧的是建议学校每天安排一小时户外活动。', true],
    ['我们小区的电梯已经用了二十年。', false],
  ])('%s → asks: %s', (sentence, asks) => {
    expect(hasRequest(sentence, true)).toBe(asks);
  });

  it('the gist is what is asked, not that proposals were handed in', () => {
    const s = summarizeStatement(['去年两会，他提交了关于改善农村饮水的建议。今年他关注养老服务，希望每个乡镇都建一所日间照料中心。']);
    expect(s.gist).toBe('今年他关注养老服务，希望每个乡镇都建一所日间照料中心。');
    expect(s.asks).toEqual(['希望每个乡镇都建一所日间照料中心']);
  });
});

describe('what only looks like a request, and how much of one a line shows (issue 18, summaries-16..21)', () => {
  it.each([
    // an indirect question: whether one should, not that one should
    '问题不在于是否一定要修路，而在于钱从哪里来。',
    '关键是评判是否应收取停车费。',
    // a line of policy or a document reported, not the speaker's ask
    '国家今年提出要大力整治校外培训。',
    '这还是头一次明确提出要解决好欠薪问题。',
    '总书记在会上强调要制止粮食浪费。',
    '草案规定了监护人有侵害行为的，应当干预，这一条很有意义。',
    '包括規定政府必須為每輛校車配備跟車老師及安全帶。',
    '新規定符合家長期望，包括規定政府必須為每輛校車配備安全帶。',
    // what should have been done already: a reproach
    '出了事，本就應於查明後通知當事人。',
    // the noun: what others called for, the proposals of the sessions, hopes coordinated with voices
    '噪音问题一直是各界呼吁的焦点。',
    '我的选题（两会建议）和养老有关。',
    '我想把街坊的呼声和期盼带到会上。',
    // an expectation, not a request
    '认真做事的人，应该都有好的前途吧。',
    // 应 inside a word
    '因應網購的發展，街市的人流越來越少。',
    '房间里电视、空调一应俱全，可与酒店媲美。',
    '小区车位供不应求，很多人只好停在路边。',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });

  it.each([
    // a hope hopes for its outcome too: the purpose stays; a modal's purpose is why, not what
    ['希望政府规范工人休假制度，让工人错开高峰回家。', '希望政府规范工人休假制度，让工人错开高峰回家'],
    ['政府应该加开夜班巴士，让夜归的工人不用打车。', '政府应该加开夜班巴士'],
    // what the request would bring is why it is asked, not what
    ['政府不妨引进招标模式，不仅能节省开支，还能让人明白钱花在何处。', '政府不妨引进招标模式'],
    ['希望这些书屋各有主题，既能解决孩子放学没处去的问题，也能让他们一起读书。', '希望这些书屋各有主题'],
    // a long request shows its head clauses, up to 45 characters
    [
      '建议全面推动社区养老服务发展，制订三年规划及时间表，推动养老机构在本地及邻近城市合作发展，并发挥社区医院的作用，打造全市养老服务示范区。',
      '建议全面推动社区养老服务发展，制订三年规划及时间表，推动养老机构在本地及邻近城市合作发展',
    ],
    // a request still asks beside a reported line and a real question
    ['中央提出要整治欠薪，我建议各地加快设立工资保证金。', '我建议各地加快设立工资保证金'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });
});

describe('vox pops: a plight, an anticipation, a Cantonese question and a conditional wish (issue 18, summaries-36)', () => {
  it.each([
    // 要 as wanting to, the next clause saying how hard it is: a plight
    '要報讀政府的再培訓課程，名額太少很不容易。',
    '我認為要換公屋，門檻太高很難。',
    // the hope word as a noun before a copula
    '講真，期望即係失望。',
    '她說有時候希望就是一種負擔。',
    // looking forward to what someone will deliver
    '我很期待明天市長公布的施政報告，看看有什麼新措施。',
    // 必须 as having to rely on: how things stand
    '學校必須靠家長捐款才能維持校車服務。',
    '小店必须依靠熟客才能撑下去。',
  ])('asks nothing: %s', (sentence) => {
    expect(extractAsk(sentence)).toBeNull();
  });

  it.each([
    // a Cantonese question put to whoever can do it
    ['你同區議會講下可唔可以喺屋邨多開一間街市?', '你同區議會講下可唔可以喺屋邨多開一間街市'],
    // "it would be better if…": a request
    ['社區會堂如可以延長開放時間會更好。', '社區會堂如可以延長開放時間會更好'],
    ['居民如果能早點收到通知就好了。', '居民如果能早點收到通知就好了'],
    // 大家亦要, the written 也
    ['大家亦要珍惜食水。', '大家亦要珍惜食水'],
    // what still asks: 必须 with an act, 认为要 with no hardship after it, 希望 with what to publish
    ['学校必须立即公开校车事故的调查报告。', '学校必须立即公开校车事故的调查报告'],
    ['我认为要申请更多公共资金用于修缮。', '我认为要申请更多公共资金用于修缮'],
    ['希望政府能公布施政报告的时间表。', '希望政府能公布施政报告的时间表'],
  ])('%s → %s', (sentence, ask) => {
    expect(extractAsk(sentence)).toBe(ask);
  });
});
