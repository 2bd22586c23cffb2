// Fresh, readable ids for nodes and edges: `eventProperty-3`, `e-12`. Ids show up in validation
// messages ("node "eventProperty-3" cannot be reached"), so they are short and say what the node is.

/** The id stem of a block code: its last segment (`condition.eventProperty` → `eventProperty`). */
export function idStem(code: string): string {
  const last = code.split('.').pop() ?? '';
  const stem = last.replace(/[^A-Za-z0-9_-]/g, '');
  return stem.length > 0 ? stem.slice(0, 40) : 'node';
}

/** Hands out ids not in `taken` (which it extends), numbered from 1 per stem. */
export class IdPool {
  private readonly next = new Map<string, number>();
  constructor(private readonly taken: Set<string>) {}

  fresh(stem: string): string {
    let n = this.next.get(stem) ?? 1;
    while (this.taken.has(`${stem}-${n}`)) n++;
    const id = `${stem}-${n}`;
    this.next.set(stem, n + 1);
    this.taken.add(id);
    return id;
  }
}

/** A pool over every node and edge id of a graph (one namespace, so ids never collide across kinds). */
export function idPoolOf(graph: { nodes: { id: string }[]; edges: { id: string }[] }): IdPool {
  const taken = new Set<string>();
  for (const n of graph.nodes) taken.add(n.id);
  for (const e of graph.edges) taken.add(e.id);
  return new IdPool(taken);
}
