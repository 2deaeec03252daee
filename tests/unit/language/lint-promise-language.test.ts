import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  HONEST_LIMIT_PHRASINGS,
  lintPromiseLanguage,
  summarizeFindings,
} from '../../../src/domain/language';
import type { LintFinding, LintOptions } from '../../../src/domain/language';
import { PROMISE_CORPUS } from './promise-corpus';

const codes = (text: string, options?: LintOptions) =>
  lintPromiseLanguage(text, options).map((finding) => finding.code);

const only = (findings: LintFinding[], code: LintFinding['code']) =>
  findings.filter((finding) => finding.code === code);

describe('lintPromiseLanguage basics', () => {
  it('finds nothing in empty or blank text, in any context', () => {
    expect(lintPromiseLanguage('')).toEqual([]);
    expect(lintPromiseLanguage('  \n\t ')).toEqual([]);
    expect(lintPromiseLanguage('', { context: 'commitment' })).toEqual([]);
  });

  it('gives spans whose slice is the excerpt, for every corpus sentence', () => {
    let checked = 0;
    for (const entry of PROMISE_CORPUS) {
      for (const finding of lintPromiseLanguage(entry.text, entry.options)) {
        expect(entry.text.slice(finding.span.start, finding.span.end)).toBe(finding.excerpt);
        expect(finding.span.start).toBeLessThan(finding.span.end);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('points into the right sentence of a longer mail', () => {
    const mail =
      'Thanks for today.\nHere is what we agreed:\n- I will introduce you to Priya by 2027-03-01.\n' +
      "- You'll be promoted at the next calibration.\n- I'll look into the course budget soon.";
    const findings = lintPromiseLanguage(mail);
    expect(findings.map((f) => [f.code, f.excerpt])).toEqual([
      ['promise', "You'll be promoted"],
      ['vague-action', 'look into'],
      ['vague-timing', 'soon'],
    ]);
    for (const finding of findings) {
      expect(mail.slice(finding.span.start, finding.span.end)).toBe(finding.excerpt);
    }
  });

  it('keeps offsets and excerpts of the original text when it uses curly apostrophes', () => {
    const text = 'Great session. You’ll be promoted soon.';
    const [promise] = only(lintPromiseLanguage(text), 'promise');
    expect(promise?.excerpt).toBe('You’ll be promoted');
    expect(promise?.span.start).toBe(15);
  });

  it('counts findings by code', () => {
    const findings = lintPromiseLanguage(
      "You'll be promoted soon. I'll look into the raise later. I will support you.",
    );
    expect(summarizeFindings(findings)).toEqual({
      promise: 1,
      'vague-timing': 2,
      'vague-action': 2,
    });
    expect(summarizeFindings([])).toEqual({ promise: 0, 'vague-timing': 0, 'vague-action': 0 });
  });
});

describe('promises a manager cannot keep', () => {
  it('offers the seed phrasings verbatim and a templated rephrasing for every promise', () => {
    const seed = readFileSync('tests/fixtures/playbook-seed.txt', 'utf8');
    for (const phrasing of HONEST_LIMIT_PHRASINGS) expect(seed).toContain(phrasing);
    const promises = PROMISE_CORPUS.flatMap((entry) =>
      only(lintPromiseLanguage(entry.text, entry.options), 'promise'),
    );
    expect(promises.length).toBeGreaterThan(40);
    for (const finding of promises) {
      expect(finding.severity).toBe('warning');
      expect(finding.message).toMatch(/^Making promises you cannot keep/);
      expect(finding.suggestions).toEqual(expect.arrayContaining([...HONEST_LIMIT_PHRASINGS]));
      expect(finding.suggestions.length).toBeGreaterThan(HONEST_LIMIT_PHRASINGS.length);
    }
  });

  it('suggests making the case, with a date, for a promised promotion', () => {
    const [finding] = lintPromiseLanguage("I'll get you promoted to senior this year.");
    expect(finding?.message).toContain('a promotion');
    expect(finding?.suggestions[0]).toBe(
      'I will make the case for your promotion to <my manager> by <date>; I cannot commit to the outcome.',
    );
  });

  it('names the promised outcome by the head of its phrase', () => {
    const [finding] = lintPromiseLanguage("You'll definitely get the senior title.");
    expect(finding?.excerpt).toBe("You'll definitely get the senior title");
    expect(finding?.message).toContain('a title');
  });

  it('reads a present arrangement as a promise but not a description', () => {
    expect(codes("You're moving to the platform team in May.")).toEqual(['promise']);
    expect(codes("Let's explore what you're moving away from.")).toEqual([]);
  });

  it('lets a negation take back only the promise in its own clause', () => {
    const text = "I can't promise the title, but you'll definitely get the raise.";
    expect(only(lintPromiseLanguage(text), 'promise').map((f) => f.excerpt)).toEqual([
      "you'll definitely get the raise",
    ]);
  });

  it('lets an honest limit anywhere in the sentence take the promise back', () => {
    expect(codes("I'll push for your promotion - I cannot commit to the outcome.")).toEqual([]);
    expect(codes("You'll get the raise, no promises.")).toEqual([]);
    expect(codes("You'll get the raise.")).toEqual(['promise']);
  });

  it('reads future certainty as a promise and advocacy as honest', () => {
    expect(codes("I'll get you the senior title.")).toEqual(['promise']);
    expect(codes('I will advocate for the senior title at calibration on 3 May.')).toEqual([]);
    expect(codes('I will put your name forward for the senior title by 3 May.')).toEqual([]);
    expect(codes('I will raise it with my manager on 3 May.')).toEqual([]);
  });

  it('does not read a report’s own aspiration as a promise', () => {
    const aspiration = 'I want to be promoted to staff engineer in two years.';
    expect(codes(aspiration, { party: 'report' })).toEqual([]);
    expect(codes(aspiration, { party: 'manager' })).toEqual([]);
    expect(codes("You'll be promoted.", { party: 'report' })).toEqual([]);
  });

  it('treats a commitment’s bare action as the writer’s own promise', () => {
    const options: LintOptions = { context: 'commitment', hasDueDate: true };
    expect(codes('Get Sam promoted to senior.', options)).toEqual(['promise']);
    expect(codes('Get Sam promoted to senior.', { ...options, context: 'summary' })).toEqual([]);
  });
});

describe('vague timing and vague actions', () => {
  it('rephrases vague timing with a date in place of the vague words', () => {
    const [finding] = lintPromiseLanguage("We'll revisit your goals when things calm down.");
    expect(finding?.code).toBe('vague-timing');
    expect(finding?.message).toMatch(/^The conversation that goes nowhere/);
    expect(finding?.suggestions[0]).toBe("We'll revisit your goals by <date>.");
  });

  it('flags a commitment without a date unless the due date is set elsewhere', () => {
    const text = 'Introduce Sam to the data platform lead.';
    const [finding] = lintPromiseLanguage(text, { context: 'commitment' });
    expect(finding).toMatchObject({
      code: 'vague-timing',
      severity: 'warning',
      rule: 'vague-timing/no-date',
      excerpt: text,
    });
    expect(finding?.suggestions[0]).toBe('Introduce Sam to the data platform lead by <date>.');
    expect(codes(text, { context: 'commitment', hasDueDate: true })).toEqual([]);
    expect(codes(`${text.slice(0, -1)} by 14 March.`, { context: 'commitment' })).toEqual([]);
    expect(codes(text, { context: 'summary' })).toEqual([]);
  });

  it('is a warning in a commitment and information in a summary', () => {
    const text = 'I will look into training options by 2027-02-15.';
    expect(lintPromiseLanguage(text)[0]?.severity).toBe('info');
    expect(lintPromiseLanguage(text, { context: 'commitment' })[0]?.severity).toBe('warning');
  });

  it('names specific follow-through actions for a vague action', () => {
    const [finding] = lintPromiseLanguage("I'll keep an eye out for a mentor for you.");
    expect(finding?.code).toBe('vague-action');
    expect(finding?.suggestions[0]).toBe(
      'I will connect you with <mentor>, who has made the move you want, by <date>.',
    );
    for (const suggestion of finding?.suggestions ?? []) expect(suggestion).toContain('<date>');
  });

  it('leaves questions, quoted words and wishes alone', () => {
    expect(codes("What's in your way that I can help with?")).toEqual([]);
    expect(codes('Put it in the calendar. Not "soon" - immediately.')).toEqual([]);
    expect(codes("I'd like to lead a team one day.", { party: 'report' })).toEqual([]);
    expect(codes("I'll read that book one day.", { party: 'report' })).toEqual(['vague-timing']);
  });

  it('does not mistake "later" as an adjective or a deadline for vague timing', () => {
    expect(codes('I will comment on the later sections by 3 March.')).toEqual([]);
    expect(codes('I will send it no later than 3 March.')).toEqual([]);
    expect(codes('I will send it later.')).toEqual(['vague-timing']);
  });
});

describe('lintPromiseLanguage properties', () => {
  const vocabulary = [
    'I',
    "I'll",
    'you',
    "you'll",
    'will',
    'promise',
    "can't",
    'promoted',
    'raise',
    'title',
    'role',
    'soon',
    'later',
    'help',
    'with',
    'support',
    'try',
    'to',
    'by',
    '3 March',
    '-',
    ',',
    '.',
    '?',
    '\n',
    '"',
    '’',
    'whether',
    'the',
    'lead',
    'get',
    'is',
    'yours',
    'no',
    'promises',
    ' ',
  ];
  const texts = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.constantFrom(...vocabulary), { maxLength: 40 }).map((words) => words.join(' ')),
  );
  const options = fc.record(
    {
      party: fc.constantFrom('manager' as const, 'report' as const),
      context: fc.constantFrom('commitment' as const, 'summary' as const),
      hasDueDate: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  it('never throws and keeps every span inside the text, matching its excerpt', () => {
    fc.assert(
      fc.property(texts, options, (text, opts) => {
        for (const finding of lintPromiseLanguage(text, opts)) {
          expect(finding.span.start).toBeGreaterThanOrEqual(0);
          expect(finding.span.end).toBeLessThanOrEqual(text.length);
          expect(finding.span.start).toBeLessThan(finding.span.end);
          expect(text.slice(finding.span.start, finding.span.end)).toBe(finding.excerpt);
        }
      }),
      { numRuns: 500 },
    );
  });
});
