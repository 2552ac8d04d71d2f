import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DisplaySettings } from '@/components/DisplaySettings';
import { DEFAULT_DISPLAY, normalizeDisplay } from '@/lib/settings';

describe('DisplaySettings', () => {
  it('previews the chosen tone style and reports changes', () => {
    const onChange = vi.fn();
    const { rerender } = render(<DisplaySettings value={DEFAULT_DISPLAY} onChange={onChange} />);
    expect(screen.getByLabelText('Preview').textContent).toContain('zhǎng');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'zhuyin' } });
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_DISPLAY, tones: 'zhuyin' });
    rerender(<DisplaySettings value={{ ...DEFAULT_DISPLAY, tones: 'zhuyin' }} onChange={onChange} />);
    expect(screen.getByLabelText('Preview').textContent).toContain('ㄓㄤˇ');
  });
});

describe('normalizeDisplay', () => {
  it('repairs broken or foreign stored values field by field', () => {
    expect(normalizeDisplay(null)).toEqual(DEFAULT_DISPLAY);
    expect(normalizeDisplay({ tones: 'klingon', size: 500, position: 'under' })).toEqual({
      ...DEFAULT_DISPLAY,
      size: 90,
      position: 'under',
    });
  });
});
