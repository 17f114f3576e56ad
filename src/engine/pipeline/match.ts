// String.prototype.matchAll clones its regex (a species constructor call) and builds an
// iterator for every call; the engine makes well over a hundred such calls per post, and on a
// tweet that overhead cost more than the matching. This is the same contract as matchAll
// (every match of a global regex, from its lastIndex, leaving the regex as it was) with a
// plain exec loop, and the matches are returned as an array.

/** All matches of the global regex `re` in `text`, as `text.matchAll(re)` yields them. */
export function matchAll(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchAll needs a global regex');
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    // An empty match would repeat forever: step over one character (a code point with /u).
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = from;
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}
