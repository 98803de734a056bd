/**
 * The cheap page check (detect.ts, paragraph-voice-cues.ts) lets the colon-less formats through to the
 * parse: remarks labels closed by a colon, numbered quote digests, netizens inside paragraphs, vox pops
 * with a headline on the name's line, labels closed by the Big5 colon. Each page is written here, one <p> per line, in happy-dom.
 */
import { describe, expect, it } from 'vitest';
import { checkPage, detectFeature } from '@/lib/understand/detect';
import { parseHtml } from '@/scripts/cli/input';

// Paragraphs of the reporter's own after the feature: a real article's paragraphs hold more than the few
// hundred characters below which the check reads the page's whole text instead (detect.ts)
const CLOSING = [
  '记者了解到，相关部门将在近期召开座谈会，进一步听取各方面的意见和建议，并根据反馈情况调整有关安排。',
  '据悉，有关方案将于下月公布，届时市民可通过官方网站和政务服务热线查询具体内容，也可以到各区服务中心现场咨询。',
  '另悉，今年以来全市已累计举办类似活动二十余场，参与人数超过一万人次，活动形式也从线下逐步扩展到线上。',
  '倾听不同的声音，才能把好事办好。我们将持续关注此事的进展，欢迎读者继续来信来电，说出你的看法。',
];

function page(lines: string[], closing = true): Document {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = [...lines.slice(1), ...(closing ? CLOSING : [])];
  return parseHtml(`<html><head><title>测试</title></head><body><h1>${esc(lines[0]!)}</h1>${paragraphs.map((l) => `<p>${esc(l)}</p>`).join('\n')}</body></html>`).document;
}

const pages: Array<[string, string[], boolean?]> = [
  [
    'a street vox pop: honorific forms whose verb runs on into the speech',
    [
      '街坊點睇新措施',
      '政府今日公布多項新措施，本報記者在街頭隨機訪問市民，大家反應不一。',
      '馮先生指今年的措施沒有甚麼新意，「都係老樣子，幫唔到我哋打工仔」，希望政府多做實事。',
      '不願上鏡的岑女士就指，因事忙未看直播，「今晚返去會睇吓，最想佢派錢」。',
      '從事物流業的Kevin質疑措施的成效，認為幫不了打工仔，「租金咁貴，點都唔夠」。',
      '黎太指最關心安老服務，「輪候實在太耐，希望政府加快」，又指會繼續留意細節。',
      '從事飲食業的阿強表示，生意比去年差，「希望措施可以幫到小店」，但不抱太大期望。',
    ],
  ],
  [
    'a summit round-up: a scene clause before the speaker',
    [
      '峰會談經濟新局',
      '第十屆某某高峰會昨日在台北落幕，約六十位專家與會，共同商討企業的未來。',
      '當前世界正經歷深刻變化，與會的某大學政治系教授范德華表示，全球經濟正走向新秩序，區域合作更加重要。',
      '當前產業正快速轉型，某商學院經濟學教授高仲謀認為，現在全球格局大洗牌，治理正處於歷史轉捩點。',
      '某商學院創辦院長柯文達認為，年輕人要多到外面看看，創業不只是為了創富，也要創造價值。',
      '某研究院院長孔令德表示，兩岸企業應加強合作，共同面對新的市場和新的機會。',
      '某科技公司董事長林宏昌認為，新科技帶來新市場，企業要敢於投入研發，才能走得更遠。',
    ],
  ],
  [
    'post-match remarks',
    [
      '海风队客场取胜',
      '赛后，青岛海风队主教练韩明哲出席了新闻发布会。',
      '他表示：',
      '今天的场地条件很差，两队都踢得很艰苦，我更高兴的是没有球员受伤。接下来我们要好好恢复。',
      '队长吴一鸣在接受采访时表示：',
      '首先祝贺对手，他们今天执行战术非常到位。我们拼到了最后一刻，我为队友骄傲。',
    ],
  ],
  [
    'a numbered quote digest',
    [
      '2019年城市热语',
      '1、“公园晚上也该开着，散步的人多。”---2019年5月7日，市园林局副局长高志远回应市民提问时说。',
      '2、“城市更新不是大拆大建，要留住老街坊。”2019年3月11日，全国人大代表、某建设集团副总裁于海涛对记者说。',
    ],
  ],
  [
    'netizens inside paragraphs',
    [
      '七成网民支持延长公园开放时间',
      '本报讯 近日，某网站开设网上调查，截至昨晚，有七成网民支持公园夜间开放，只有一成反对。',
      '在调查的讨论区上，网民「Mia」发帖表示，「晚上散步最舒服，早就应该开放了。」网民「Ken Lo」调侃认为，城市要有夜生活，公园不能太早关门。',
    ],
  ],
  [
    'vox pops with a headline on the name line',
    [
      '街坊盼老街早日修好',
      '老街的石板路坑坑窪窪已有多年，記者昨日在區內隨機訪問街坊，大家都盼望工程盡快展開。',
      '黎先生 盼修好老街 方便街坊',
      '我在這裏住了三十年，每天買菜都要經過這條路，下雨天特別難走，老人家摔倒過好幾次，希望政府盡快動工。',
      '岑太 支持延長工期 做好為止',
      '工程慢一點不要緊，最重要是做得好，不要修完一年又要再挖，我們街坊都願意忍耐一下。',
    ],
  ],
  [
    'deputies in one long paragraph',
    [
      '代表热议政府工作报告',
      '3月5日上午，大会开幕，代表们认真聆听政府工作报告。会后大家纷纷表示，报告令人振奋。韩立明代表说，报告总结成绩客观实在，部署工作切合实际，我们要认真审议。程秀英代表说，报告里有很多新思路，我带来了几条民生建议，回去还要结合报告再完善。岳春生是一位来自山区的基层代表，他一直关注乡村教育。他说，从报告中可以看到，国家对山区学校的投入一年比一年大。',
    ],
  ],
  [
    'a forum report, a paragraph per presenter',
    [
      '两地青年学者论坛在京举行',
      '北方大学社会学系硕士林晓雯关注的是“网络语言与代际沟通”这一主题，她提出，年轻人的网络用语并非不规范，而是一种新的表达。',
      '在经济方面，南江大学钱明远就两地青年就业问题提出几点看法。他认为，两地应互认职业资格，方便青年流动。',
      '在历史研究方面，东海师范大学历史学系杜文轩回顾了两地通邮的历史。他表示，这段历史值得重新梳理，史料还有很多空白。',
    ],
  ],
  [
    'two people reacting one paragraph after the other, the second by a bare name',
    [
      '主播們談車站事件',
      '昨晚台北車站附近發生持刀傷人事件，多位主播在社群上發文，呼籲民眾出門多留意身邊的狀況。',
      '東方新聞主播賴志豪則呼籲，搭捷運時聽到尖叫聲要趕快離開，遇到攻擊可以拿起雨傘或包包自保，「大家在外多一點警覺，真的多一點平安。」',
      '林瑩則說，以前遇到大事都是第一時間坐上主播檯播報，昨晚下班時特別看了一眼車站出口，「今晚多了警車駐守，但人潮依舊，希望大家都平安。」',
    ],
    // (a pair round-up has no narrative after its voices: judge-roundup.ts)
    false,
  ],
  [
    'quotations signed after a comma ("“……”，某某委员说。")',
    [
      '小组讨论侧记',
      '“调研要多听基层的声音，不能只听汇报。”，韩立明委员说。',
      '“提案办理要有回音，群众才有获得感。”，程秀英委员说。',
      '“政协要在民主监督上多下功夫。”，岳春生委员说。',
    ],
  ],
  [
    'a transcript whose host asks and whose guests are labelled by bare names, one with a rare surname',
    [
      '中美经贸关系对话',
      '主持人：美国有多大程度依赖中国，中国又有多大程度依赖美国？谁先发言？',
      '龙永明：双方的经济力量正在发生深刻变化，所以我认为相互依赖会越来越深。',
      '保育新：龙先生讲得很好，我补充一点，看看谁在中国市场赚钱最多就明白了。',
    ],
  ],
  [
    'vox pops whose "name(trade):" line carries the person\'s own headline',
    [
      '聽聽街坊心聲',
      '新一屆選舉提名期已經結束，記者在區內訪問了幾位街坊。',
      '黃先生(飲食業)：希望選出為業界發聲的議員',
      '我希望選出能為業界做事和發聲的議員。疫情下飲食業飽受衝擊，沒客人、沒生意，很難維持。',
      '陳女士(零售業)：希望議員幫市民多爭取福利',
      '零售業這幾年很辛苦，我希望議員多聽基層的聲音，幫我們爭取更多支援。',
    ],
  ],
  [
    'a TV transcript\'s never-closed brackets over the words',
    [
      '議員談修法',
      '修法今天三讀通過，但審查期間發生衝突，地方議員也紛紛表達看法。',
      '(台東縣議員 林志明 阿美族:',
      '有權力的人被監督是天經地義的事，事無不可對人言，做太多遮遮掩掩的事，民眾當然會質疑。',
      '(台東縣議員 高秀蘭:',
      '改革有它的必要性，但程序要讓大家信服，否則再好的內容也很難得到支持。',
    ],
  ],
  [
    'a Hong Kong vox pop whose labels close with the Big5 colon (︰)',
    [
      '街坊點睇屋邨加租',
      '房委會宣布下月起加租，本報記者到屋邨訪問居民，大家反應不一。',
      '退休人士梁伯︰「加幾十蚊都係錢，我哋靠生果金過日子，真係頂唔順。」',
      '在超市工作的黃太︰「加租可以理解，但希望政府同時多啲寬免，幫下基層家庭。」',
      '大學生阿欣︰「屋邨設施越來越舊，加租之前應該先維修好升降機同走廊燈。」',
    ],
  ],
  [
    'a hearing\'s record: members and the official labelled by surname, title and given name',
    [
      '委員會質詢紀錄：農地灌溉用水如何分配',
      '本次會議討論農地灌溉用水的分配，以下為質詢摘錄。',
      '江委員佳蓉：今年春耕缺水，很多農民來陳情，說水圳一直沒有水。請問主委，灌溉用水到底怎麼分配？',
      '黃主任委員明德：謝謝委員關心。我們已經和水利單位協調，春耕期間會優先供應農業用水。',
      '蔡委員志成：我建議建立每週公開的配水表，讓農民自己查得到，也讓大家放心。',
      '黃主任委員明德：這個建議很好，我們會在下個月上線配水查詢系統，每週更新一次。',
    ],
  ],
  [
    'a vox pop of captions run together: name, sex, age and what they do',
    [
      '重阳节，你回家了吗',
      '重阳节到了，记者在几个社区随机问了问老人们怎么过节。',
      '孙玉华女 62岁退休:儿子周末来吃过饭了，今天他要上班，我们老两口自己包了饺子，也挺好。',
      '周建国男 67岁退休:我在老年大学学书法，今天上午有课，下午和老伙伴们去公园转了转。',
      '吴桂芝女 70岁退休:女儿一早打来电话，说晚上带外孙来，我正忙着准备几个拿手菜呢。',
    ],
  ],
  [
    'television captions: a Latin given name after a group\'s word',
    [
      '新店開幕 民眾徹夜排隊',
      '全台首家旗艦店今天上午開幕，現場聚集了數百名民眾，有人前一晚就到場排隊。',
      '排隊民眾Kevin:「我昨天晚上十點就來了，想第一個進去看看新產品，累是累，但很值得。」',
      '排隊民眾Amy:「我是陪朋友來的，順便買一副耳機，沒想到人這麼多，隊伍排到了街角。」',
    ],
  ],
];

describe('the page check lets the colon-less formats through', () => {
  it.each(pages)('%s', (_name, lines, closing) => {
    const doc = page(lines, closing ?? true);
    expect(checkPage(doc).passes).toBe(true);
    expect(detectFeature(doc)).toBe(true);
  });

  it('a story with one netizen and one pronoun sentence does not pass the parse', () => {
    const doc = page([
      '公园夜间开放试点启动',
      '市园林局昨日宣布，三座公园将试行夜间开放，开放时间延长至晚上十点。',
      '消息发布后，网民「Mia」发帖表示，「晚上散步最舒服，早就应该开放了。」',
      '据了解，试点为期三个月，园林局将根据游客人数和安全情况决定是否推广。',
    ]);
    expect(detectFeature(doc)).toBe(false);
  });
});
