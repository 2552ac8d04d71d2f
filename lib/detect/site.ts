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

const GOVERNMENT = /(?:^|\.)(?:gov\.cn|gov\.hk|gov\.mo|gov\.tw|12371\.cn|ccdi\.gov\.cn)$/;
const POLITICS_SECTION =
  /(?:^|[./])(?:politics|cpc|leaders|szyw|gn|gj|world|intl|international|mil|military|gov|theory|dangjian|fanfu|lianzheng|gangao|tw|taiwan)(?:[./]|$)/;
const OTHER_SECTION =
  /(?:^|[./])(?:sports?|nba|cba|ent|yule|fun|finance|money|stock|fund|tech|it|digi|mobile|games?|fashion|style|lady|women|house|home|jiaju|edu|gaokao|travel|lvyou|health|jiankang|auto|car|baby|food|book|novel|blog|bbs|forum|tieba|zhidao|baike|wiki)(?:[./]|$)/;

const NOT_NEWS_HOST =
  /(?:^|\.)(?:weibo\.com|weibo\.cn|tieba\.baidu\.com|zhidao\.baidu\.com|baike\.baidu\.com|zhihu\.com|douban\.com|wikipedia\.org|baike\.com|csdn\.net|cnblogs\.com|jianshu\.com|pixnet\.net|tianya\.cn|hupu\.com|bilibili\.com|xiaohongshu\.com|douyin\.com|kuaishou\.com)$/;
const NOT_NEWS_SUB = /^(?:bbs|forum|club|tieba|blog|wiki|baike|zhidao|ask|wenda)\./;

export function sitePrior(url: string): SitePrior {
  let host: string;
  let path: string;
  try {
    const parsed = new URL(url);
    host = parsed.hostname.toLowerCase();
    path = parsed.pathname.toLowerCase();
  } catch {
    return { weight: 0 };
  }
  if (NOT_NEWS_HOST.test(host) || NOT_NEWS_SUB.test(host)) {
    return { weight: 0, notNews: `${host} is a social, forum or reference site, not a news site` };
  }
  if (GOVERNMENT.test(host)) return { weight: 1, reason: `a government site (${host})` };
  const sub = host.split('.').slice(0, -2).join('.');
  if (OTHER_SECTION.test(sub) || OTHER_SECTION.test(path.split('/')[1] ?? '')) {
    return { weight: -1, reason: `a non-politics section of the site (${host}${path.slice(0, 12)})` };
  }
  if (POLITICS_SECTION.test(sub) || POLITICS_SECTION.test(path.split('/')[1] ?? '')) {
    return { weight: 1, reason: `a politics or world-news section (${host}${path.slice(0, 12)})` };
  }
  return { weight: 0 };
}
