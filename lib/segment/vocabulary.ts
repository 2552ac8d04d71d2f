import { glossaryEntries } from '../glossary/load';

/**
 * Words jieba must keep whole in political news: titles, institutions and set phrases. jieba's
 * own dictionary cuts many of them (区委书记 survives, 人大常委会主任 does not).
 */

/** Administrative levels that head a title or an institution: 区委书记, 县人大, 镇政府. */
const LEVELS = ['省', '市', '县', '区', '镇', '乡', '村', '州', '盟', '旗', '街道'];

/** Party committee posts, read after 省委 市委 县委 …: 区委书记, 市委副书记, 县委常委. */
const PARTY_POSTS = ['书记', '常委', '委员'];

/** Heads of a government level: 区长, 县长 (副县长 is cut 副 县长, as SIGHAN's gold cuts it). */
const HEADS = ['长'];

/**
 * Titles. Deputies (副局长) are left to jieba, which cuts them 副 局长 as SIGHAN's gold does; so
 * are titles that jieba's dictionary already has or that the gold cuts (党委 书记).
 */
const TITLES = [
  '党组书记', '党工委书记', '总书记', '第一书记',
  '人大常委会主任', '常委会主任', '政协主席',
  '纪委书记', '监委主任', '监察委员会主任', '组织部长', '宣传部长', '统战部长', '政法委书记',
  '局长', '处长', '科长', '厅长', '部长',
  '主任', '主席', '秘书长', '院长', '检察长',
  '庭长', '所长', '站长', '馆长', '校长', '行长', '董事长', '总经理', '理事长', '会长',
  '组长', '社长', '村支书', '常务委员', '人大代表',
  '政协委员', '区委常委', '市委常委', '县委常委',
];

const INSTITUTIONS = [
  '人大常委会', '政协常委会', '人民代表大会', '人民政府', '人民检察院',
  '人民法院', '监察委员会', '纪委监委', '纪律检查委员会', '组织部', '宣传部', '统战部',
  '政法委', '发改委', '人社局', '人力资源和社会保障局', '财政局', '教育局', '公安局',
  '民政局', '党支部', '党总支', '党工委', '创文办', '文明办', '创建办', '联络站',
  '中共中央', '党中央', '国务院', '全国人大', '全国政协', '中国人民政治协商会议',
  '区委', '市委', '县委', '省委', '市政府', '省政府', '区政协', '市政协',
];

const PHRASES = [
  '四个意识', '四个自信', '两个维护', '四个全面', '五位一体', '一府两院', '不忘初心', '牢记使命',
  '十四五', '十三五', '六稳', '六保', '放管服', '获得感', '幸福感', '安全感', '全面从严治党',
  '新发展理念', '新发展格局', '高质量发展', '乡村振兴', '共同富裕', '脱贫攻坚', '疫情防控',
  '复工复产', '扫黑除恶', '党史学习教育', '学史明理', '学史增信', '学史崇德', '学史力行',
  '以人民为中心', '人民至上', '生命至上', '营商环境', '样板区', '孺子牛', '拓荒牛', '老黄牛',
  '一线工作法', '风清气正', '稳中有进', '两学一做', '三严三实', '主题教育', '中心组',
  '新时代中国特色社会主义思想', '习近平新时代中国特色社会主义思想', '习近平法治思想',
  '初心', '为民', '践行', '参政议政', '民主监督', '政治协商', '建言资政', '凝聚共识', '履职尽责', '专班',
];

function levelWords(): string[] {
  const out: string[] = [];
  for (const level of LEVELS) {
    for (const post of PARTY_POSTS) out.push(`${level}委${post}`);
    for (const head of HEADS) out.push(`${level}${head}`);
    out.push(`${level}人大常委会主任`, `${level}政协主席`, `${level}人大常委会`);
  }
  return out;
}

/** The glossary's headwords and variants: every term must come out of jieba whole. */
function glossaryWords(): string[] {
  return glossaryEntries().flatMap((e) => [e.headword, ...(e.variants ?? [])]);
}

/**
 * The segmentation vocabulary: Tifa's titles, institutions and phrases, the glossary's terms,
 * plus `extra` (a page's known names, say). Duplicates removed, order kept.
 */
export function segmentVocabulary(extra: Iterable<string> = []): string[] {
  const all = [...levelWords(), ...TITLES, ...INSTITUTIONS, ...PHRASES, ...glossaryWords(), ...extra];
  return [...new Set(all.filter((w) => Array.from(w).length > 1))];
}
