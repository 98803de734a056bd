/**
 * The exceptions dictionary: where opencc-js over-converts news prose, and what DuBao does instead.
 * Two kinds, both injected into the converter as OpenCC phrase entries (so longest-match
 * segmentation picks them like OpenCC's own phrases):
 *  - protected phrases (simplified → traditional, every s→t variant): a phrase and the characters
 *    in it that stay as written, because OpenCC's default for them is another word's character;
 *  - Taiwan-phrase vetoes (twp only): computing/regional phrases of OpenCC's TWPhrases that are
 *    wrong in general news, where the same word has its everyday meaning.
 */

export interface ProtectedPhrase {
  /** Simplified phrase. */
  phrase: string;
  /** The characters of the phrase that stay as written (not converted), e.g. 了 in 指明了. */
  keep: string;
  why: string;
}

interface ProtectedGroup {
  why: string;
  keep: string;
  phrases: string[];
}

// X明了: OpenCC segments 明了 "clear" → 明瞭 and so writes 指明瞭方向; after a verb X明 the 了 is
// the aspect particle. OpenCC already protects 说明了/证明了/聪明了/精明了; these are the rest.
const MING_LE_VERBS = Array.from('指表阐查标注讲点写声申辨言载挑透照发查探查验写注讲');

// 了解 + 决/放…: 了 is the particle before a word starting with 解 (到了解决的时候), not 瞭解.
const JIE_WORDS = Array.from('决放答除读说释锁开脱围冻散救体禁约析码渴忧困封题密构剖聘毒');

const PROTECTED_GROUPS: ProtectedGroup[] = [
  {
    why: '了 after a verb ending in 明 is the aspect particle: 指明了方向, not 指明瞭 (瞭 = "understand/clear")',
    keep: '了',
    phrases: [...new Set(MING_LE_VERBS)].map((x) => `${x}明了`),
  },
  {
    why: '了 before a word starting with 解 (解决, 解放 …) is the particle: 到了解决的时候, not 瞭解',
    keep: '了',
    phrases: JIE_WORDS.map((y) => `了解${y}`),
  },
  {
    why:
      '征 "journey/campaign" stays 征 (徵 is "levy/summon/sign"); OpenCC reads 新征 as "new levy" and ' +
      'writes 新徵程; the journey words after 新/伟大/百年 etc. keep 征',
    keep: '征',
    phrases: [
      '征程', '新征程', '新征途', '新长征', '征途', '新征战', '再出征', '新远征', '踏上征程', '万里征程',
      '伟大征程', '百年征程', '奋进新征程', '开启新征程', '踏上新征程', '迈上新征程', '走好新征程',
    ],
  },
];

export const PROTECTED_PHRASES: readonly ProtectedPhrase[] = PROTECTED_GROUPS.flatMap((g) =>
  g.phrases.map((phrase) => ({ phrase, keep: g.keep, why: g.why })),
);

export interface PhraseVeto {
  /** The traditional (OpenCC standard) phrase that the Taiwan-phrase step must leave as it is. */
  phrase: string;
  /**
   * 'general': only outside a computing sentence (a sentence with a computing cue keeps OpenCC's
   * Taiwan term: 不支援 Flash, 拋出 → 丟擲 of an exception); 'always': everywhere.
   */
  where: 'general' | 'always';
  why: string;
}

interface VetoGroup {
  why: string;
  where: PhraseVeto['where'];
  phrases: string[];
}

const TWP_VETO_GROUPS: VetoGroup[] = [
  {
    why: 'everyday meaning in news, not the computing term: 保存古建築 is preserve (儲存 = save a file), 激活城市記憶 is revive (啟用 = activate), 刷新紀錄 is break a record, 拋出問題 is raise (丟擲 = throw an exception)',
    where: 'general',
    phrases: ['拋出', '保存', '激活', '刷新', '循環', '擴展', '映射', '觸摸', '運行', '進程', '程序', '文件', '項目', '對象', '窗口', '設置', '設備', '集羣', '重載', '重裝', '調度', '調用', '調試', '實例', '類型', '權限', '局部', '全局', '連接', '打開', '菜單', '註銷', '禁用', '優化', '高級', '低級'],
  },
  {
    why: 'general words Taiwan writes the same way: 發佈會/發佈政策 (釋出 = software release), 聲明, 支持 (an opinion; 支援 = aid), 社區 (a neighbourhood; 社群 = online community), 聯繫 (ties), 消息 (news)',
    where: 'general',
    phrases: ['發佈', '聲明', '支持', '社區', '聯繫', '消息'],
  },
  {
    why: '萬象 is "all things" (萬象更新); 永珍 is only the city Vientiane',
    where: 'always',
    phrases: ['萬象'],
  },
];

export const TWP_VETOES: readonly PhraseVeto[] = TWP_VETO_GROUPS.flatMap((g) =>
  g.phrases.map((phrase) => ({ phrase, where: g.where, why: g.why })),
);

/**
 * Computing cues: a sentence with one of these is about software or devices, where Taiwan's
 * computing terms are right (該瀏覽器不支援 Flash, 函式拋出異常 → 丟擲). Strong cues only: words
 * such as 用户, 系统, 网站 occur in every kind of news and would switch general sentences.
 */
export const COMPUTING_CUES =
  /软件|硬件|浏览器|插件|电脑|计算机|操作系统|编程|程序员|代码|源码|服务器|数据库|网页|芯片|内存|硬盘|固件|驱动程序|函数|线程|变量|编译|軟件|軟體|硬體|瀏覽器|電腦|計算機|程式|伺服器|資料庫|網頁|晶片|記憶體|函式|\b(?:Flash|Windows|Linux|macOS|iOS|Android|Chrome|Firefox|Safari|Java|JavaScript|Python|HTML|CSS|SDK|API|CPU|GPU|USB|Bug|bug)\b/;

export interface RegionalPhrase {
  /** The traditional (OpenCC standard) phrase … */
  phrase: string;
  /** … and how the region writes it. */
  to: string;
  why: string;
}

/** Hong Kong usage OpenCC's HK tables lack (hk only). */
export const HK_PHRASES: readonly RegionalPhrase[] = [
  {
    phrase: '瞭解',
    to: '了解',
    why: 'Hong Kong papers and government write 了解 (據了解, 了解更多); 瞭解 is the Taiwan standard form',
  },
];
