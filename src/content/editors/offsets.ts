// Pure helpers for mapping text offsets to positions in the pieces an editor's DOM is made of,
// and for keeping findings in place while the text changes between two analyses.
// No DOM here, so they are unit-tested directly.

/** A piece of the text as read: a text node's data, or one '\n' that a <br> or a block start stands for. */
export interface Piece<N> {
  node: N;
  start: number;
  length: number;
  kind: 'text' | 'break' | 'block';
}

/**
 * The piece holding offset `p`. At a boundary between two pieces, 'start' affinity picks the
 * later one (a range that begins there begins inside it) and 'end' the earlier one.
 */
export function pieceAt<N>(pieces: readonly Piece<N>[], p: number, affinity: 'start' | 'end'): Piece<N> | undefined {
  // First piece ending at or after p (pieces are in text order and do not overlap).
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = pieces[mid]!;
    if (c.start + c.length < p) lo = mid + 1;
    else hi = mid;
  }
  let touching: Piece<N> | undefined;
  for (let i = lo; i < pieces.length && pieces[i]!.start <= p; i++) {
    const c = pieces[i]!;
    const end = c.start + c.length;
    if (affinity === 'start' ? c.start <= p && p < end : c.start < p && p <= end) return c;
    touching ??= c;
  }
  return touching;
}

export interface Spanned {
  start: number;
  end: number;
}

/**
 * Moves spans found in `before` onto `after` without re-analysing: spans wholly before the
 * edited region stay, spans wholly after it shift, spans the edit touched are dropped until
 * the next analysis. The edited region is found from the common prefix and suffix.
 */
export function rebase<T>(before: string, after: string, items: readonly T[], span: (t: T) => Spanned, shift: (t: T, delta: number) => T): T[] {
  if (before === after) return [...items];
  let pre = 0;
  const max = Math.min(before.length, after.length);
  while (pre < max && before.charCodeAt(pre) === after.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < max - pre && before.charCodeAt(before.length - 1 - suf) === after.charCodeAt(after.length - 1 - suf)) suf++;
  const editEndBefore = before.length - suf;
  const delta = after.length - before.length;
  const out: T[] = [];
  for (const item of items) {
    const s = span(item);
    if (s.end <= pre) out.push(item);
    else if (s.start >= editEndBefore) out.push(delta ? shift(item, delta) : item);
  }
  return out;
}

/** The text after replacing [start, end) with `replacement`. */
export function spliced(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}
