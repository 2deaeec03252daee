/**
 * A first merge of two versions of a text that loses nothing: the lines both share at the start
 * and at the end are kept once, and the lines in between come from both, the saved version's
 * first. Every line of each version appears in the result, in its order, so the person only
 * removes what they do not want instead of retyping what was lost.
 */
export function mergeTexts(mine: string, theirs: string): string {
  if (mine === theirs || theirs.trim() === '') return mine;
  if (mine.trim() === '' || hasLines(theirs, mine)) return theirs;
  if (hasLines(mine, theirs)) return mine;
  const a = mine.split('\n');
  const b = theirs.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  ) {
    end += 1;
  }
  const middle = [...b.slice(start, b.length - end), ...a.slice(start, a.length - end)];
  return [...a.slice(0, start), ...middle, ...a.slice(a.length - end)].join('\n');
}

/**
 * `part` is already in `whole`: as whole lines, or as its beginning or end (someone kept typing
 * on the same line).
 */
function hasLines(whole: string, part: string): boolean {
  return whole.startsWith(part) || whole.endsWith(part) || `\n${whole}\n`.includes(`\n${part}\n`);
}
