/**
 * Character tries for the thread tagger, keyed by folded UTF-16 units: built from string keys, then
 * frozen into flat arrays so that a step of the scanning loop is a probe or two in one hash table,
 * whatever the number of children.
 */
interface BuildNode<T> {
  next: Map<number, BuildNode<T>>;
  payload: T[] | null;
  flag: boolean;
}

/** Builds a trie from string keys; {@link TrieBuilder.compile} freezes it for the scanning loop. */
export class TrieBuilder<T> {
  private readonly root: BuildNode<T> = { next: new Map(), payload: null, flag: false };
  size = 0;

  /** Adds `payload` at `key`; `flag` marks the node (e.g. "an entry here takes a suffix"). */
  insert(key: string, payload: T, flag = false): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), payload: null, flag: false };
        node.next.set(c, child);
      }
      node = child;
    }
    (node.payload ??= []).push(payload);
    node.flag ||= flag;
    this.size++;
  }

  /** Freezes the trie; `denseRoot` trades 256 KB for a direct lookup of the first letter. */
  compile(denseRoot: boolean): Trie<T> {
    const nodes: BuildNode<T>[] = [this.root];
    for (let i = 0; i < nodes.length; i++) nodes.push(...[...nodes[i]!.next.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n));
    const id = new Map(nodes.map((n, i) => [n, i]));
    const edges = nodes.reduce((sum, n) => sum + n.next.size, 0);
    // Every edge in one open-addressing table, at most a quarter full: a step costs a probe or two
    // whatever the node's number of children.
    let bits = 4;
    while (1 << bits < edges * 4) bits++;
    const edgeFrom = new Int32Array(1 << bits).fill(-1);
    const edgeChar = new Uint16Array(1 << bits);
    const edgeTo = new Int32Array(1 << bits);
    const mask = (1 << bits) - 1;
    nodes.forEach((node, i) => {
      for (const [c, child] of node.next) {
        let h = edgeHash(i, c, bits);
        while (edgeFrom[h] !== -1) h = (h + 1) & mask;
        edgeFrom[h] = i;
        edgeChar[h] = c;
        edgeTo[h] = id.get(child)!;
      }
    });
    const rootTable = denseRoot ? new Int32Array(0x10000).fill(-1) : null;
    if (rootTable) for (const [c, child] of this.root.next) rootTable[c] = id.get(child)!;
    return new Trie(
      rootTable,
      bits,
      edgeFrom,
      edgeChar,
      edgeTo,
      nodes.map((n) => n.payload),
      Uint8Array.from(nodes, (n) => (n.flag ? 1 : 0)),
    );
  }
}

/** Slot of the edge (node, c) in a table of 2^bits slots. */
function edgeHash(node: number, c: number, bits: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> (32 - bits);
}

/** A frozen trie; node 0 is the root, -1 is "no such node". */
export class Trie<T> {
  private readonly mask: number;

  constructor(
    private readonly rootTable: Int32Array | null,
    private readonly bits: number,
    /** Edge table (see TrieBuilder.compile): slot h holds the edge edgeFrom[h] --edgeChar[h]--> edgeTo[h], or edgeFrom[h] = -1. */
    private readonly edgeFrom: Int32Array,
    private readonly edgeChar: Uint16Array,
    private readonly edgeTo: Int32Array,
    readonly payload: readonly (T[] | null)[],
    readonly flag: Uint8Array,
  ) {
    this.mask = (1 << bits) - 1;
  }

  /** Child of `node` along folded code `c`, or -1. */
  child(node: number, c: number): number {
    if (node === 0 && this.rootTable !== null) return this.rootTable[c]!;
    const { edgeFrom, edgeChar } = this;
    for (let h = edgeHash(node, c, this.bits); ; h = (h + 1) & this.mask) {
      const from = edgeFrom[h]!;
      if (from === node) {
        if (edgeChar[h] === c) return this.edgeTo[h]!;
      } else if (from === -1) return -1;
    }
  }
}
