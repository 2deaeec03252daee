/** A stretch of the linted text with its absolute offsets. */
export interface TextUnit {
  start: number;
  end: number;
  text: string;
}

const SENTENCE_END = /[.!?]+(?=\s|$)|\n+/g;
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'approx', 'cf']);

// Commas, semicolons, spaced dashes and joining words end a clause: a negation or a hedge only
// reaches as far as its own clause ("I can't promise the title, but you'll get the raise").
const CLAUSE_BREAK =
  /[,;:](?=\s|$)|\s[-–—]+\s|[()]|\b(?:but|and|so|because|although|though|while|whereas|unless)\b/gi;

export function splitSentences(text: string): TextUnit[] {
  return splitAt(text, 0, SENTENCE_END, (match, index) => {
    return !(match.startsWith('.') && ABBREVIATIONS.has(wordBefore(text, index)));
  });
}

export function splitClauses(sentence: TextUnit): TextUnit[] {
  return splitAt(sentence.text, sentence.start, CLAUSE_BREAK, () => true);
}

/** The unit of `units` that contains `offset`, or the last one before it. */
export function unitAt(units: readonly TextUnit[], offset: number): TextUnit | undefined {
  return units.findLast((unit) => unit.start <= offset);
}

function splitAt(
  text: string,
  base: number,
  separator: RegExp,
  isBreak: (match: string, index: number) => boolean,
): TextUnit[] {
  const units: TextUnit[] = [];
  let from = 0;
  for (const match of text.matchAll(separator)) {
    if (!isBreak(match[0], match.index)) continue;
    pushTrimmed(units, text, base, from, match.index + match[0].length);
    from = match.index + match[0].length;
  }
  pushTrimmed(units, text, base, from, text.length);
  return units;
}

function pushTrimmed(units: TextUnit[], text: string, base: number, from: number, to: number) {
  const slice = text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const trimmed = slice.trim();
  if (trimmed === '') return;
  const start = base + from + lead;
  units.push({ start, end: start + trimmed.length, text: trimmed });
}

function wordBefore(text: string, index: number): string {
  return (/[\w.]+$/.exec(text.slice(0, index))?.[0] ?? '').toLowerCase();
}
