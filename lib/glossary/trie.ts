import { FORMULA_SEP, SEP, type KeyStream } from './keys';

/** What a path of the trie stands for. */
interface TrieOut {
  /** The glossary headword; empty for a blocker (an ordinary word that hides a shorter term). */
  headword: string;
  /** Lower wins among outputs of the same keys and among matches of the same length. */
  rank: number;
}

interface BuildNode {
  next: Map<number, BuildNode>;
  /** The edge of a formula's separator (see FORMULA_SEP). */
  formulaSep?: BuildNode;
  out?: TrieOut;
}

/**
 * The trie flattened into typed arrays: a page's scan looks up about two children per character,
 * and Map lookups there cost more than all the rest of the match. Node 0 is the root.
 */
export interface Trie {
  /** Child of the root by UTF-16 unit, -1 for none. */
  rootChild: Int32Array;
  /** Children of node n are at childStart[n] … childStart[n + 1] - 1, sorted by key. */
  childStart: Int32Array;
  childKey: Uint16Array;
  childNode: Int32Array;
  /** The node after a formula's separator, -1 for none. */
  formulaSep: Int32Array;
  out: Array<TrieOut | undefined>;
}

export interface TrieBuilder {
  insert(keys: readonly number[], out: TrieOut): void;
  compile(): Trie;
}

export function createTrieBuilder(): TrieBuilder {
  const root: BuildNode = { next: new Map() };
  return {
    insert(keys, out) {
      let node = root;
      for (const key of keys) {
        if (key === FORMULA_SEP) {
          node = node.formulaSep ??= { next: new Map() };
          continue;
        }
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map() }));
        node = child;
      }
      if (!node.out || out.rank < node.out.rank) node.out = out;
    },
    compile: () => flatten(root),
  };
}

function flatten(root: BuildNode): Trie {
  // Number the nodes breadth first, then lay out each node's children in key order.
  const nodes: BuildNode[] = [root];
  const ids = new Map<BuildNode, number>([[root, 0]]);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as BuildNode;
    for (const child of [...node.next.values(), ...(node.formulaSep ? [node.formulaSep] : [])]) {
      ids.set(child, nodes.length);
      nodes.push(child);
    }
  }
  const edges = nodes.reduce((sum, node) => sum + node.next.size, 0);
  const trie: Trie = {
    rootChild: new Int32Array(0x10000).fill(-1),
    childStart: new Int32Array(nodes.length + 1),
    childKey: new Uint16Array(edges),
    childNode: new Int32Array(edges),
    formulaSep: new Int32Array(nodes.length).fill(-1),
    out: nodes.map((node) => node.out),
  };
  let at = 0;
  nodes.forEach((node, id) => {
    trie.childStart[id] = at;
    for (const [key, child] of [...node.next].sort((a, b) => a[0] - b[0])) {
      trie.childKey[at] = key;
      trie.childNode[at++] = ids.get(child) ?? -1;
    }
    if (node.formulaSep) trie.formulaSep[id] = ids.get(node.formulaSep) ?? -1;
  });
  trie.childStart[nodes.length] = at;
  for (const [key, child] of root.next) trie.rootChild[key] = ids.get(child) ?? -1;
  return trie;
}

/** The child of `node` by `key`, or -1: a binary search over the node's sorted keys. */
function child(trie: Trie, node: number, key: number): number {
  let lo = trie.childStart[node] as number;
  let hi = (trie.childStart[node + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = trie.childKey[mid] as number;
    if (k === key) return trie.childNode[mid] as number;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const CONJUNCTIONS = new Set(Array.from('和与及').map((ch) => ch.charCodeAt(0)));
const YI = '以'.charCodeAt(0);
const JI = '及'.charCodeAt(0);

/**
 * Where a formula's separator may end when it starts at key k: after a separator, a conjunction
 * (和 与 及 以及), or both (、以及). Several ends, because the next item may itself start with 和.
 */
function formulaSepEnds(keys: Uint16Array, length: number, k: number): number[] {
  const ends: number[] = [];
  let at = k;
  if (keys[at] === SEP) ends.push(++at);
  if (at < length && CONJUNCTIONS.has(keys[at] ?? 0)) ends.push(at + 1);
  else if (at + 1 < length && keys[at] === YI && keys[at + 1] === JI) ends.push(at + 2);
  return ends;
}

/** A trie output found in a stream: its first and last key, its length in keys (separators left out). */
export type Found = (firstKey: number, lastKey: number, out: TrieOut, size: number) => void;

/** Follows the stream from `start`, a node that has read the keys before k. */
function follow(trie: Trie, start: number, stream: KeyStream, k0: number, first: number, size0: number, found: Found): void {
  const { keys, length } = stream;
  let node = start;
  let k = k0;
  let size = size0;
  while (node >= 0) {
    const out = trie.out[node];
    if (out) found(first, k - 1, out, size);
    const sep = trie.formulaSep[node] as number;
    if (sep >= 0) for (const end of formulaSepEnds(keys, length, k)) follow(trie, sep, stream, end, first, size, found);
    if (k >= length) return;
    const key = keys[k++] as number;
    if (key !== SEP) size++;
    node = child(trie, node, key);
  }
}

/** Calls `found` for every trie output the stream spells, from every key on. */
export function scan(trie: Trie, stream: KeyStream, found: Found): void {
  for (let first = 0; first < stream.length; first++) {
    const node = trie.rootChild[stream.keys[first] as number] as number;
    if (node >= 0) follow(trie, node, stream, first + 1, first, 1, found);
  }
}
