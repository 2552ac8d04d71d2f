/** The popup's words in English and Chinese. */
export type Language = 'en' | 'zh';

const EN = {
  loading: 'Reading the page…',
  verdict: { political: 'Chinese political news', chinese: 'Chinese text, not political news', none: 'Not a Chinese page' },
  progress: { idle: 'Not annotated', working: 'Annotating…', done: 'Annotated', error: 'Annotation failed' },
  words: (n: number) => `${n} words`,
  annotate: 'Annotate this page',
  annotateAgain: 'Annotate new text',
  turnOff: 'Turn off',
  turnOn: 'Turn on',
  openInTab: 'Open in a tab',
  settings: 'Settings',
  people: 'People',
  numbers: 'Key numbers',
  terms: 'Terms',
  noPeople: 'No named people found.',
  noNumbers: 'No key numbers found.',
  noTerms: 'No glossary terms found.',
  unreachable:
    'Tifa is not active in this tab. It leaves pages without Chinese text alone; browser pages and the web store are off limits; a page opened before Tifa was installed needs a reload.',
  mentions: (n: number) => (n > 1 ? `${n} mentions` : ''),
  times: (n: number) => `×${n}`,
  kinds: { money: 'Money', people: 'People', percent: 'Percentages', count: 'Counts', other: 'Other' },
  copyMarkdown: 'Copy as Markdown',
  copyCsv: 'Copy as CSV',
  copied: 'Copied',
  summaryFailed: 'No summary',
  reveal: 'Show on the page',
  language: '中文',
  languageLabel: 'Switch to Chinese',
};

type Strings = typeof EN;

const ZH: Strings = {
  loading: '正在读取页面…',
  verdict: { political: '中文时政新闻', chinese: '中文页面（非时政新闻）', none: '非中文页面' },
  progress: { idle: '未标注', working: '正在标注…', done: '已标注', error: '标注失败' },
  words: (n) => `${n} 个词`,
  annotate: '标注本页',
  annotateAgain: '标注新增内容',
  turnOff: '关闭标注',
  turnOn: '开启标注',
  openInTab: '在标签页中打开',
  settings: '设置',
  people: '人物',
  numbers: '关键数字',
  terms: '提法',
  noPeople: '未找到人名。',
  noNumbers: '未找到关键数字。',
  noTerms: '未找到词库中的提法。',
  unreachable: 'Tifa 未在此标签页中运行：没有中文的页面不处理；浏览器自带页面和扩展商店无法访问；安装 Tifa 之前打开的页面需要重新加载。',
  mentions: (n) => (n > 1 ? `提及 ${n} 次` : ''),
  times: (n) => `×${n}`,
  kinds: { money: '金额', people: '人数', percent: '百分比', count: '数量', other: '其他' },
  copyMarkdown: '复制为 Markdown',
  copyCsv: '复制为 CSV',
  copied: '已复制',
  summaryFailed: '无法生成摘要',
  reveal: '在页面中显示',
  language: 'English',
  languageLabel: '切换到英文',
};

export function strings(language: Language): Strings {
  return language === 'zh' ? ZH : EN;
}

export type { Strings };

/** The UI language for a browser language tag: Chinese for zh-*, English otherwise. */
export function languageFor(tag: string): Language {
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
