import { formatSyllable, parseSyllable, TONE_COLORS, type ToneStyle } from '@/lib/pinyin/format';
import { SIZE_RANGE, type Display } from '@/lib/settings';

const TONES: { value: ToneStyle; label: string }[] = [
  { value: 'marks', label: 'Tone marks (zhǎng)' },
  { value: 'numbers', label: 'Tone numbers (zhang3)' },
  { value: 'zhuyin', label: 'Zhuyin (ㄓㄤˇ)' },
];

const SAMPLE: [string, string][] = [
  ['区', 'qū'],
  ['长', 'zhǎng'],
  ['率', 'shuài'],
  ['先', 'xiān'],
];

interface Props {
  value: Display;
  onChange(next: Display): void;
}

/** The reading layer's look, with a live preview. */
export function DisplaySettings({ value, onChange }: Props) {
  const set = <K extends keyof Display>(key: K, v: Display[K]) => onChange({ ...value, [key]: v });
  return (
    <section aria-labelledby="look">
      <h2 id="look">How pinyin looks</h2>
      <fieldset>
        <legend>Position</legend>
        {(['over', 'under'] as const).map((position) => (
          <label key={position}>
            <input type="radio" name="position" checked={value.position === position} onChange={() => set('position', position)} />{' '}
            {position === 'over' ? 'Above the characters' : 'Below the characters'}
          </label>
        ))}
      </fieldset>
      <label>
        Tones{' '}
        <select value={value.tones} onChange={(e) => set('tones', e.currentTarget.value as ToneStyle)}>
          {TONES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={value.toneColors} onChange={(e) => set('toneColors', e.currentTarget.checked)} /> Colour
        syllables by tone
      </label>
      <label>
        Pinyin size{' '}
        <input
          type="range"
          min={SIZE_RANGE.min}
          max={SIZE_RANGE.max}
          value={value.size}
          onInput={(e) => set('size', Number(e.currentTarget.value))}
        />{' '}
        {value.size}%
      </label>
      <label>
        <input type="checkbox" checked={value.hoverOnly} onChange={(e) => set('hoverOnly', e.currentTarget.checked)} /> Show pinyin
        only while the pointer is over a word
      </label>
      <p class="preview" lang="zh-CN" aria-label="Preview" style={{ rubyPosition: value.position }}>
        {SAMPLE.map(([ch, py]) => {
          const { tone } = parseSyllable(py);
          return (
            <ruby key={ch}>
              {ch}
              <rt style={{ fontSize: `${value.size / 100}em`, color: value.toneColors ? TONE_COLORS[tone - 1] : undefined }}>
                {formatSyllable(py, value.tones)}
              </rt>
            </ruby>
          );
        })}
      </p>
    </section>
  );
}
