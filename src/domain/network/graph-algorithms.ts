/**
 * An undirected graph over integer node indices in compressed adjacency form: the neighbours
 * of node `i` are `targets[offsets[i] .. offsets[i + 1])`, and `edges` at the same positions
 * gives the index of the tie each entry stands for.
 */
export interface Adjacency {
  offsets: Int32Array;
  targets: Int32Array;
  edges: Int32Array;
}

export function buildAdjacency(nodeCount: number, pairs: readonly (readonly [number, number])[]): Adjacency {
  const degree = new Int32Array(nodeCount + 1);
  for (const [a, b] of pairs) {
    degree[a + 1]!++;
    degree[b + 1]!++;
  }
  const offsets = new Int32Array(nodeCount + 1);
  for (let i = 0; i < nodeCount; i++) offsets[i + 1] = offsets[i]! + degree[i + 1]!;
  const fill = offsets.slice(0, nodeCount);
  const targets = new Int32Array(offsets[nodeCount]!);
  const edges = new Int32Array(offsets[nodeCount]!);
  pairs.forEach(([a, b], e) => {
    targets[fill[a]!] = b;
    edges[fill[a]!++] = e;
    targets[fill[b]!] = a;
    edges[fill[b]!++] = e;
  });
  return { offsets, targets, edges };
}

export const degreeOf = (g: Adjacency, i: number): number => g.offsets[i + 1]! - g.offsets[i]!;

export function neighbours(g: Adjacency, i: number): Int32Array {
  return g.targets.subarray(g.offsets[i]!, g.offsets[i + 1]!);
}

/** The shortest chain of nodes from `from` to `to`, both included; null when they are not connected. Breadth-first from both ends. */
export function shortestPath(g: Adjacency, from: number, to: number): number[] | null {
  if (from === to) return [from];
  const n = g.offsets.length - 1;
  const parentA = new Int32Array(n).fill(-1);
  const parentB = new Int32Array(n).fill(-1);
  parentA[from] = from;
  parentB[to] = to;
  let frontA = [from];
  let frontB = [to];
  while (frontA.length && frontB.length) {
    const forward = frontA.length <= frontB.length;
    const [front, mine, theirs] = forward ? [frontA, parentA, parentB] : [frontB, parentB, parentA];
    const next: number[] = [];
    for (const u of front) {
      for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
        const v = g.targets[k]!;
        if (mine[v] !== -1) continue;
        mine[v] = u;
        if (theirs[v] !== -1) return join(v, parentA, parentB);
        next.push(v);
      }
    }
    if (forward) frontA = next;
    else frontB = next;
  }
  return null;
}

function join(meet: number, parentA: Int32Array, parentB: Int32Array): number[] {
  const head: number[] = [];
  for (let v = meet; ; v = parentA[v]!) {
    head.push(v);
    if (parentA[v] === v) break;
  }
  head.reverse();
  for (let v = meet; parentB[v] !== v; ) {
    v = parentB[v]!;
    head.push(v);
  }
  return head;
}

/** A component number for every node, numbered from 0 in order of each component's first node. */
export function componentsOf(g: Adjacency): { count: number; of: Int32Array } {
  const n = g.offsets.length - 1;
  const of = new Int32Array(n).fill(-1);
  let count = 0;
  const stack: number[] = [];
  for (let s = 0; s < n; s++) {
    if (of[s] !== -1) continue;
    of[s] = count;
    stack.push(s);
    while (stack.length) {
      const u = stack.pop()!;
      for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
        const v = g.targets[k]!;
        if (of[v] === -1) {
          of[v] = count;
          stack.push(v);
        }
      }
    }
    count++;
  }
  return { count, of };
}

/**
 * Adamic–Adar scores of every node two steps from `home`: the sum, over the partners they
 * share with it, of 1 / ln(degree of that partner), so a partner tied to few places weighs
 * more than a hub. Returns the score and the shared partners of each candidate.
 */
export function adamicAdar(g: Adjacency, home: number, excluded: ReadonlySet<number>): Map<number, { score: number; via: number[] }> {
  const out = new Map<number, { score: number; via: number[] }>();
  const seen = new Set<number>();
  for (let k = g.offsets[home]!; k < g.offsets[home + 1]!; k++) {
    const z = g.targets[k]!;
    if (seen.has(z)) continue;
    seen.add(z);
    const weight = 1 / Math.log(Math.max(2, degreeOf(g, z)));
    const reached = new Set<number>();
    for (let j = g.offsets[z]!; j < g.offsets[z + 1]!; j++) {
      const c = g.targets[j]!;
      if (c === home || excluded.has(c) || reached.has(c)) continue;
      reached.add(c);
      const entry = out.get(c);
      if (entry) {
        entry.score += weight;
        entry.via.push(z);
      } else {
        out.set(c, { score: weight, via: [z] });
      }
    }
  }
  return out;
}
