import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Annotator } from '@/entrypoints/content-main/annotator';
import { collectGroups } from '@/entrypoints/content-main/collect';
import { addEarlyLayout } from '@/entrypoints/content-main/layout';
import type { ReadResult, Result } from '@/lib/messaging';

/** A stand-in for the background: one word per character, the syllable "py". */
async function fakeRead(texts: string[]): Promise<Result<ReadResult>> {
  return {
    ok: true,
    value: {
      tokens: texts.map((text) =>
        Array.from(text).map((ch) => (/\p{Script=Han}/u.test(ch) ? { w: ch, py: 'py' } : { w: ch })),
      ),
      entries: {},
    },
  };
}

/** fakeRead that also notes every text it was asked for. */
function recordingRead() {
  const asked: string[] = [];
  const read = async (texts: string[]) => {
    asked.push(...texts);
    return fakeRead(texts);
  };
  return { asked, read };
}

const live: Annotator[] = [];
function annotator(read = fakeRead) {
  const a = new Annotator({ doc: document, read, onChange: () => undefined });
  live.push(a);
  return a;
}
afterEach(() => {
  // An annotator left active keeps observing the shared body.
  for (const a of live.splice(0)) a.revert();
});

function textNodes(): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

beforeEach(() => {
  document.head.innerHTML = '<title>测试</title>';
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('data-tifa-progress');
});

describe('Annotator', () => {
  it('wraps each Han word, skips form fields, editable regions and scripts', async () => {
    document.body.innerHTML =
      '<p>区长<b>说</b>: ok</p><textarea>留言</textarea><div contenteditable="true">草稿</div>' +
      '<script>var s = "脚本";</script><input value="搜索">';
    await annotator().annotate();
    const words = Array.from(document.querySelectorAll('[data-tifa-py]')).map((el) => el.textContent);
    expect(words).toEqual(['区', '长', '说']);
    expect(document.documentElement.getAttribute('data-tifa-progress')).toBe('done');
  });

  it('reverts to the very same nodes and serialization, any number of times', async () => {
    document.body.innerHTML = '<article><h1>标题</h1><p>第一段<i>强调</i>文字。</p></article>';
    const before = document.documentElement.outerHTML;
    const nodes = textNodes();
    const a = annotator();
    for (let i = 0; i < 3; i++) {
      await a.annotate();
      expect(document.querySelectorAll('[data-tifa-py]').length).toBeGreaterThan(0);
      a.revert();
      expect(document.documentElement.outerHTML).toBe(before);
      expect(textNodes()).toEqual(nodes);
      expect(textNodes().every((n, k) => n === nodes[k])).toBe(true);
    }
  });

  it('marks progress working while it waits for the background', async () => {
    document.body.innerHTML = '<p>新闻</p>';
    let release: () => void = () => undefined;
    const slow = (texts: string[]) =>
      new Promise<Result<ReadResult>>((resolve) => {
        release = () => void fakeRead(texts).then(resolve);
      });
    const a = annotator(slow);
    const done = a.annotate();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.documentElement.getAttribute('data-tifa-progress')).toBe('working');
    release();
    await done;
    expect(document.documentElement.getAttribute('data-tifa-progress')).toBe('done');
  });

  it('reports a background that keeps failing, and the page keeps its text', async () => {
    document.body.innerHTML = '<p>新闻</p>';
    const a = annotator(async () => ({ ok: false, error: 'engine down' }));
    await a.annotate();
    expect(a.error).toBe('engine down');
    expect(document.body.textContent).toBe('新闻');
    expect(document.documentElement.getAttribute('data-tifa-progress')).toBe('error');
  });

  it('annotates content the page adds later, once', async () => {
    document.body.innerHTML = '<p>旧闻</p>';
    const a = annotator();
    await a.annotate();
    const p = document.createElement('p');
    p.textContent = '新增内容';
    document.body.append(p);
    await new Promise((r) => setTimeout(r, 400));
    expect(p.querySelectorAll('[data-tifa-py]').length).toBe(4);
    expect(document.querySelectorAll('[data-tifa-py] [data-tifa-py]').length).toBe(0);
    a.revert();
    expect(document.body.innerHTML).toBe('<p>旧闻</p><p>新增内容</p>');
  });

  it('uses the gate’s head start for the first words and asks only for the rest', async () => {
    document.body.innerHTML = '<h1>区长讲话</h1><p>会议<b>召开</b></p><p>群众</p>';
    const head = document.head.innerHTML;
    const before = document.body.innerHTML;
    addEarlyLayout(document);
    const { asked, read } = recordingRead();
    // The head start's words are on the page before the rest is collected and asked for.
    const shownAtFirstAsk: number[] = [];
    const watchingRead = (texts: string[]) => {
      shownAtFirstAsk.push(document.querySelectorAll('ruby[data-tifa-py]').length);
      return read(texts);
    };
    const first = collectGroups(document.body, 4);
    const a = new Annotator({ doc: document, read: watchingRead, onChange: () => undefined });
    live.push(a);
    await a.annotate({ groups: first, answer: fakeRead(first.map((g) => g.map((n) => n.data).join(''))) });
    expect(asked).toEqual(['会议召开', '群众']);
    expect(shownAtFirstAsk[0]).toBe(4);
    expect(a.words).toBe(10);
    // The annotator's stylesheet took over from the gate's early layout rule.
    expect(document.querySelectorAll('style[data-tifa-early-layout]')).toHaveLength(0);
    a.revert();
    expect(document.body.innerHTML).toBe(before);
    expect(document.head.innerHTML).toBe(head);
  });

  it('asks again for the head start’s words when its answer failed', async () => {
    document.body.innerHTML = '<h1>区长讲话</h1><p>会议</p>';
    const { asked, read } = recordingRead();
    const first = collectGroups(document.body, 4);
    const a = new Annotator({ doc: document, read, onChange: () => undefined });
    live.push(a);
    await a.annotate({ groups: first, answer: Promise.resolve({ ok: false, error: 'stopped' }) });
    expect(asked.sort()).toEqual(['会议', '区长讲话']);
    expect(a.words).toBe(6);
    expect(document.documentElement.getAttribute('data-tifa-progress')).toBe('done');
  });

  it('reads provisional words again once the engine answers, and reverts to the same nodes', async () => {
    document.body.innerHTML = '<p>区长<b>讲话</b></p><p>会议</p>';
    const before = document.body.innerHTML;
    const nodes = textNodes();
    let soonCalls = 0;
    const readSoon = async (texts: string[]): Promise<Result<ReadResult>> => {
      soonCalls++;
      const answer = await fakeRead(texts);
      if (!answer.ok) return answer;
      const tokens = answer.value.tokens.map((words) => words.map((t) => (t.py ? { ...t, py: 'pv' } : t)));
      return { ok: true, value: { tokens, entries: {}, provisional: true } };
    };
    const a = new Annotator({ doc: document, read: fakeRead, readSoon, onChange: () => undefined });
    live.push(a);
    await a.annotate();
    expect(soonCalls).toBe(1);
    const readings = Array.from(document.querySelectorAll('[data-tifa-py]')).map((el) => el.getAttribute('data-tifa-py'));
    expect(readings).toEqual(['py', 'py', 'py', 'py', 'py', 'py']);
    expect(document.querySelectorAll('[data-tifa-py] [data-tifa-py]').length).toBe(0);
    expect(a.words).toBe(6);
    a.revert();
    expect(document.body.innerHTML).toBe(before);
    expect(textNodes()).toEqual(nodes);
  });
});

describe('Annotator on live and structured pages', () => {
  it('reads text split across inline tags as one text, and skips code and pre', async () => {
    document.body.innerHTML = '<p>坚持<b>四个</b>意识</p><pre>代码</pre><p><code>变量</code></p>';
    const seen: string[] = [];
    const a = annotator(async (texts) => {
      seen.push(...texts);
      return fakeRead(texts);
    });
    await a.annotate();
    expect(seen).toEqual(['坚持四个意识']);
    expect(document.querySelector('b [data-tifa-py]')).not.toBeNull();
  });

  it('follows the page when it rewrites a text node that a run stands in for', async () => {
    document.body.innerHTML = '<p>阅读量</p>';
    const original = document.querySelector('p')?.firstChild as Text;
    const a = annotator();
    await a.annotate();
    expect(original.isConnected).toBe(false);
    original.data = '点赞数';
    await new Promise((r) => setTimeout(r, 300));
    expect(document.querySelector('p')?.textContent).toBe('点赞数');
    expect(document.querySelectorAll('[data-tifa-py]').length).toBe(3);
    a.revert();
    expect(document.querySelector('p')?.firstChild).toBe(original);
  });

  it('keeps a restless page from driving work up: at most one pass per second for page changes', async () => {
    document.body.innerHTML = '<p>首页</p><p id="ticker">计数0</p>';
    let calls = 0;
    const a = annotator(async (texts) => {
      calls++;
      return fakeRead(texts);
    });
    await a.annotate();
    const ticker = document.getElementById('ticker') as HTMLElement;
    let i = 0;
    const timer = setInterval(() => (ticker.textContent = `计数${++i}`), 5);
    await new Promise((r) => setTimeout(r, 2300));
    clearInterval(timer);
    expect(i).toBeGreaterThan(100);
    expect(calls).toBeLessThanOrEqual(1 + 3);
    await new Promise((r) => setTimeout(r, 1300));
    // Once the page is quiet, its latest text is annotated.
    expect(ticker.querySelectorAll('[data-tifa-py]').length).toBeGreaterThan(0);
    expect(ticker.textContent).toBe(`计数${i}`);
  });

  it('new display settings restyle the readings, not the words', async () => {
    document.body.innerHTML = '<p>长</p>';
    const a = annotator(async (texts) => ({ ok: true, value: { tokens: texts.map(() => [{ w: '长', py: 'zhǎng' }]), entries: {} } }));
    await a.annotate();
    // One attribute per word by default, an element per syllable with tone colours.
    expect(document.querySelector('rt')?.getAttribute('data-tifa-rt')).toBe('zhǎng');
    a.setDisplay({ position: 'under', tones: 'numbers', toneColors: false, size: 60, hoverOnly: false });
    expect(document.querySelector('rt')?.getAttribute('data-tifa-rt')).toBe('zhang3');
    a.setDisplay({ position: 'under', tones: 'zhuyin', toneColors: true, size: 60, hoverOnly: false });
    expect(document.querySelector('rt')?.hasAttribute('data-tifa-rt')).toBe(false);
    expect(document.querySelector('rt tifa-s')?.getAttribute('data-tifa-rt')).toBe('ㄓㄤˇ');
    expect(document.querySelector('[data-tifa-py]')?.getAttribute('data-tifa-py')).toBe('zhǎng');
    expect(document.querySelector('style[data-tifa-own]')?.textContent).toContain('ruby-position: under');
  });
});

const HAN = ['区', '长', '书', '记', '意', '识', '〇'];
const LATIN = ['a', 'B', ' ', '1', ',', '。'];
const text = fc
  .array(fc.constantFrom(...HAN, ...LATIN), { minLength: 1, maxLength: 8 })
  .map((chars) => chars.join(''));
type Tree = { tag: string; children: (Tree | string)[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom('p', 'div', 'span', 'b', 'a', 'textarea', 'script', 'code'),
    children: fc.array(fc.oneof({ depthSize: 'small' }, text, tie('node')), { maxLength: 4 }),
  }),
})).node;

function build(node: Tree | string): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const el = document.createElement(node.tag);
  // textarea and script hold text only
  if (node.tag === 'textarea' || node.tag === 'script') el.textContent = node.children.filter((c) => typeof c === 'string').join('');
  else for (const child of node.children) el.append(build(child));
  return el;
}

describe('revert, over random DOM trees', () => {
  it('restores the same nodes and serialization after any number of rounds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 3 }), async (trees, rounds) => {
        document.body.replaceChildren(...trees.map(build));
        const before = document.documentElement.outerHTML;
        const nodes = textNodes();
        const a = annotator();
        for (let i = 0; i < rounds; i++) {
          await a.annotate();
          a.revert();
        }
        expect(document.documentElement.outerHTML).toBe(before);
        expect(textNodes().every((n, k) => n === nodes[k])).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
