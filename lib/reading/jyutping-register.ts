/**
 * The register of a stretch of text: written Cantonese (口語, 佢哋喺度食緊嘢) or standard written Chinese
 * (書面語, 他們正在用餐). Hong Kong news mixes both: the reporter writes standard Chinese and quotes people in
 * Cantonese, and some outlets and columns write Cantonese throughout. Many characters have a colloquial
 * and a literary reading (行 haang4 / hang4, 聽 teng1 / ting1, 平 peng4 / ping4): which one a character
 * takes outside fixed words depends on the register, so the register is read first, per unit.
 *
 * A unit is a sentence (up to 。！？；or a line end) or a quotation inside one (「…」, “…”): a quote in
 * Cantonese inside a standard sentence is its own unit, and so is the standard sentence around it.
 * A unit is colloquial when it holds a character only written Cantonese uses (嘅 咗 啲 佢 唔 喺 …), or
 * 係 "be" outside the standard words that hold it (關係, 維係), or a word only Cantonese has (聽朝, 即刻, 點解,
 * 屋企 …), or two of the weaker signs (啦 呀 吖, 仲, 俾, 話 "say" outside 電話, 對話 …) that standard Chinese has
 * in names, transcriptions or set words too.
 */

/** Characters standard written Chinese does not use: one is enough. */
const STRONG = new Set(Array.from('嘅咗啲冇佢哋嘢噉唔喺嚟㗎喇嘞咩囉啰啱嗰睇揾搵畀攰喎咋啩噃乜冚揸攞嬲瞓諗谂嗮嚿噏啫咁'));
/** Signs standard Chinese also has now and then (in names, transcriptions, set words): two make a unit colloquial. */
const WEAK = new Set(Array.from('啦呀吖仲俾靚咪晒'));
/** Words only written Cantonese uses, written in characters standard Chinese also has: one is enough. */
const STRONG_WORDS =
  /聽朝|聽日|听日|琴日|琴晚|尋日|寻日|今朝|朝早|即刻|點解|点解|邊度|边度|邊個|边个|而家|依家|屋企|食飯|食饭|白車|差佬|老豆|阿爺|阿爷|阿媽|阿妈|阿爸|細路|细路|得閒|得闲|搞掂|鍾意|钟意|一齊|一齐|成日|淨係|净系|梗係|真係|唔使|幾多|几多|多幾|多几|好彩|講嘢|讲嘢/u;
/** Whether `word` is, whole, one of the words only written Cantonese uses (聽日, 即刻, 屋企 …). */
export function isCantoneseWord(word: string): boolean {
  const m = STRONG_WORDS.exec(word);
  return m !== null && m[0] === word;
}
/** 話 "say" is weak: standard Chinese has it in these words. */
const WAA_BEFORE = /^[電电對对講讲談谈說说童神笑閒闲佳情]$/u;
const WAA_AFTER = /^[題题劇剧筒柄費费]$/u;

/** 係 in the standard words that hold it: not the Cantonese copula. */
const STANDARD_HAI = /[關关聯联維维體体派干幹]$/u;
/** What ends a unit. */
const UNIT_END = new Set(Array.from('。！？；!?;\n'));
const QUOTE_OPEN = new Set(Array.from('「『“'));
const QUOTE_CLOSE = new Set(Array.from('」』”'));

/**
 * Per element of `chars`, whether the unit it stands in is written Cantonese. Punctuation takes the
 * register of the unit it closes or opens.
 */
export function readRegister(chars: readonly string[]): boolean[] {
  const out = new Array<boolean>(chars.length).fill(false);
  // Units as [start, end) spans; a quote nested in a sentence splits it, its outside parts one unit.
  const units: number[][] = [];
  const stack: number[][] = [[]];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (QUOTE_OPEN.has(c)) {
      stack[stack.length - 1]!.push(i);
      stack.push([]);
      continue;
    }
    if (QUOTE_CLOSE.has(c) && stack.length > 1) {
      const inner = stack.pop()!;
      units.push(inner);
      stack[stack.length - 1]!.push(i);
      continue;
    }
    stack[stack.length - 1]!.push(i);
    if (UNIT_END.has(c)) {
      units.push(stack.pop()!);
      stack.push([]);
    }
  }
  units.push(...stack);
  for (const unit of units) {
    if (!isColloquial(unit.map((i) => chars[i]!))) continue;
    for (const i of unit) out[i] = true;
  }
  return out;
}

/** Whether the characters of one unit are written Cantonese. */
export function isColloquial(chars: readonly string[]): boolean {
  if (STRONG_WORDS.test(chars.join(''))) return true;
  let weak = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (STRONG.has(c)) return true;
    if (c === '係' && !STANDARD_HAI.test(chars[i - 1] ?? '')) return true;
    const waa = (c === '話' || c === '话') && !WAA_BEFORE.test(chars[i - 1] ?? '') && !WAA_AFTER.test(chars[i + 1] ?? '');
    if ((WEAK.has(c) || waa) && ++weak >= 2) return true;
  }
  return false;
}
