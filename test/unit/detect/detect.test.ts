import { describe, expect, it } from 'vitest';
import { detect, gate } from '@/lib/detect';

const political =
  '区委书记周立明在全区领导干部会议上强调，要深入贯彻落实党中央决策部署，增强“四个意识”、坚定“四个自信”、做到“两个维护”，' +
  '以高质量发展为主题，推动区人大常委会和区政协各项工作落到实处，奋力开启现代化建设新征程。';
const sports =
  '在昨晚进行的联赛第十二轮比赛中，主队凭借下半场的两粒进球以二比一逆转客队。主教练赛后表示，球队在逆境中表现出了很强的韧性，' +
  '年轻前锋的第二个进球堪称本场最佳，球迷们在看台上为球员们送上了热烈的掌声。';

describe('gate', () => {
  it('closes on pages without Han, with kana, or with a few Han in much Latin text', () => {
    expect(gate('Just an English page about lighthouses.')?.verdict).toBe('none');
    expect(gate('東京都の図書館が再開しました。利用者は多くの本を借りています。')?.reason).toMatch(/Japanese/);
    expect(gate(`${'English words here and there. '.repeat(20)}中国`)?.verdict).toBe('none');
  });

  it('stays open for Chinese text', () => {
    expect(gate(sports)).toBeNull();
  });
});

describe('detect', () => {
  it('calls political news political, with reasons', () => {
    const result = detect(political);
    expect(result.verdict).toBe('political');
    expect(result.reasons.join(' ')).toMatch(/书记|意识/);
  });

  it('calls a sports report Chinese', () => {
    expect(detect(sports).verdict).toBe('chinese');
  });
});
