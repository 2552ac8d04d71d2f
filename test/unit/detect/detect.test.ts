import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { detectDocument, detectText, gate } from '@/lib/detect';
import { MARKER_INDEX } from '@/lib/detect/marker-index';
import { MARKER_GROUPS } from '@/lib/detect/markers';
import { declaresAnotherLanguage, gateByDeclaration, leavesAlone, titleIsChinese } from '@/lib/detect/gate';
import { indexMarkers } from '@/lib/detect/scan';
import { sitePrior } from '@/lib/detect/site';
import { simplifyForMarkers } from '@/lib/detect/traditional';

// Short texts written for these tests; the people and places are invented.
const POLITICAL =
  '本报讯（记者 林晓）4月12日，区委书记王迎波主持召开区委常委会会议，传达学习省委全会精神，研究部署当前重点工作。' +
  '会议强调，要深入贯彻落实党中央决策部署，增强“四个意识”、坚定“四个自信”、做到“两个维护”，坚持以高质量发展为主题。' +
  '区长陈立军在会上指出，各级领导干部要压实责任，把全面从严治党要求落到实处，推动区人大常委会和区政协各项工作再上新台阶。' +
  '会议还审议通过了《关于进一步加强基层治理的实施意见》，区委副书记、区委政法委书记出席会议。';

const TRADITIONAL =
  '本報訊（記者 陳明）市議會昨日召開第三次全體會議，市長李志遠出席並作施政報告。市長表示，市政府將推動交通建設與社會住宅，' +
  '議員就預算案提出質詢，議長宣布會議通過多項議案。行政院與立法院近日亦就地方財政問題舉行協商，國民黨與民進黨黨團均表達立場。';

const SPORTS =
  '在昨晚进行的联赛第十二轮比赛中，主队凭借下半场的两粒进球以二比一逆转客队。主教练赛后表示，球队在逆境中表现出了很强的韧性，' +
  '年轻前锋的第二个进球堪称本场最佳，球迷们在看台上为球员们送上了热烈的掌声。本赛季球队已经取得八连胜，暂列积分榜首位，' +
  '门将在比赛最后时刻扑出点球，帮助球队保住胜果。下一轮比赛球队将在客场挑战卫冕冠军。';

const FINANCE =
  '周三沪指低开高走，收盘上涨百分之零点八，深成指和创业板指同步走强，两市成交额超过九千亿元。板块方面，券商股集体拉升，' +
  '多只个股涨停；新能源板块跌幅居前。分析人士认为，上市公司一季度财报陆续披露，净利润同比增长的公司占比提高，' +
  '投资者情绪有所回暖，基金经理普遍看好后市，但提醒投资者注意估值风险。';

// An emigration story from a portal's study-abroad channel: foreign officials and a court, but its subject is migrants.
const EMIGRATION =
  '中新网5月8日电 据当地华文媒体报道，该国移民部日前公布新一年度技术移民配额，较上年增加两千个名额，' +
  '投资移民门槛则有所提高。移民部长在记者会上表示，新政策将优先考虑紧缺行业人才。当地一名移民官员因收受好处、' +
  '违规为申请人办理入籍手续，日前被法院判处监禁。不少华人家庭表示，孩子留学毕业后申请绿卡的等待时间明显变长，' +
  '移民中介提醒申请人提前准备语言成绩和工作证明，留意签证到期时间。';

// Reservoir resettlement is county government work, not emigration.
const RESETTLEMENT =
  '本报讯（记者 周岚）5月10日，县委书记李承平主持召开县委常委会会议，专题研究水库移民后期扶持工作。会议强调，' +
  '要认真贯彻落实党中央、国务院关于移民安置的决策部署，压实各级党委和政府责任，确保库区移民搬得出、稳得住、能致富。' +
  '县长赵明远要求，各乡镇要做好移民搬迁后续产业帮扶，县政府将统筹安排专项资金，推动移民安置点基础设施建设。';

// A regulator's quota news: a body of state speaks, but the subject is the securities market.
const QUOTAS =
  '国家外汇管理局日前表示，新一批QFII额度正在陆续审批，已有多家境外机构获批投资额度。一位证交所人士介绍，' +
  '今年以来境外资金通过QFII渠道买入A股的规模明显增加，ETF产品受到青睐，多只基金挂牌交易首日成交活跃。' +
  '分析人士认为，随着额度扩大，券商和基金经理将迎来更多机会，但投资者仍需关注汇率和估值变化。';

const JAPANESE =
  '東京都の図書館が三年ぶりに再開しました。利用者は朝から列を作り、多くの本を借りていきました。館長は「地域の皆さんに喜んでもらえて嬉しい」と話しています。';

const ENGLISH =
  'The lighthouse on the northern cape has been restored after two years of work. Volunteers repainted the tower and repaired the lamp.';

const window = new Window({ url: 'https://example.com/' });
afterAll(() => window.happyDOM.close());

function page(title: string, body: string): Document {
  return new window.DOMParser().parseFromString(
    `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`,
    'text/html',
  ) as unknown as Document;
}

const paragraphs = (text: string) =>
  text
    .split('。')
    .filter(Boolean)
    .map((sentence) => `<p>${sentence}。</p>`)
    .join('');

describe('gate', () => {
  it.each([
    ['English', ENGLISH, /no Chinese/],
    ['Japanese', JAPANESE, /Japanese/],
    ['a few Han in much English', `${ENGLISH.repeat(8)} 中国 北京`, /little Chinese|another language/],
  ])('closes on %s', (_name, text, reason) => {
    expect(gate(text)).toMatch(reason);
  });

  it.each([
    ['sports', SPORTS],
    ['Traditional', TRADITIONAL],
    ['a stray の in Chinese', `${SPORTS}我の家`],
  ])('stays open on %s', (_name, text) => {
    expect(gate(text)).toBeNull();
  });
});

describe('pages the gate leaves alone entirely', () => {
  it('are those without Chinese, Japanese ones and those declared in another language', () => {
    for (const text of [ENGLISH, JAPANESE]) expect(leavesAlone(gate(text) ?? '')).toBe(true);
    expect(leavesAlone(gateByDeclaration('en', 'Budget talks') ?? '')).toBe(true);
  });

  it('are not those with a little Chinese, which the popup can still annotate', () => {
    const reason = gate(`${ENGLISH.repeat(8)} 中国 北京`);
    expect(reason).not.toBeNull();
    expect(leavesAlone(reason ?? '')).toBe(false);
  });
});

describe('a Chinese title, before the body arrives', () => {
  it.each([
    ['a Chinese title', '区委书记主持召开常委会会议', true],
    ['a Traditional title', '立法會通過預算案', true],
    ['an English title', 'Budget talks resume', false],
    ['a Japanese title', '東京の天気', false],
    ['another Japanese title', '東京の天気予報', false],
    ['one stray character', 'Budget 中 talks', false],
    ['a Latin title', 'Beijing news', false],
  ])('%s', (_name, title, expected) => {
    expect(titleIsChinese(title)).toBe(expected);
  });
});

describe('gate by the declared language', () => {
  it('knows which declarations name another language', () => {
    expect(['en', 'en-GB', 'ja', ' fr '].map(declaresAnotherLanguage)).toEqual([true, true, true, true]);
    expect(['', 'und', 'zh', 'zh-Hant-TW', 'ZH-cn'].map(declaresAnotherLanguage)).toEqual([false, false, false, false, false]);
  });

  it('closes on a page declared in another language whose title has no Han', () => {
    expect(gateByDeclaration('en-GB', 'Budget talks resume in Brussels')).toMatch(/declared as en-GB/);
  });

  it.each([
    ['no declaration', '', 'Budget talks'],
    ['Chinese declared', 'zh-Hant-TW', 'Budget talks'],
    ['undetermined', 'und', 'Budget talks'],
    ['a Chinese title on an English-declared page', 'en', '区委书记主持召开会议'],
    ['a Japanese page (its kana are found in the text)', 'ja', '東京の天気'],
  ])('stays open with %s', (_name, lang, title) => {
    expect(gateByDeclaration(lang, title)).toBeNull();
  });
});

describe('detectText', () => {
  it.each([
    ['political news, Simplified', POLITICAL, 'political'],
    ['political news, Traditional', TRADITIONAL, 'political'],
    ['a sports report', SPORTS, 'chinese'],
    ['a market report', FINANCE, 'chinese'],
    ['Japanese', JAPANESE, 'none'],
    ['English', ENGLISH, 'none'],
  ])('calls %s %s', (_name, text, verdict) => {
    expect(detectText('', text).verdict).toBe(verdict);
  });

  it('gives its reasons in plain words', () => {
    const { reasons, score } = detectText('', POLITICAL);
    expect(score).toBeGreaterThan(0);
    expect(reasons[0]).toBe('Chinese political news');
    expect(reasons.join('\n')).toMatch(/institutional titles such as .*书记/);
    expect(reasons.join('\n')).toMatch(/officials named with their title, e\.g\. 区委书记王迎波/);
    expect(reasons.join('\n')).toMatch(/news form: opening \(本报讯\)/);
  });

  it('names the competing subject of a non-political page', () => {
    expect(detectText('', SPORTS).reasons.join('\n')).toMatch(/words of sports such as/);
  });

  it('reads emigration news as the study-abroad channel, not politics, despite its officials and court', () => {
    const detection = detectText('', EMIGRATION);
    expect(detection.verdict).toBe('chinese');
    expect(detection.reasons.join('\n')).toMatch(/words of education, study abroad and emigration such as 移民/);
  });

  it('reads reservoir resettlement (水库移民, 移民安置) as government work, not as emigration', () => {
    const detection = detectText('', RESETTLEMENT);
    expect(detection.verdict).toBe('political');
    expect(detection.reasons.join('\n')).not.toMatch(/emigration/);
  });

  it('reads quota news from a regulator as the securities market (QFII, A股, ETF)', () => {
    const detection = detectText('', QUOTAS);
    expect(detection.verdict).toBe('chinese');
    expect(detection.reasons.join('\n')).toMatch(/words of markets and business such as .*QFII/);
  });

  it('says why a Japanese page is not Chinese', () => {
    expect(detectText('', JAPANESE)).toEqual({ verdict: 'none', score: 0, reasons: ['Japanese text (kana present)'] });
  });
});

describe('detectDocument', () => {
  const MENU =
    '<nav><ul><li><a href="/a">习近平总书记重要讲话</a></li><li><a href="/b">区委书记王迎波调研乡村振兴</a></li>' +
    '<li><a href="/c">全国人大常委会审议通过法案</a></li><li><a href="/d">国务院常务会议部署重点工作</a></li></ul></nav>' +
    '<div class="links"><a href="/e">中央纪委国家监委通报</a> <a href="/f">政协委员建言献策</a> <a href="/g">省委常委会召开会议</a></div>';

  it('reads the article, not the menu: a sports report under a political menu is Chinese', () => {
    const doc = page('主队逆转客队 取得八连胜_体育频道', `${MENU}<article><h1>主队逆转客队 取得八连胜</h1>${paragraphs(SPORTS)}</article>`);
    const detection = detectDocument(doc, 'https://news.example.cn/sports/2024/1.html');
    expect(detection.verdict).toBe('chinese');
    expect(detection.reasons.join('\n')).not.toMatch(/总书记/);
  });

  it('calls a political article political, with the menu around it', () => {
    const doc = page('区委常委会召开会议_松岭新闻网', `${MENU}<div id="content"><h1>区委常委会召开会议</h1>${paragraphs(POLITICAL)}</div>`);
    expect(detectDocument(doc, 'https://www.example.gov.cn/news/1.html').verdict).toBe('political');
  });

  it('finds the article by the h1 that repeats the title, after many teaser headings', () => {
    const teasers = '<h2><a href="/t">主队逆转客队 取得八连胜</a></h2>'.repeat(80);
    const doc = page('区委常委会召开会议_松岭新闻网', `<div class="teasers">${teasers}</div><div><h1>区委常委会召开会议</h1>${paragraphs(POLITICAL)}</div>`);
    const detection = detectDocument(doc, 'https://news.example.cn/a/1.html');
    expect(detection.verdict).toBe('political');
    expect(detection.reasons.join('\n')).not.toMatch(/sports/);
  });

  it('calls a Traditional council report political', () => {
    const doc = page('市議會召開全體會議', `<h1>市議會召開全體會議</h1>${paragraphs(TRADITIONAL)}`);
    expect(detectDocument(doc, 'https://news.example.tw/1').verdict).toBe('political');
  });

  it.each([
    ['Japanese', JAPANESE, 'none'],
    ['English', ENGLISH, 'none'],
    ['finance', FINANCE, 'chinese'],
  ])('calls a %s page %s', (_name, text, verdict) => {
    const doc = page('Page', paragraphs(text));
    expect(detectDocument(doc, 'https://example.com/a').verdict).toBe(verdict);
  });

  it('calls a Chinese page with no running text Chinese', () => {
    const doc = page('导航', '<ul><li><a href="/1">新闻中心</a></li><li><a href="/2">体育频道</a></li></ul>'.repeat(6));
    expect(detectDocument(doc, 'https://example.cn/').verdict).toBe('chinese');
  });
});

describe('markers', () => {
  it('lists each marker once', () => {
    const all = Object.values(MARKER_GROUPS).flat();
    const repeated = all.filter((marker, i) => all.indexOf(marker) !== i);
    expect(repeated).toEqual([]);
  });

  it('recognises Traditional forms of the markers', () => {
    expect(simplifyForMarkers('區委書記與國務院總理會見')).toBe('区委书记与国务院总理会见');
    expect(simplifyForMarkers('区委书记')).toBe('区委书记');
  });
});

describe('readingText', async () => {
  const { Window } = await import('happy-dom');
  const { readingText } = await import('@/lib/detect/main-text');
  it('keeps every article and byline, leaves menus and link lists out', () => {
    const window = new Window();
    window.document.body.innerHTML =
      '<nav><a href="#">首页</a><a href="#">要闻</a><a href="#">时政</a></nav>' +
      '<main><article><h1>区政协召开常委会议</h1><p>区政协主席孙慧敏主持会议并讲话。</p></article>' +
      '<article><p>副区长杨帆调研重点项目建设情况。</p></article><p class="editor">责任编辑：方志刚</p></main>' +
      '<aside><ul><li><a href="#">区委常委会召开会议研究部署近期重点工作</a></li></ul></aside>';
    const text = readingText(window.document as unknown as Document);
    expect(text).toContain('孙慧敏');
    expect(text).toContain('杨帆');
    expect(text).toContain('责任编辑：方志刚');
    expect(text).not.toContain('区委常委会召开会议');
    expect(text).not.toContain('首页');
  });
});

describe('marker index', () => {
  it('is built from the current lists (npx jiti scripts/detect/build-markers.ts)', () => {
    expect(MARKER_INDEX).toEqual(indexMarkers(MARKER_GROUPS));
  });
});

describe('sitePrior', () => {
  it.each([
    ['https://www.example.gov.cn/news/1.html', 1],
    ['https://news.example.cn/sports/2024/1.html', -1],
    ['https://user:pw@Sports.Example.com.cn:8080/a?x=1#y', -1],
    ['https://news.example.cn/a.html?from=/sports/', 0],
    ['http://world.example.com', 1],
    ['https://example.com/politics', 1],
    ['about:blank', 0],
    ['not a url', 0],
  ])('weighs %s as %d', (url, weight) => {
    expect(sitePrior(url).weight).toBe(weight);
  });

  it('knows a forum is not news, whatever its section', () => {
    expect(sitePrior('https://tieba.baidu.com/p/1').notNews).toMatch(/forum/);
  });
});
