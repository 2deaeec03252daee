import { describe, expect, it } from 'vitest';
import { QUESTION_BANK, SCRIPT_LIST } from '../../../src/domain/playbook';
import { seedQuotes } from './seed';
import { playbookStrings } from './walk';

/**
 * Quoted words that are not items of their own: terms or echoes inside a sentence. They stay in
 * their sentence, quotes included, and are counted there (with their quotes) instead.
 */
const FRAGMENTS: Record<string, { occurrences: number; why: string }> = {
  'development contract': {
    occurrences: 2,
    why: 'a term, quoted where conversation 3 and the contract section introduce it',
  },
  soon: { occurrences: 1, why: 'a word inside the follow-through calendar rule' },
  'where do you want to go?': {
    occurrences: 1,
    why: 'echoes conversation 2 inside the ambition section, not a question to ask',
  },
};

/** Quotes whose punctuation belongs to the sentence around them, and how they are stored. */
const NORMALISED: Record<string, { stored: string; why: string }> = {
  "I genuinely don't know,": {
    stored: "I genuinely don't know",
    why: 'the comma ends the clause "If they say ..., say:", it is not part of what is said',
  },
};

const quotes = seedQuotes();
const uniqueQuotes = [...new Set(quotes)];
const standalone = uniqueQuotes
  .filter((quote) => !(quote in FRAGMENTS))
  .map((quote) => NORMALISED[quote]?.stored ?? quote);
const strings = playbookStrings();

describe('every quote in the seed', () => {
  it('finds the quotes it expects in the seed', () => {
    expect(quotes.length).toBeGreaterThan(50);
    for (const quote of [...Object.keys(FRAGMENTS), ...Object.keys(NORMALISED)]) {
      expect(quotes, `listed exception "${quote}" is no longer in the seed`).toContain(quote);
    }
    for (const [quote, { occurrences }] of Object.entries(FRAGMENTS)) {
      expect(quotes.filter((q) => q === quote)).toHaveLength(occurrences);
    }
  });

  it.each(standalone)('stores "%s" verbatim exactly once', (quote) => {
    const equal = strings.filter((s) => s.value === quote);
    expect(
      equal.map((s) => s.path),
      'should be exactly one string value',
    ).toHaveLength(1);
    // Another string may contain it only if that string is itself a seed quote (a quick-reference
    // wording inside the long form); prose must refer to it, not repeat it.
    const repeatedIn = strings.filter(
      (s) => s.value !== quote && s.value.includes(quote) && !standalone.includes(s.value),
    );
    expect(repeatedIn.map((s) => s.path)).toEqual([]);
  });

  it.each(Object.entries(FRAGMENTS))(
    'keeps the fragment "%s" inside its sentences only',
    (fragment, { occurrences }) => {
      const withQuotes = `"${fragment}"`;
      const count = strings.reduce((n, s) => n + s.value.split(withQuotes).length - 1, 0);
      expect(count).toBe(occurrences);
      expect(strings.filter((s) => s.value === fragment)).toEqual([]);
    },
  );

  it('holds no quoted question or script the seed does not quote', () => {
    const stored = [...QUESTION_BANK.map((q) => q.text), ...SCRIPT_LIST.map((s) => s.text)];
    expect(new Set(stored).size).toBe(stored.length);
    expect([...stored].sort()).toEqual([...standalone].sort());
  });

  it('uses only straight quotes and hyphen-minus dashes, like the seed', () => {
    const curly = strings.filter((s) => /[\u2018\u2019\u201C\u201D\u2013\u2014]/.test(s.value));
    expect(curly.map((s) => s.path)).toEqual([]);
  });
});
