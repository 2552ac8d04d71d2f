import type { ToneStyle } from './pinyin/format';

/** How the reading layer looks. */
export interface Display {
  /** Pinyin over or under the characters. */
  position: 'over' | 'under';
  tones: ToneStyle;
  /** Colour each syllable by its tone. */
  toneColors: boolean;
  /** Size of the pinyin relative to the text, in percent. */
  size: number;
  /** Show a word's pinyin only while the pointer is over it. */
  hoverOnly: boolean;
}

export const DEFAULT_DISPLAY: Display = {
  position: 'over',
  tones: 'marks',
  toneColors: false,
  size: 55,
  hoverOnly: false,
};

export const SIZE_RANGE = { min: 35, max: 90 } as const;

/** Any stored value, made into a valid Display: unknown or broken fields take their defaults. */
export function normalizeDisplay(value: unknown): Display {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Display, unknown>>;
  const size = typeof v.size === 'number' && Number.isFinite(v.size) ? v.size : DEFAULT_DISPLAY.size;
  return {
    position: v.position === 'under' ? 'under' : 'over',
    tones: v.tones === 'numbers' || v.tones === 'zhuyin' ? v.tones : 'marks',
    toneColors: v.toneColors === true,
    size: Math.min(SIZE_RANGE.max, Math.max(SIZE_RANGE.min, Math.round(size))),
    hoverOnly: v.hoverOnly === true,
  };
}
