import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** One line of jieba's dictionary: word, frequency, part of speech. */
export interface DictWord {
  word: string;
  freq: number;
  tag: string;
}

/** A line of the dictionary as it begins: `1号店 3 n`. */
const FIRST_LINE = /^\S+ \d+ [a-z]+\n/u;

/** Offsets right after a run of eight printable ASCII bytes or more (the compiler's strings). */
function afterStrings(wasm: Buffer): number[] {
  const text = wasm.toString('latin1');
  return Array.from(text.matchAll(/[ -~]{8,}/gu), (m) => m.index + m[0].length);
}

/**
 * jieba's own dictionary (dict.txt of jieba-rs), which jieba-wasm keeps deflated inside its
 * WebAssembly module: found by trying to inflate where text of its shape comes out. The stream
 * follows a string constant in the module, so those offsets are tried first.
 */
export function readJiebaDict(): DictWord[] {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(join(dirname(require.resolve('jieba-wasm')), 'jieba_rs_wasm_bg.wasm'));
  for (const at of [...afterStrings(wasm), ...wasm.keys()]) {
    let head: Buffer;
    try {
      head = inflateRawSync(wasm.subarray(at, at + 256), { finishFlush: 2 });
    } catch {
      continue;
    }
    if (!FIRST_LINE.test(head.toString('utf8'))) continue;
    const text = inflateRawSync(wasm.subarray(at), { finishFlush: 2 }).toString('utf8');
    return text.split('\n').flatMap((line) => {
      const [word, freq, tag] = line.split(' ');
      return word && freq && tag ? [{ word, freq: Number(freq), tag }] : [];
    });
  }
  throw new Error('no dictionary found in jieba-wasm');
}
