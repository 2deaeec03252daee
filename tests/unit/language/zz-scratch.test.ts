import { it } from 'vitest';
import { lintPromiseLanguage, LINT_CODES } from '../../../src/domain/language';
import { PROMISE_CORPUS } from './promise-corpus';
it('x', () => {
  const held = PROMISE_CORPUS.slice(233);
  for (const code of LINT_CODES) {
    let f = 0,
      tp = 0,
      e = 0,
      r = 0;
    for (const x of held) {
      const n = lintPromiseLanguage(x.text, x.options).filter((y) => y.code === code).length;
      const w = x.expected.includes(code);
      f += n;
      if (w) {
        tp += n;
        e++;
        if (n) r++;
      }
    }
    console.info(code, held.length, 'P', (tp / f).toFixed(3), 'R', (r / e).toFixed(3), f, e);
  }
});
