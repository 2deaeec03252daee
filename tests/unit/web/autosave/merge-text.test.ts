import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTexts } from '../../../../src/web/shared/autosave/merge-text';

/** True when `part`'s lines appear in `whole`'s lines in the same order. */
function keepsLinesInOrder(whole: string, part: string): boolean {
  const lines = whole.split('\n');
  let at = 0;
  for (const line of part.split('\n')) {
    const found = lines.indexOf(line, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

describe('mergeTexts: a first merge that loses no line of either version', () => {
  it('keeps the shared start once and both additions', () => {
    expect(mergeTexts('notes\nmine', 'notes\ntheirs')).toBe('notes\ntheirs\nmine');
  });

  it('takes the longer version when one contains the other', () => {
    expect(mergeTexts('a', 'a and more')).toBe('a and more');
    expect(mergeTexts('a and more', 'a')).toBe('a and more');
    expect(mergeTexts('', 'theirs')).toBe('theirs');
    expect(mergeTexts('mine', '  ')).toBe('mine');
  });

  it('keeps every line of both versions, each in its order', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', 'c', '', 'dd', 'a b'), { maxLength: 8 })
      .map((l) => l.join('\n'));
    fc.assert(
      fc.property(text, text, (mine, theirs) => {
        const merged = mergeTexts(mine, theirs);
        const blank = (t: string) => t.trim() === '';
        const kept = (v: string) => blank(v) || merged.includes(v) || keepsLinesInOrder(merged, v);
        expect(kept(mine)).toBe(true);
        expect(kept(theirs)).toBe(true);
      }),
    );
  });
});
