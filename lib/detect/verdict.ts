import type { Verdict } from '../messaging';
import { POLITICAL_GROUPS, TOPIC_GROUPS, TOPIC_NAMES, type MarkerGroup, type TopicGroup } from './markers';
import type { Signals } from './signals';
import type { SitePrior } from './site';

export interface Detection {
  verdict: Verdict;
  /**
   * Evidence for political news, in weighted markers per thousand Han characters, less the
   * strongest competing subject, plus news form and the site prior. `political` from
   * POLITICAL_SCORE up; 0 when the gate closed.
   */
  score: number;
  /** Plain-English reasons, most telling first. */
  reasons: string[];
}

const POLITICAL_SCORE = 12.5;
/** Short texts are measured as if they were this long, so three markers in a headline are not a density of 100. */
const MIN_HAN = 400;
const WEIGHTS: Record<(typeof POLITICAL_GROUPS)[number], number> = {
  title: 1,
  body: 1,
  politics: 0.6,
  meeting: 0.8,
  affairs: 1.2,
};
const NAMED_WEIGHT = 2;
const SESSION_WEIGHT = 2;
/** A body of state as the subject of an announcement (卫生部通报): as strong as a named official and a half. */
const VOICE_WEIGHT = 3;
const NEWS_FORM_MAX = 8;
const SITE_WEIGHT = 4;
/**
 * The headline model's log-odds (lib/detect/headline.ts) count at this rate, up to HEADLINE_MAX
 * either way: a headline that reads plainly as current affairs, or plainly as another subject,
 * weighs as much as a dateline.
 */
const HEADLINE_WEIGHT = 0.5;
const HEADLINE_MAX = 6;
const TOPIC_WEIGHT = 1.1;
/** Below this share of running text the page is a list of headlines or links, not an article. */
const PROSE_SHARE = 0.4;
const CAP = 60;
/** At least this many different political markers: one word repeated is not a subject. */
const MIN_DISTINCT = 2;
const REPEAT = 2;

const GROUP_NAMES: Record<(typeof POLITICAL_GROUPS)[number], string> = {
  title: 'institutional titles',
  body: 'state, party or foreign-policy bodies',
  politics: 'political vocabulary',
  meeting: 'meetings and documents',
  affairs: 'leaders, Hong Kong, Macau or Taiwan affairs',
};

function total(counts: Map<string, number> | undefined): number {
  let sum = 0;
  for (const n of counts?.values() ?? []) sum += n;
  return sum;
}

/** Occurrences with diminishing returns past the second: one word repeated is not a subject. */
function weight(counts: Map<string, number> | undefined): number {
  let sum = 0;
  for (const n of counts?.values() ?? []) sum += n <= REPEAT ? n : REPEAT + (n - REPEAT) / 2;
  return sum;
}

/** "12 institutional titles such as 区委书记, 市长" */
function describe(count: number, name: string, counts: Map<string, number>): string {
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([m]) => m);
  return `${count} ${name} such as ${top.join(', ')}`;
}

function strongestTopic(markers: Map<MarkerGroup, Map<string, number>>): [TopicGroup, number] {
  let best: [TopicGroup, number] = [TOPIC_GROUPS[0], 0];
  for (const group of TOPIC_GROUPS) {
    const n = total(markers.get(group));
    if (n > best[1]) best = [group, n];
  }
  return best;
}

/** Weigh the signals into a verdict on a page already known to be Chinese. */
export function weigh(signals: Signals, site: SitePrior): Detection {
  const per = 1000 / Math.max(signals.han, MIN_HAN);
  /** Each reason is written only when the reasons are read (by the popup), not on every page. */
  const parts: Array<[number, () => string]> = [];
  let evidence = 0;
  let distinct = 0;
  for (const group of POLITICAL_GROUPS) {
    const counts = signals.markers.get(group);
    const n = total(counts);
    distinct += counts?.size ?? 0;
    if (!counts || n === 0) continue;
    const value = WEIGHTS[group] * weight(counts) * per;
    evidence += value;
    parts.push([value, () => describe(n, GROUP_NAMES[group], counts)]);
  }
  const named = signals.namedOfficials.length;
  if (named > 0) {
    evidence += NAMED_WEIGHT * named * per;
    parts.push([NAMED_WEIGHT * named * per, () => `${named} officials named with their title, e.g. ${signals.namedOfficials[0]}`]);
  }
  const sessions = signals.sessions.length;
  if (sessions > 0) {
    evidence += SESSION_WEIGHT * sessions * per;
    parts.push([SESSION_WEIGHT * sessions * per, () => `sessions or documents of state: ${signals.sessions[0]}`]);
  }
  const voice = signals.officialVoice.length;
  if (voice > 0) {
    evidence += VOICE_WEIGHT * voice * per;
    parts.push([VOICE_WEIGHT * voice * per, () => `bodies of state speaking: ${signals.officialVoice.slice(0, 2).join(', ')}`]);
  }
  let score = Math.min(evidence, CAP);
  if (signals.newsForm.length > 0) {
    const bonus = Math.min(NEWS_FORM_MAX, signals.newsForm.reduce((sum, f) => sum + f.weight, 0));
    score += bonus;
    parts.push([bonus, () => `news form: ${signals.newsForm.slice(0, 2).map((f) => f.form).join(', ')}`]);
  }
  const headline = signals.headline;
  if (headline.known > 0) {
    const lean = Math.max(-HEADLINE_MAX, Math.min(HEADLINE_MAX, HEADLINE_WEIGHT * headline.logit));
    score += lean;
    const words = headline.telling.length > 0 ? ` (${headline.telling.join(', ')})` : '';
    parts.push([Math.abs(lean), () => (lean >= 0 ? `headline reads as current affairs${words}` : `against: headline reads as another subject${words}`)]);
  }
  if (site.reason && site.weight !== 0) {
    score += SITE_WEIGHT * site.weight;
    parts.push([SITE_WEIGHT * Math.abs(site.weight), () => `site: ${site.reason}`]);
  }
  const [topic, topicCount] = strongestTopic(signals.markers);
  const against = TOPIC_WEIGHT * topicCount * per;
  if (topicCount > 0) {
    score -= against;
    const counts = signals.markers.get(topic) ?? new Map<string, number>();
    parts.push([against, () => `against: ${describe(topicCount, `${topicCount === 1 ? 'word' : 'words'} of ${TOPIC_NAMES[topic]}`, counts)}`]);
  }
  if (signals.proseShare < PROSE_SHARE) {
    score = Math.min(score, score / 2);
    parts.push([score, () => 'mostly headlines or lists, little running text']);
  }
  if (site.notNews) {
    score = Math.min(score, score / 3);
    parts.push([score, () => `site: ${site.notNews}`]);
  }
  score = Math.round(score * 10) / 10;
  const political = score >= POLITICAL_SCORE && distinct + voice >= MIN_DISTINCT;
  let reasons: string[] | undefined;
  return {
    verdict: political ? 'political' : 'chinese',
    score,
    get reasons() {
      reasons ??= [
        political ? 'Chinese political news' : 'Chinese text, not political news',
        ...parts.sort((a, b) => b[0] - a[0]).map(([, say]) => say()),
      ];
      return reasons;
    },
  };
}
