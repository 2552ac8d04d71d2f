/**
 * Titles of office as Chinese news writes them before a name: an organisation prefix (卫东区,
 * 区人大常委会, 河口村党支部) and a post (书记, 区长, 主任). The posts are data; the prefix is
 * whatever stands before the post in the same clause, up to a word that cannot be part of a title.
 */

/** Posts, longest first when matched. 副 and 常务副 combine with any of them. */
const POSTS = [
  // party
  '总书记', '书记', '第一书记', '常委', '委员', '常务委员', '组长', '秘书长', '部长', '政委',
  // government and people's congress / CPPCC
  '总理', '国务委员', '主任', '主席', '常务主席', '委员长', '省长', '市长', '区长', '县长', '州长',
  '旗长', '乡长', '镇长', '村长', '盟长', '局长', '厅长', '处长', '科长', '司长', '署长', '主任委员',
  '检察长', '院长', '庭长', '审判长', '所长', '站长', '队长', '馆长', '校长', '社长', '行长',
  '会长', '理事长', '董事长', '总经理', '经理', '总指挥', '指挥长', '主委', '专员', '监察专员',
  '调研员', '巡视员', '督察长', '总监', '总编辑', '主编', '团长', '司令员', '参谋长', '指导员',
  // representatives and professions named as titles
  '代表', '人大代表', '政协委员', '院士', '教授', '研究员', '博士', '工程师', '总工程师',
  // foreign offices
  '总统', '副总统', '首相', '外长', '外交部长', '国务卿', '大使', '议长', '国王', '女王', '王储',
];

const POST_PATTERN = new RegExp(`(?:${[...POSTS].sort((a, b) => b.length - a.length).join('|')})$`, 'u');

/**
 * Words as a set with their lengths: a suffix or prefix test is a few lookups, where an anchored
 * alternation of a hundred words is tried at every position (names.ts asks at every surname).
 */
export interface WordSet {
  words: ReadonlySet<string>;
  lengths: readonly number[];
  /** First and last characters of the words, to turn most texts away with one lookup. */
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
}

export function wordSet(words: Iterable<string>): WordSet {
  const set = new Set(words);
  const list = [...set];
  return {
    words: set,
    lengths: [...new Set(list.map((w) => w.length))].sort((a, b) => a - b),
    first: new Set(list.map((w) => w[0]!)),
    last: new Set(list.map((w) => w.at(-1)!)),
  };
}

export function endsWithWord(text: string, set: WordSet): boolean {
  if (!set.last.has(text.at(-1) ?? '')) return false;
  return set.lengths.some((len) => len <= text.length && set.words.has(text.slice(text.length - len)));
}

function startsWithWord(text: string, set: WordSet): boolean {
  if (!set.first.has(text[0] ?? '')) return false;
  return set.lengths.some((len) => len <= text.length && set.words.has(text.slice(0, len)));
}

const POST_SET = wordSet(POSTS);

/** Whether `text` ends with a post (区委书记, 区长, 副主任). */
export function endsWithPost(text: string): boolean {
  return endsWithWord(text, POST_SET);
}

/** Whether `text` starts with a post (李铁辰校长说), 副 or 常务副 before it allowed. */
export function startsWithPost(text: string): boolean {
  const rest = text.startsWith('常务副') ? text.slice(3) : text.startsWith('副') ? text.slice(1) : text;
  return startsWithWord(rest, POST_SET) || (rest !== text && startsWithWord(text, POST_SET));
}

/** The post at the end of a title and the organisation before it (卫东区人社局 + 局长). */
export function splitTitle(title: string): { organisation: string; post: string } {
  const m = POST_PATTERN.exec(title);
  if (!m) return { organisation: '', post: title };
  let organisation = title.slice(0, m.index);
  let post = m[0];
  const deputy = /(?:常务副|副)$/u.exec(organisation);
  if (deputy) {
    organisation = organisation.slice(0, deputy.index);
    post = deputy[0] + post;
  }
  return { organisation, post };
}

/**
 * Characters that end a title prefix when read right to left: particles, prepositions, verbs of
 * motion. 今年56岁的河口村党支部书记 keeps 河口村党支部书记. Organisation words that contain one
 * of them (上海, 对外) are read whole first.
 */
export const TITLE_STOP = /[的在了和与同由对向将是上时请据被把从为以于等并或而到给让使称说及\d\s·“”"‘’']/u;
export const TITLE_STOP_EXCEPTIONS = ['上海', '对外', '和平', '同济', '为民'];

/** Tags of words that cannot be part of a title (verbs, prepositions, particles, numbers, time). */
export const TITLE_STOP_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'f', 't', 'm', 'r', 'd', 'ad', 'q', 'y', 'e', 'o']);
