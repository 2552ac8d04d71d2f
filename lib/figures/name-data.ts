/**
 * Character and word lists for recognising person names. Written by hand from common knowledge of
 * Chinese names and transliteration; no corpus was copied.
 */

/** Common single-character surnames (the great majority of Han names in news). */
export const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝郁楼钮帅鞠荆於揭庹祖蔺粟习栗洪赖云燕闻储谈匡邸索冼阚晋初亓仝扈晁郗嵇寿逯',
  ),
);

/** Characters common in given names (伟, 芳, 建华's 建 and 华), for the name tagger's features. */
export const GIVEN_NAME_CHARS = new Set(
  Array.from(
    '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力林海峰鹏波斌宇浩凯俊帆帅旭宁龙飞鑫毅晨亮成志忠国庆光荣福贵祥瑞春秋冬雪梅菊莲琴芬燕珍凤翠彩云虹蓉晶晓薇婷慧颖倩琳璐佳欣怡雯岚蕾琪悦思源博远航哲睿泽轩然昊天东南北新德仁义礼智信宏鸿泰安康永长兴发生祖立树山水江河清民友善良松柏森彬炳焕烨煜耀坤乾元亨利正方圆贞秀慧敏琼丹青绍继承先克胜利振家世学中宗全守宝金银铭锋钢铁锦君子卫兵武斌捷达荣耀',
  ),
);

/** Two-character surnames. */
export const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒',
  '夏侯', '令狐', '端木', '南宫', '西门', '独孤', '轩辕', '呼延', '万俟', '澹台', '申屠',
]);

/**
 * Characters that end place, organisation and object words far more often than names
 * (卫东区, 高新区, 纪念章, 吉普车). A name candidate ending in one, or followed by one, is not a name.
 */
export const NOT_NAME_FINAL = new Set(
  Array.from('区县市省州镇乡村路街巷港站场厂矿店馆院校所局部处科委会社队团军车船机器品章性率法界业线网湖河江山岛湾坡台楼门桥寺庙庄园林堂宫殿塔井池坝渠旗盟营厅署司组课杯赛奖节周期感办制们老口点'),
);

/**
 * The part of NOT_NAME_FINAL that ends places and organisations but hardly ever a name (甘棠镇,
 * 龙泉乡, 市委): the trained tagger's own spans are held to these only, since 军, 林, 江, 山 and
 * the like also end many names (吴方军, 李富林, 张德江).
 */
export const PLACE_FINAL = new Set(Array.from('区县市省州镇乡村路街巷港站场厂矿店馆院校所局部处委会社队车船机器品性率法界网湖岛湾坡楼寺庙殿塔井池坝渠署司组课杯赛奖节期感办制们口点'));

/** Place and organisation suffixes that may follow a name-like word (卫东区, 王庄村). */
export const PLACE_SUFFIX = /^(?:区|县|市|省|州|镇|乡|村|路|街|大街|大道|社区|街道|小区|公司|集团|大学|学院|中学|小学|医院|银行|广场|公园|大桥|河|湖|山|岛|港|站|厂|矿|队|团|杯|赛|奖|号|牌|式|型|体|思想|理论|主义|精神)/u;

/** Characters that rarely end a name but often start the next word (张伟在, 王某说). */
export const NOT_LAST = new Set(Array.from('在说为是的了和与等向对将也都就又要把被从以到去来并及或已曾正还所之着过会能'));

/** Characters of foreign names in transliteration (克林顿, 普里马科夫, 阿尔比). */
export const TRANSLITERATION = new Set(
  Array.from(
    '阿埃艾爱安昂奥巴白拜班邦保贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜顿多厄恩尔法凡菲费芬丰弗福夫盖甘冈戈格古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉莱兰朗劳勒雷里理利莉丽连林琳卢鲁伦罗洛马玛迈麦曼梅门蒙米明莫姆穆纳娜内尼涅努诺欧帕佩彭皮普奇齐恰乔切琼萨塞桑瑟森沙莎舍什施史斯松苏索塔泰坦汤唐特提图托瓦万维韦温沃乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐珀娃姬丝黛妮芙芭鲍得姆士肖茨贝昆琪缇茜蕾薇娅珊露',
  ),
);

/**
 * Dictionary words that jieba tags as names but that are ordinary words in news text
 * (weather reports, slogans, common nouns).
 */
export const NOT_NAMES = new Set([
  '小雨', '多云', '阵雨', '雷阵雨', '中雨', '大雨', '文明', '明白', '高达', '卫星', '顾客', '阳光',
  '智慧', '关怀', '荣誉', '荣获', '弘扬', '师生', '明星', '金山', '巨龙', '古老', '容纳', '洪水',
  '王朝', '卫冕', '友谊', '令人', '连', '祝福', '田园', '康复', '冷清', '殷红', '卢布', '育人',
  '长鸣', '科普', '万人', '余人', '全印', '应出', '高新', '成才', '方便', '安全', '温暖', '和平',
  '江山', '黄金', '白云', '向前', '时代', '常年', '高峰', '高潮', '高度', '高于', '高温', '石油',
  '金融', '何时', '何地', '任何', '于是', '于此', '曾经', '方向', '方针', '方面', '华人', '华侨',
  '宁静', '甘肃', '贺电', '贺信', '祝贺', '雷锋精神', '钱财', '包括', '包装', '易于', '齐心',
  '齐全', '严重', '严格', '严肃', '孔子', '关于', '关心', '关键', '武装', '章程', '管理', '单位',
  '向阳', '时间', '时期', '党员', '常委', '江北', '江南', '明年', '明天',
  '史上', '史无前例', '农家乐', '戴帽', '苏醒', '连续', '连接', '宋体', '沙漠', '石头', '安然',
]);

/** Honorific and role words written right after a name (习近平总书记, 王勇同志). */
export const HONORIFIC_AFTER = /^(?:总书记|主席|总理|副总理|委员长|书记|院士|教授|总统|首相|同志|先生|女士|夫人|博士|老师|大使)/u;

/** Verbs and particles that follow a person's name in news (张伟指出, 王迎波说). */
export const VERB_AFTER = /^(?:指出|强调|表示|说|讲|介绍|主持|出席|要求|认为|称|告诉|宣布|提出|会见|会晤|看望|调研|视察|考察|参加|参观|率|带领|一行|等人|等同志|在|到|来到|前往|先后|代表|致辞|讲话|希望|感慨|回忆|透露|解释|坦言|笑着|答|问|摄)/u;
