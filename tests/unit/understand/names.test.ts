/** Splitting speaker labels into name and role, from surnames, role words, honorifics and the article's own evidence. */
import { describe, expect, it } from 'vitest';
import { isPersonName, looksLikeGivenName, splitSpeakerLabel } from '@/lib/understand/names';

describe('splitSpeakerLabel', () => {
  it.each([
    // role then name
    ['市发展和改革委员会党组成员、副主任渠德鹏', '渠德鹏', '市发展和改革委员会党组成员、副主任'],
    ['市民张新海', '张新海', '市民'],
    ['太谷区小白乡党委副书记、乡长闫万玲', '闫万玲', '太谷区小白乡党委副书记、乡长'],
    ['市发展和改革委员会党组成员、副主任王静', '王静', '市发展和改革委员会党组成员、副主任'],
    ['全国人大代表、江苏省宜兴市白塔村党总支书记欧阳华', '欧阳华', '全国人大代表、江苏省宜兴市白塔村党总支书记'],
    ['全国政协委员、中国农业大学教授司马云龙', '司马云龙', '全国政协委员、中国农业大学教授'],
    ['区教育局基础教育科科长 诸葛文', '诸葛文', '区教育局基础教育科科长'],
    ['全国人大代表、山东省教育厅副厅长张志勇', '张志勇', '全国人大代表、山东省教育厅副厅长'],
    // traditional script, party before the name, a married woman's double surname
    ['民建聯劉國勳', '劉國勳', '民建聯'],
    ['新民黨葉劉淑儀', '葉劉淑儀', '新民黨'],
    ['自由黨張宇人', '張宇人', '自由黨'],
    ['公民黨郭家麒', '郭家麒', '公民黨'],
    // a party's leader, a functional constituency's legislator
    ['公民黨黨魁楊大橋', '楊大橋', '公民黨黨魁'],
    ['自由党党魁钟大斌', '钟大斌', '自由党党魁'],
    ['衞生服務界李大麟', '李大麟', '衞生服務界'],
    ['教育界叶建源', '叶建源', '教育界'],
    // fans, and a passer-by's Latin given name after their role
    ['球迷陳大文', '陳大文', '球迷'],
    ['美國球迷Kyle Morris', 'Kyle Morris', '美國球迷'],
    ['住在附近的球迷Ryan', 'Ryan', '住在附近的球迷'],
    ['中文大學經濟學系副教授莊太量', '莊太量', '中文大學經濟學系副教授'],
    // name then role in brackets
    ['林一彪(企业员工)', '林一彪', '企业员工'],
    ['陈晓梅（社区网格员）', '陈晓梅', '社区网格员'],
    // people without a full name
    ['余小姐', '余小姐', null],
    ['陳太', '陳太', null],
    ['觀塘街坊何先生', '何先生', '觀塘街坊'],
    ['市民 王阿姨', '王阿姨', '市民'],
    // online handles
    ['网友“青山不老”', '青山不老', '网友'],
    ['@小鹿乱撞', '小鹿乱撞', null],
    // name first, then the role after a space or a comma
    ['张志勇 全国人大代表、山东省教育厅副厅长', '张志勇', '全国人大代表、山东省教育厅副厅长'],
    ['张志勇，全国人大代表', '张志勇', '全国人大代表'],
    // titles joined by a comma; a transliterated name with a middle dot
    ['全国政协委员，中国农业大学教授李华', '李华', '全国政协委员，中国农业大学教授'],
    ['全国人大代表、新疆维吾尔自治区某村党支部书记热依拉·买买提', '热依拉·买买提', '全国人大代表、新疆维吾尔自治区某村党支部书记'],
    // roles in quotes or titles, everyday occupations
    ['“95后”返乡青年张明', '张明', '“95后”返乡青年'],
    ['《晋中日报》总编辑李强', '李强', '《晋中日报》总编辑'],
    ['外卖骑手李强', '李强', '外卖骑手'],
    ['村民老王', '老王', '村民'],
    // organisations and groups: nobody by name
    ['香港會計師公會', null, '香港會計師公會'],
    ['香港願景計劃', null, '香港願景計劃'],
    ['中產聯盟', null, '中產聯盟'],
    ['中大政治與行政學系學生', null, '中大政治與行政學系學生'],
    ['市民', null, '市民'],
    // the name cut after the title word: 官 ends 首席执行官, 林宇 is the name (官 is also a surname)
    ['某科技公司首席执行官林宇', '林宇', '某科技公司首席执行官'],
    ['某研究院首席信息官高明', '高明', '某研究院首席信息官'],
    ['注册精算师林宇', '林宇', '注册精算师'],
    // Latin names, before a bracketed role or after the title
    ['Rick Rieder（贝莱德固定收益业务全球首席投资官）', 'Rick Rieder', '贝莱德固定收益业务全球首席投资官'],
    ['LGIM首席投资官 Sonja Laud', 'Sonja Laud', 'LGIM首席投资官'],
    // one Latin given name before a bracketed brand; a Latin role keeps the spaces between its words
    ['Cecilia(Moss Studio)', 'Cecilia', 'Moss Studio'],
    ['Joe Wong（Paper Kite Studio）', 'Joe Wong', 'Paper Kite Studio'],
    ['林小雨(Moss Studio)', '林小雨', 'Moss Studio'],
    // a vox pop's caption run together: the sex printed onto the name, then the age and what they do
    ['孙玉华女 62岁退休', '孙玉华', '女 62岁退休'],
    ['周建国男 47歲 司機', '周建国', '男 47歲 司機'],
    // a Latin given name after a group's word, as television captions a passer-by
    ['排隊民眾Kevin', 'Kevin', '排隊民眾'],
    // a hearing's record: surname, title, given name
    ['江委員佳蓉', '江佳蓉', '委員'],
    ['黃主任委員明德', '黃明德', '主任委員'],
    ['某医院营养師王芳', '王芳', '某医院营养師'],
    // a name, then a title (minutes)
    ['张志勇代表', '张志勇', '代表'],
    ['李明委員', '李明', '委員'],
    // a full name whose given name starts with 小 is not the nickname "小X"
    ['纪小龙(武警总医院病理室主任)', '纪小龙', '武警总医院病理室主任'],
    ['村民王小明', '王小明', '村民'],
    // a name, a bare title, then where in brackets
    ['刘天模教授(重庆大学材料科学系)', '刘天模', '重庆大学材料科学系教授'],
    ['翟中和(院士、我国细胞研究领域前辈)', '翟中和', '院士、我国细胞研究领域前辈'],
    // a relative clause marks the name off; kept as printed, its 的 too (the corpus keys' rule)
    // (where the person lives is no role: circumstance-roles.test.ts)
    ['家住迎泽区的王女士', '王女士', null],
    ['在上海工作的张明', '张明', '在上海工作的'],
    // handles: a netizen's, in either script
    ['網友「港島阿明」', '港島阿明', '網友'],
    ['微博网友‘一只小蜗牛’', '一只小蜗牛', '微博网友'],
  ])('%s → %s / %s', (label, name, role) => {
    const split = splitSpeakerLabel(label);
    expect([split.name, split.role]).toEqual([name, role]);
    expect(split.evidence).toBeGreaterThanOrEqual(2);
  });

  it('reads a bare name with a surname that also ends titles (官, 师) as the name', () => {
    expect(splitSpeakerLabel('官林宇').name).toBe('官林宇');
    expect(splitSpeakerLabel('师林宇').name).toBe('师林宇');
  });

  it('uses names the article confirms (photo captions) for surnames it does not know', () => {
    // 禤 is not in the surname table: a caption name makes the split of a short label
    expect(splitSpeakerLabel('书记禤国').name).toBeNull();
    expect(splitSpeakerLabel('书记禤国', { known: new Set(['禤国']) })).toMatchObject({ name: '禤国', role: '书记' });
    expect(splitSpeakerLabel('村党支部书记禤国强', { known: new Set(['禤国强']) })).toMatchObject({ name: '禤国强', role: '村党支部书记' });
  });

  it.each([
    // behind a full title, a name need not start with a common surname
    ['村党支部书记禤国强', '禤国强', '村党支部书记'],
    ['全国政协委员、天津大学副校长明东', '明东', '全国政协委员、天津大学副校长'],
    ['西藏自治区那曲市色尼区那么切乡卫生院院长次仁卓玛', '次仁卓玛', '西藏自治区那曲市色尼区那么切乡卫生院院长'],
    // a space marks the name off, before or after the role
    ['乌兰托娅 全国人大代表、内蒙古自治区锡林郭勒盟民族歌舞团演员', '乌兰托娅', '全国人大代表、内蒙古自治区锡林郭勒盟民族歌舞团演员'],
    ['买买提·艾力 全国人大代表、新疆阿克苏地区一家农业合作社理事长', '买买提·艾力', '全国人大代表、新疆阿克苏地区一家农业合作社理事长'],
    ['國立政治大學勞工研究所教授 成之約', '成之約', '國立政治大學勞工研究所教授'],
    ['王浩 快递员、短视频博主', '王浩', '快递员、短视频博主'],
  ])('splits %s without a known surname', (label, name, role) => {
    expect(splitSpeakerLabel(label)).toMatchObject({ name, role });
  });

  it.each(['专家点评', '校长寄语', '院长致辞', '市委书记点评', '中国科学院院士'])('does not take the verb after a role for a name: %s', (label) => {
    expect(splitSpeakerLabel(label).name).toBeNull();
  });

  it.each([
    ['著名社会学家费明远', '费明远', '著名社会学家'],
    ['著名物理學家高遠', '高遠', '著名物理學家'],
    ['时评人孙小飞', '孙小飞', '时评人'],
    ['資深媒體人李文', '李文', '資深媒體人'],
    ['某队主教练周正', '周正', '某队主教练'],
  ])('reads learned professions and commentators as roles: %s', (label, name, role) => {
    const split = splitSpeakerLabel(label);
    expect(split).toMatchObject({ name, role });
    expect(split.evidence).toBeGreaterThanOrEqual(2);
  });

  it.each(['媒体称景区管理差 游客感觉不值', '媒體稱景區管理差 遊客感覺不值', '报道说车站拥挤 乘客很不满', '報道說車站擁擠 乘客沒耐心'])(
    'a headline with a space is no role and name: %s',
    (label) => {
      expect(splitSpeakerLabel(label).name).toBeNull();
    },
  );

  it('does not split a word that merely starts with a surname character', () => {
    expect(splitSpeakerLabel('專業議政').name).toBeNull();
    expect(splitSpeakerLabel('社工復興運動社工').name).toBeNull();
  });
});

describe('isPersonName', () => {
  it.each([
    ['渠德鹏', true],
    ['王静', true],
    ['欧阳华', true],
    ['葉劉淑儀', true],
    ['各大政黨', false],
    ['太原晋中一体化', false],
    ['老城新貌展活力', false],
    ['本版策划', false],
    ['景点', false], // a place (景 is a surname; 点 ends no given name)
    ['景點', false],
    ['郭姓學', false], // a surname only: "郭姓學生", a student surnamed 郭, cut short
    ['陳姓男', false],
    ['郭靜', true],
    ['管理費', false], // a fee (管 is a surname; 费 ends no given name)
    ['管理费', false],
    ['费翔', true], // 费 the surname
  ])('%s → %s', (text, want) => {
    expect(isPersonName(text)).toBe(want);
  });
});

describe('于 in a given name', () => {
  // it may open a two-character given name after one surname; it never ends one, and before a time word it is the preposition
  it.each([
    ['柯于铭', true],
    ['陶於衡', true],
    ['陈于', false],
    ['张于今', false],
    ['李于本', false],
    ['王于昨', false],
    ['刘于是', false],
    ['欧阳于', false],
  ])('%s → %s', (text, want) => {
    expect(isPersonName(text)).toBe(want);
  });
  it.each([
    ['经济学家柯于铭', '柯于铭', '经济学家'],
    ['柯于铭', '柯于铭', null],
  ])('%s splits whole', (label, name, role) => {
    const s = splitSpeakerLabel(label);
    expect([s.name, s.role]).toEqual([name, role]);
  });
});

describe('时 in a given name', () => {
  it.each([
    ['冯時謙', true],
    ['王时任', false], // "时任": held the post
    ['张时候', false],
    ['李时', false],
  ])('%s → %s', (text, want) => {
    expect(isPersonName(text)).toBe(want);
  });
});

describe('looksLikeGivenName: a degree adverb after a role word is the manner, no name', () => {
  it.each([
    ['略显', false],
    ['稍顯', false],
    ['頗為', false],
    ['十分', false],
    ['有些', false],
    ['次仁卓玛', true],
    ['明东', true],
    ['显龙', true],
  ])('%s → %s', (text, want) => {
    expect(looksLikeGivenName(text)).toBe(want);
  });
});
