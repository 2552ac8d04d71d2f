import type { ComponentChildren } from 'preact';
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

interface RowProps {
  main: string;
  detail: ComponentChildren;
  aside?: string;
  /** Whether the detail is Chinese text (titles, what a number counts). */
  chineseDetail?: boolean;
  title: string;
  onClick(): void;
}

/** One item of a list: activating it shows its first mention on the page. */
function Row({ main, detail, aside, chineseDetail = true, title, onClick }: RowProps) {
  return (
    <button type="button" class="row" onClick={onClick} title={title}>
      <span class="main" lang="zh-CN">
        {main}
      </span>
      <span class="detail" lang={chineseDetail ? 'zh-CN' : undefined}>
        {detail}
      </span>
      {aside && <span class="aside">{aside}</span>}
    </button>
  );
}

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
                <Row main={p.name} detail={p.titles.join('、')} aside={t.mentions(p.mentions)} title={t.reveal} onClick={() => onReveal(p.name)} />
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
                  <Row main={f.asWritten} detail={f.counts} title={t.reveal} onClick={() => onReveal(f.asWritten)} />
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
                <Row
                  main={term.headword}
                  detail={
                    <>
                      <span class="pinyin">{term.pinyin}</span> {term.english}
                    </>
                  }
                  chineseDetail={false}
                  aside={t.times(term.count)}
                  title={t.reveal}
                  onClick={() => onReveal(term.firstText)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
