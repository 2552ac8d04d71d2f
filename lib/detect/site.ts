/**
 * What the address says, as a weak prior only: a sports page on people.com.cn is not political
 * news, and a county government page usually is. Worth less than a few markers of content.
 */
export interface SitePrior {
  weight: number;
  reason?: string;
  /** Set on social networks, forums, Q&A sites, encyclopedias and blogs: their pages are not news articles. */
  notNews?: string;
}

/** Host suffixes and section names, matched by label (no regular expressions to compile per page). */
const GOVERNMENT = ['gov.cn', 'gov.hk', 'gov.mo', 'gov.tw', '12371.cn'];
const POLITICS_SECTION = new Set(
  'politics cpc leaders szyw gn gj world intl international mil military gov theory dangjian fanfu lianzheng gangao tw taiwan'.split(' '),
);
const OTHER_SECTION = new Set(
  ('sports sport nba cba ent yule fun finance money stock fund tech it digi mobile game games fashion style lady women house ' +
    'home jiaju edu gaokao travel lvyou health jiankang auto car baby food book novel blog bbs forum tieba zhidao baike wiki').split(' '),
);
const NOT_NEWS_HOST = [
  'weibo.com', 'weibo.cn', 'tieba.baidu.com', 'zhidao.baidu.com', 'baike.baidu.com', 'zhihu.com', 'douban.com',
  'wikipedia.org', 'baike.com', 'csdn.net', 'cnblogs.com', 'jianshu.com', 'pixnet.net', 'tianya.cn', 'hupu.com',
  'bilibili.com', 'xiaohongshu.com', 'douyin.com', 'kuaishou.com',
];
const NOT_NEWS_SUB = new Set(['bbs', 'forum', 'club', 'tieba', 'blog', 'wiki', 'baike', 'zhidao', 'ask', 'wenda']);

/** `host` is `domain` or one of its subdomains. */
function under(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** Some dot-separated label of `part` (a subdomain, a path segment such as gn.shtml) is in `names`. */
function hasLabel(part: string, names: Set<string>): boolean {
  return part.split('.').some((label) => names.has(label));
}

/** Index of the first of `chars` in `text` from `from`, or `text.length`. */
function firstOf(text: string, chars: string, from: number): number {
  let at = text.length;
  for (const ch of chars) {
    const i = text.indexOf(ch, from);
    if (i >= 0 && i < at) at = i;
  }
  return at;
}

/**
 * Host and path of an http(s) address, lower-cased, read with string operations: a URL object
 * (or a few more regular expressions to compile) costs more than the whole prior on a content
 * script's first call.
 */
function hostAndPath(url: string): [string, string] | undefined {
  const lower = url.toLowerCase();
  const start = lower.startsWith('https://') ? 8 : lower.startsWith('http://') ? 7 : -1;
  if (start < 0) return undefined;
  const end = firstOf(lower, '/?#', start);
  const authority = lower.slice(lower.lastIndexOf('@', end) + 1 || start, end);
  const port = authority.indexOf(':');
  const host = port < 0 ? authority : authority.slice(0, port);
  const path = lower[end] === '/' ? lower.slice(end, firstOf(lower, '?#', end)) : '/';
  return host ? [host, path] : undefined;
}

export function sitePrior(url: string): SitePrior {
  const parsed = hostAndPath(url);
  if (!parsed) return { weight: 0 };
  const [host, path] = parsed;
  if (NOT_NEWS_HOST.some((domain) => under(host, domain)) || NOT_NEWS_SUB.has(host.split('.')[0] ?? '')) {
    return { weight: 0, notNews: `${host} is a social, forum or reference site, not a news site` };
  }
  if (GOVERNMENT.some((domain) => under(host, domain))) return { weight: 1, reason: `a government site (${host})` };
  const sub = host.split('.').slice(0, -2).join('.');
  const section = path.split('/')[1] ?? '';
  if (hasLabel(sub, OTHER_SECTION) || hasLabel(section, OTHER_SECTION)) {
    return { weight: -1, reason: `a non-politics section of the site (${host}${path.slice(0, 12)})` };
  }
  if (hasLabel(sub, POLITICS_SECTION) || hasLabel(section, POLITICS_SECTION)) {
    return { weight: 1, reason: `a politics or world-news section (${host}${path.slice(0, 12)})` };
  }
  return { weight: 0 };
}
