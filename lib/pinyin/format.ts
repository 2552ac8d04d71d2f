/** Colours of tones 1–4 (the neutral tone keeps the text colour); middle lightness, legible on light and dark pages. */
export const TONE_COLORS = ['#e5484d', '#2f9e63', '#3e7bfa', '#9b59d0'] as const;

/** How a syllable is shown over its character; data attributes always keep tone marks. */
export type ToneStyle = 'marks' | 'numbers' | 'zhuyin';

const MARKED: Record<string, [string, number]> = {};
for (const [plain, marks] of Object.entries({ a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ' })) {
  Array.from(marks).forEach((mark, i) => (MARKED[mark] = [plain, i + 1]));
}

/** `zhǎng` → { plain: 'zhang', tone: 3 }; a syllable without a mark has the neutral tone 5. */
export function parseSyllable(syllable: string): { plain: string; tone: number } {
  let tone = 5;
  let plain = '';
  for (const ch of syllable.normalize('NFC')) {
    const marked = MARKED[ch];
    if (marked) {
      plain += marked[0];
      tone = marked[1];
    } else plain += ch;
  }
  return { plain, tone };
}

const INITIALS: [string, string][] = [
  ['zh', 'ㄓ'], ['ch', 'ㄔ'], ['sh', 'ㄕ'], ['b', 'ㄅ'], ['p', 'ㄆ'], ['m', 'ㄇ'], ['f', 'ㄈ'],
  ['d', 'ㄉ'], ['t', 'ㄊ'], ['n', 'ㄋ'], ['l', 'ㄌ'], ['g', 'ㄍ'], ['k', 'ㄎ'], ['h', 'ㄏ'],
  ['j', 'ㄐ'], ['q', 'ㄑ'], ['x', 'ㄒ'], ['r', 'ㄖ'], ['z', 'ㄗ'], ['c', 'ㄘ'], ['s', 'ㄙ'],
];

const FINALS: Record<string, string> = {
  a: 'ㄚ', o: 'ㄛ', e: 'ㄜ', ê: 'ㄝ', ai: 'ㄞ', ei: 'ㄟ', ao: 'ㄠ', ou: 'ㄡ', an: 'ㄢ', en: 'ㄣ',
  ang: 'ㄤ', eng: 'ㄥ', er: 'ㄦ', ong: 'ㄨㄥ', i: 'ㄧ', ia: 'ㄧㄚ', ie: 'ㄧㄝ', iao: 'ㄧㄠ',
  iu: 'ㄧㄡ', ian: 'ㄧㄢ', in: 'ㄧㄣ', iang: 'ㄧㄤ', ing: 'ㄧㄥ', iong: 'ㄩㄥ', u: 'ㄨ',
  ua: 'ㄨㄚ', uo: 'ㄨㄛ', uai: 'ㄨㄞ', ui: 'ㄨㄟ', uan: 'ㄨㄢ', un: 'ㄨㄣ', uang: 'ㄨㄤ',
  ü: 'ㄩ', üe: 'ㄩㄝ', üan: 'ㄩㄢ', ün: 'ㄩㄣ',
};

/** Zero-initial spellings with y/w, rewritten to the finals they stand for. */
const ZERO_INITIAL: Record<string, string> = {
  yi: 'i', ya: 'ia', ye: 'ie', yao: 'iao', you: 'iu', yan: 'ian', yin: 'in', yang: 'iang',
  ying: 'ing', yong: 'iong', yu: 'ü', yue: 'üe', yuan: 'üan', yun: 'ün', wu: 'u', wa: 'ua',
  wo: 'uo', wai: 'uai', wei: 'ui', wan: 'uan', wen: 'un', wang: 'uang', weng: 'ueng',
};

const ZHUYIN_TONES = ['', '', 'ˊ', 'ˇ', 'ˋ'];

/** Bopomofo for one toneless syllable, or the syllable itself when it is not standard pinyin. */
function zhuyinOf(plain: string): string {
  const zero = ZERO_INITIAL[plain];
  if (zero) return zero === 'ueng' ? 'ㄨㄥ' : (FINALS[zero] ?? plain);
  const initial = INITIALS.find(([latin]) => plain.startsWith(latin));
  if (!initial) return FINALS[plain] ?? plain;
  let final = plain.slice(initial[0].length);
  // zhi chi shi ri zi ci si: the initial alone.
  if (final === 'i' && /^(zh|ch|sh|r|z|c|s)$/.test(initial[0])) return initial[1];
  // After j, q, x, u is written for ü.
  if (/^[jqx]$/.test(initial[0]) && final.startsWith('u')) final = `ü${final.slice(1)}`;
  const zhuyin = FINALS[final];
  return zhuyin ? initial[1] + zhuyin : plain;
}

/** One syllable in the chosen style: `zhǎng`, `zhang3` or `ㄓㄤˇ`. */
export function formatSyllable(syllable: string, style: ToneStyle): string {
  if (style === 'marks' || !syllable) return syllable;
  const { plain, tone } = parseSyllable(syllable);
  if (style === 'numbers') return `${plain.replace('ü', 'v')}${tone}`;
  const zhuyin = zhuyinOf(plain);
  return tone === 5 ? `˙${zhuyin}` : zhuyin + (ZHUYIN_TONES[tone] ?? '');
}
