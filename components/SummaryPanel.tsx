import type { Figure, FigureKind } from '@/lib/figures';
import type { Strings } from '@/lib/i18n';
import type { PageSummary } from '@/lib/messaging';

interface Props {
  summary: PageSummary;
  t: Strings;
  /** Scrolls the page to the first mention of `text`. */
  onReveal(text: string): void;
}

const KIND_ORDER: FigureKind[] = ['money', 'people', 'percent', 'count', 'other'];

/** People, key numbers and glossary terms of the article; every row shows its mention on the page. */
export function SummaryPanel({ summary, t, onReveal }: Props) {
  const byKind = new Map<FigureKind, Figure[]>();
  for (const figure of summary.figures) byKind.set(figure.kind, [...(byKind.get(figure.kind) ?? []), figure]);
  return (
    <div class="summary">
      <section aria-labelledby="people-h">
        <h2 id="people-h">
          {t.people} <span class="count">{summary.people.length}</span>
        </h2>
        {summary.people.length === 0 ? (
          <p class="muted">{t.noPeople}</p>
        ) : (
          <ul class="rows">
            {summary.people.map((p) => (
              <li key={p.name} data-tifa-person={p.name}>
                <button type="button" class="row" onClick={() => onReveal(p.name)} title={t.reveal}>
                  <span class="main" lang="zh-CN">
                    {p.name}
                  </span>
                  <span class="detail" lang="zh-CN">
                    {p.titles.join('、')}
                  </span>
                  {p.mentions > 1 && <span class="aside">{t.mentions(p.mentions)}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="numbers-h">
        <h2 id="numbers-h">
          {t.numbers} <span class="count">{summary.figures.length}</span>
        </h2>
        {summary.figures.length === 0 && <p class="muted">{t.noNumbers}</p>}
        {KIND_ORDER.filter((kind) => byKind.has(kind)).map((kind) => (
          <div key={kind} class="group">
            <h3>{t.kinds[kind]}</h3>
            <ul class="rows">
              {(byKind.get(kind) ?? []).map((f) => (
                <li key={`${f.asWritten}@${f.firstIndex}`} data-tifa-figure={f.asWritten}>
                  <button type="button" class="row" onClick={() => onReveal(f.asWritten)} title={t.reveal}>
                    <span class="main" lang="zh-CN">
                      {f.asWritten}
                    </span>
                    <span class="detail" lang="zh-CN">
                      {f.counts}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      <section aria-labelledby="terms-h">
        <h2 id="terms-h">
          {t.terms} <span class="count">{summary.terms.length}</span>
        </h2>
        {summary.terms.length === 0 ? (
          <p class="muted">{t.noTerms}</p>
        ) : (
          <ul class="rows">
            {summary.terms.map((term) => (
              <li key={term.headword} data-tifa-term-row={term.headword}>
                <button type="button" class="row" onClick={() => onReveal(term.firstText)} title={t.reveal}>
                  <span class="main" lang="zh-CN">
                    {term.headword}
                  </span>
                  <span class="detail">
                    <span class="pinyin">{term.pinyin}</span> {term.english}
                  </span>
                  <span class="aside">{t.times(term.count)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
