/**
 * Chinese surnames, simplified and traditional forms. Characters that are far more often ordinary words
 * than surnames (和, 时, 国, 都, 来…) are left out: a name is only split off a label when its first
 * character is here, so a rare surname costs a missed split while a common word would cost a wrong one.
 */

const SINGLE_SIMPLIFIED =
  '赖傅阎萧王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝区郜阚权帅屠朴练廉禹祖漆卿狄计索宣晋扈晁芮阙浦戈伏鹿薄邸雍辜裘亓邰赫杭宿逯隆茹诸慕亢嵇湛宾戎勾茅揭尉冶檀昝尧闭渠';
const SINGLE_TRADITIONAL =
  '賴蕭張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蔣葉蘇呂盧鍾鐘譚陸賈韋鄒閆閻龍賀顧龔萬錢嚴湯齊喬龐顏莊聶魯歐關蘭寧紀畢單駱藍鮑華饒陽農繆簡車項連麥婁竇黨宮費衞衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂儲勞諶藺樓聞厲區闞權帥練計晉闕諸賓堯閉溫塗洪';

const COMPOUND =
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 令狐 司徒 夏侯 宇文 轩辕 端木 独孤 南宫 西门 呼延 申屠 澹台 公冶 太史 万俟 闻人 ' +
  '歐陽 司馬 諸葛 東方 公孫 長孫 軒轅 獨孤 南宮 西門 萬俟 聞人';

// by code unit: a name reader asks at every candidate, and a code is looked up without making a string
const codes = (chars: string): Set<number> => new Set(Array.from(chars, (c) => c.charCodeAt(0)));
const SINGLE = codes(SINGLE_SIMPLIFIED + SINGLE_TRADITIONAL);
const COMPOUNDS = new Set(COMPOUND.split(' ').filter(Boolean));
const COMPOUND_FIRST = codes(COMPOUND.replace(/(.).\s*/g, '$1'));

/** Length of the surname that starts `text` at `index`: 2 (compound), 1, or 0 (none). */
export function surnameLengthAt(text: string, index = 0): 0 | 1 | 2 {
  const c = text.charCodeAt(index);
  if (COMPOUND_FIRST.has(c) && COMPOUNDS.has(text.slice(index, index + 2))) return 2;
  return SINGLE.has(c) ? 1 : 0;
}

