/**
 * Ordinary words that contain a short glossary term without meaning it: 周四上午 is not about
 * 四上 enterprises, 非常委屈 has no 常委 in it. The matcher treats each as a match without a
 * headword, so that, being longer, it hides the term; when the segmenter's word boundaries are
 * given, short terms must also line up with them. Grouped by the term they guard.
 */
export const BLOCKERS: readonly string[] = [
  // 四上
  '周四上', '星期四上', '礼拜四上', '第四上', '十四上', '四上午', '四上班', '四上学', '四上课', '四上涨', '四上升', '四上市', '四上映', '四上场', '四上线', '四上海',
  // 常委
  '非常委', '正常委', '通常委', '日常委', '异常委', '经常委',
  // 全会
  '安全会', '完全会', '健全会', '全会员', '保全会',
  // 人大
  '个人大', '让人大', '令人大', '使人大', '叫人大', '人大量', '人大多', '人大约', '人大幅', '人大胆', '人大叫', '人大笑', '人大哭', '人大喊', '人大吃', '人大惊', '人大失', '人大步', '人大概', '私人大', '工人大', '人大胜', '人大败', '人大战', '人大赛',
  // 区委 市委 县委 省委: 卫东区委员会 is also a CPPCC committee; 常委 常务委员 in the name of a committee
  '区委员', '市委员', '县委员', '省委员', '常委会', '常务委员会',
  // 市长 县长 区长 省长 书记
  '城市长', '超市长', '都市长', '股市长', '门市长', '地区长', '社区长', '园区长', '景区长', '山区长', '郊区长', '节省长', '书记员', '立法院', '司法院',
  // 干部 党组 党委 低保 双开 创文 总理
  '骨干部', '主干部', '躯干部', '树干部', '党组织', '党委员', '降低保', '减低保', '低保温', '低保护', '双开门', '双开关', '原创文', '首创文', '独创文', '总理事',
  // 下沉 提案 小康 新冠 初心
  '下沉式', '新冠军', '初心者',
];
