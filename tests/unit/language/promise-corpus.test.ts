import { describe, it, expect } from 'vitest';
import { LINT_CODES, lintPromiseLanguage } from '../../../src/domain/language';
import type { LintCode } from '../../../src/domain/language';
import { PROMISE_CORPUS } from './promise-corpus';

interface Score {
  truePositives: number;
  findings: number;
  recalled: number;
  expected: number;
}

const emptyScore = (): Score => ({ truePositives: 0, findings: 0, recalled: 0, expected: 0 });
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

// Precision counts findings (one is right when its code is expected for that sentence); recall
// counts expected codes (one is found when any finding carries it).
function scoreCorpus() {
  const byCode = new Map<LintCode, Score>(LINT_CODES.map((code) => [code, emptyScore()]));
  const misses: string[] = [];
  for (const entry of PROMISE_CORPUS) {
    const found = lintPromiseLanguage(entry.text, entry.options).map((finding) => finding.code);
    for (const code of LINT_CODES) {
      const score = byCode.get(code) ?? emptyScore();
      const ofCode = found.filter((c) => c === code).length;
      const wanted = entry.expected.includes(code);
      score.findings += ofCode;
      if (wanted) score.truePositives += ofCode;
      if (wanted) score.expected += 1;
      if (wanted && ofCode > 0) score.recalled += 1;
      if (wanted !== ofCode > 0) {
        misses.push(`${wanted ? 'missed' : 'false'} ${code}: ${entry.text}`);
      }
    }
  }
  const overall = [...byCode.values()].reduce(
    (sum, s) => ({
      truePositives: sum.truePositives + s.truePositives,
      findings: sum.findings + s.findings,
      recalled: sum.recalled + s.recalled,
      expected: sum.expected + s.expected,
    }),
    emptyScore(),
  );
  return { byCode, overall, misses };
}

describe('lintPromiseLanguage on the labelled corpus', () => {
  const { byCode, overall, misses } = scoreCorpus();
  const rows = [...byCode.entries(), ['overall', overall] as const].map(([code, score]) => ({
    code,
    precision: ratio(score.truePositives, score.findings),
    recall: ratio(score.recalled, score.expected),
    findings: score.findings,
    expected: score.expected,
  }));

  it('is a corpus of at least 120 sentences, about 40% clean', () => {
    const clean = PROMISE_CORPUS.filter((entry) => entry.expected.length === 0).length;
    expect(PROMISE_CORPUS.length).toBeGreaterThanOrEqual(120);
    expect(clean / PROMISE_CORPUS.length).toBeGreaterThanOrEqual(0.35);
  });

  it('reaches 0.9 precision and recall per code and overall', () => {
    const table = rows
      .map((row) =>
        [
          row.code.padEnd(13),
          row.precision.toFixed(3).padStart(9),
          row.recall.toFixed(3).padStart(7),
          String(row.findings).padStart(9),
          String(row.expected).padStart(9),
        ].join(' '),
      )
      .join('\n');
    console.info(
      `promise lint on ${PROMISE_CORPUS.length} sentences\n` +
        `code          precision  recall  findings  expected\n${table}\n` +
        (misses.length > 0 ? `disagreements:\n  ${misses.join('\n  ')}` : 'no disagreements'),
    );
    const below = rows
      .filter((row) => row.precision < 0.9 || row.recall < 0.9)
      .map((row) => row.code);
    expect(below).toEqual([]);
  });
});
