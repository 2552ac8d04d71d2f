/**
 * Words whose reading is fixed whatever the context, as the 现代汉语词典 gives them, where
 * pinyin-pro's phrase table is wrong or silent. These win over the model. Titles ending in 长
 * (zhǎng) are generated in `fixedWords()`.
 */
const WORDS = `
区长 qū zhǎng|局长 jú zhǎng|载体 zài tǐ|率先 shuài xiān|执行 zhí xíng|执行力 zhí xíng lì
要求 yāo qiú|班子 bān zi|供养 gōng yǎng|更多 gèng duō|更加 gèng jiā|心脏 xīn zàng
剥夺 bō duó|剥削 bō xuē|逮捕 dài bǔ|朝鲜 cháo xiǎn|朝鲜族 cháo xiǎn zú|干劲 gàn jìn
苦干 kǔ gàn|拼命干 pīn mìng gàn|实干 shí gàn|干部 gàn bù|骨干 gǔ gàn|干事 gàn shi|能干 néng gàn
为民 wèi mín|为民服务 wèi mín fú wù|班子成员 bān zi chéng yuán|领导班子 lǐng dǎo bān zi|为人民服务 wèi rén mín fú wù
作为 zuò wéi|行为 xíng wéi|成为 chéng wéi|认为 rèn wéi|称为 chēng wéi|视为 shì wéi|为止 wéi zhǐ
因为 yīn wèi|为了 wèi le|为何 wèi hé|为此 wèi cǐ|为什么 wèi shén me|以为 yǐ wéi|有为 yǒu wéi
一线 yī xiàn|重点 zhòng diǎn|重要 zhòng yào|重大 zhòng dà|重任 zhòng rèn|重整行装 chóng zhěng xíng zhuāng
重新 chóng xīn|重整 chóng zhěng|重组 chóng zǔ|重建 chóng jiàn|重复 chóng fù|重申 chóng shēn|重阳 chóng yáng
行业 háng yè|银行 yín háng|行长 háng zhǎng|内行 nèi háng|外行 wài háng
履职 lǚ zhí|行动 xíng dòng|力行 lì xíng|践行 jiàn xíng|笃行 dǔ xíng|运行 yùn xíng|进行 jìn xíng
还是 hái shi|还有 hái yǒu|还要 hái yào|还将 hái jiāng|归还 guī huán|偿还 cháng huán|还款 huán kuǎn
都市 dū shì|首都 shǒu dū|成都 chéng dū
处理 chǔ lǐ|处置 chǔ zhì|相处 xiāng chǔ|处分 chǔ fèn|处罚 chǔ fá|处于 chǔ yú|处在 chǔ zài
处长 chù zhǎng|到处 dào chù|好处 hǎo chù|办事处 bàn shì chù|难处 nán chù|处室 chù shì
当选 dāng xuǎn|当天 dàng tiān|当作 dàng zuò|恰当 qià dàng|适当 shì dàng|妥当 tuǒ dang
上当 shàng dàng|当家作主 dāng jiā zuò zhǔ|当家 dāng jiā|担当 dān dāng|相当 xiāng dāng|应当 yīng dāng
数十 shù shí|数百 shù bǎi|数千 shù qiān|数万 shù wàn|数据 shù jù|数字 shù zì|数量 shù liàng|数一数二 shǔ yī shǔ èr
将要 jiāng yào|将来 jiāng lái|即将 jí jiāng|将军 jiāng jūn|大将 dà jiàng|将领 jiàng lǐng
应急 yìng jí|应对 yìng duì|响应 xiǎng yìng|适应 shì yìng|应用 yìng yòng|供应 gōng yìng|效应 xiào yìng|应该 yīng gāi|应当 yīng dāng
相关 xiāng guān|相应 xiāng yìng|互相 hù xiāng|首相 shǒu xiàng|真相 zhēn xiàng|照相 zhào xiàng|宰相 zǎi xiàng
调查 diào chá|调研 diào yán|调度 diào dù|调动 diào dòng|协调 xié tiáo|调整 tiáo zhěng|调控 tiáo kòng|强调 qiáng diào|调解 tiáo jiě
传统 chuán tǒng|宣传 xuān chuán|传达 chuán dá|传承 chuán chéng|自传 zì zhuàn|传记 zhuàn jì
朝阳 cháo yáng|朝代 cháo dài|王朝 wáng cháo|朝气 zhāo qì|朝夕 zhāo xī|朝着 cháo zhe
着力 zhuó lì|着眼 zhuó yǎn|着手 zhuó shǒu|着重 zhuó zhòng|着落 zhuó luò|着想 zhuó xiǎng|着急 zháo jí|睡着 shuì zháo
长期 cháng qī|长远 cháng yuǎn|长效 cháng xiào|成长 chéng zhǎng|增长 zēng zhǎng|生长 shēng zhǎng|延长 yán cháng
家长 jiā zhǎng|首长 shǒu zhǎng|长官 zhǎng guān|擅长 shàn cháng|特长 tè cháng|专长 zhuān cháng
得到 dé dào|获得 huò dé|取得 qǔ dé|得以 dé yǐ|觉得 jué de|记得 jì de|懂得 dǒng de|晓得 xiǎo de
了解 liǎo jiě|了如指掌 liǎo rú zhǐ zhǎng|不得了 bù dé liǎo|受不了 shòu bu liǎo
地区 dì qū|土地 tǔ dì|基地 jī dì|目的地 mù dì dì
单县 shàn xiàn|华县 huà xiàn|华山 huà shān|华阴 huà yīn|监利 jiān lì|解州 xiè zhōu|栎阳 yuè yáng|会稽 kuài jī|会稽山 kuài jī shān|洪洞 hóng tóng|洪洞县 hóng tóng xiàn
钓鱼船 diào yú chuán|切实 qiè shí|落子 luò zǐ|关卡 guān qiǎ|风浪 fēng làng|一贯 yī guàn|到底 dào dǐ|盘子 pán zi|倾斜 qīng xié
`;

/** Units whose head is a 长 (zhǎng): 区长, 县长, 校长, 董事长. */
const HEADED = [
  '省', '市', '县', '区', '镇', '乡', '村', '州', '局', '科', '部', '厅', '院', '校', '所', '站',
  '队', '组', '班', '团', '会', '社', '署', '司', '馆', '庭', '股', '连', '排', '营', '旅', '师',
  '军', '厂', '段', '室', '董事', '理事', '秘书', '委员', '检察', '审计', '议', '酋', '船', '机', '舰',
];

export function fixedWords(): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  for (const line of WORDS.trim().split(/[|\n]/)) {
    const [word = '', ...syllables] = line.trim().split(' ');
    if (word) map.set(word, syllables);
  }
  for (const unit of HEADED) {
    const word = `${unit}长`;
    if (map.has(word)) continue;
    const unitSyllables = fixedOrUndefined(map, unit);
    if (unitSyllables) map.set(word, [...unitSyllables, 'zhǎng']);
  }
  return map;
}

/** Readings of the units above, so that the generated titles need no pinyin-pro call. */
const UNIT_READINGS: Record<string, string> = {
  省: 'shěng', 市: 'shì', 县: 'xiàn', 区: 'qū', 镇: 'zhèn', 乡: 'xiāng', 村: 'cūn', 州: 'zhōu',
  局: 'jú', 科: 'kē', 部: 'bù', 厅: 'tīng', 院: 'yuàn', 校: 'xiào', 所: 'suǒ', 站: 'zhàn',
  队: 'duì', 组: 'zǔ', 班: 'bān', 团: 'tuán', 会: 'huì', 社: 'shè', 署: 'shǔ', 司: 'sī',
  馆: 'guǎn', 庭: 'tíng', 股: 'gǔ', 连: 'lián', 排: 'pái', 营: 'yíng', 旅: 'lǚ', 师: 'shī',
  军: 'jūn', 厂: 'chǎng', 段: 'duàn', 室: 'shì', 董事: 'dǒng shì', 理事: 'lǐ shì', 秘书: 'mì shū',
  委员: 'wěi yuán', 检察: 'jiǎn chá', 审计: 'shěn jì', 议: 'yì', 酋: 'qiú', 船: 'chuán', 机: 'jī', 舰: 'jiàn',
};

function fixedOrUndefined(map: ReadonlyMap<string, readonly string[]>, unit: string): readonly string[] | undefined {
  return map.get(unit) ?? UNIT_READINGS[unit]?.split(' ');
}
