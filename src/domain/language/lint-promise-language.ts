import type { LintCode, LintContext, LintFinding, LintOptions, LintSeverity } from './lint-finding';
import { LINT_CODES } from './lint-finding';
import type { OutcomeKind, PromiseTrigger } from './promise-rules';
import {
  ADVOCACY,
  CLAUSE_LIMITS,
  IN_GIFT_ACTION,
  OUTCOME_TERMS,
  PROMISE_TRIGGERS,
  SENTENCE_LIMITS,
} from './promise-rules';
import {
  NO_DATE_MESSAGE,
  promiseMessage,
  promiseSuggestions,
  vagueActionMessage,
  vagueActionSuggestions,
  vagueTimingMessage,
  vagueTimingSuggestions,
} from './suggestions';
import type { TextUnit } from './text-units';
import { splitClauses, splitSentences, unitAt } from './text-units';
import type { VaguenessRule } from './vagueness-rules';
import {
  ASPIRATION,
  DATE_EXPRESSION,
  VAGUE_ACTION_RULES,
  VAGUE_TIMING_RULES,
} from './vagueness-rules';

/** How many words may sit between "I'll get you" and what is got: further away it is not the object. */
const OBJECT_WINDOW = 4;

type VagueCode = Exclude<LintCode, 'promise'>;

const VAGUENESS: readonly (readonly [VagueCode, readonly VaguenessRule[]])[] = [
  ['vague-timing', VAGUE_TIMING_RULES],
  ['vague-action', VAGUE_ACTION_RULES],
];

interface Hit {
  start: number;
  end: number;
}

interface Outcome extends Hit {
  kind: OutcomeKind;
}

/**
 * Flags promises a manager cannot keep and commitments too vague to follow through on, in a
 * development-contract commitment or a summary mail. Works sentence by sentence so that an honest
 * limit ("I cannot commit to the outcome") or a negation in the same sentence or clause takes a
 * promise back, and an aspiration ("I want to be promoted") is never read as a promise.
 */
export function lintPromiseLanguage(text: string, options: LintOptions = {}): LintFinding[] {
  return lintText(text, options).map((finding) =>
    finding.code === 'vague-timing' ? withSoundRewordings(finding, options) : finding,
  );
}

/**
 * "Soon" replaced by a date is only a fix when the rest of the sentence holds: "I'll look into it
 * by <date>" is still vague and "I'll get you promoted by <date>" still a promise. Such a
 * rewording is swapped for the playbook's specific actions, so a fix never needs fixing itself.
 */
function withSoundRewordings(finding: LintFinding, options: LintOptions): LintFinding {
  const needsFixing = (suggestion: string) =>
    lintText(suggestion, options).some((f) => f.code === 'promise' || f.code === 'vague-action');
  const sound = finding.suggestions.filter((s) => s.includes('<action>') || !needsFixing(s));
  if (sound.length === finding.suggestions.length) return finding;
  const specific = vagueActionSuggestions(sentenceOf(finding));
  return { ...finding, suggestions: [...specific.filter((s) => !needsFixing(s)), ...sound] };
}

/** The dated rewording is the whole sentence; its cue words pick the fitting specific actions. */
function sentenceOf(finding: LintFinding): string {
  return finding.suggestions.find((s) => !s.includes('<action>')) ?? finding.excerpt;
}

function lintText(text: string, options: LintOptions): LintFinding[] {
  if (text.trim() === '') return [];
  const party = options.party ?? 'manager';
  const context = options.context ?? 'summary';
  // Same length as the input, so offsets found in it are offsets into the text.
  const plain = text.replace(/[’‘`]/g, "'").replace(/[“”]/g, '"');
  const findings: LintFinding[] = [];
  for (const sentence of splitSentences(plain)) {
    const clauses = splitClauses(sentence);
    if (party === 'manager') findings.push(...findPromises(text, sentence, clauses, context));
    if (sentence.text.endsWith('?')) continue;
    findings.push(...findVagueness(text, sentence, clauses, context));
  }
  const dateless =
    context === 'commitment' && options.hasDueDate !== true && !has(DATE_EXPRESSION, plain);
  if (dateless && !findings.some((finding) => finding.code === 'vague-timing')) {
    findings.push(noDateFinding(text));
  }
  return mergeOverlapping(text, findings);
}

/** How many findings of each code, for badges and summaries. */
export function summarizeFindings(findings: readonly LintFinding[]): Record<LintCode, number> {
  const counts = Object.fromEntries(LINT_CODES.map((code) => [code, 0])) as Record<
    LintCode,
    number
  >;
  for (const finding of findings) counts[finding.code] += 1;
  return counts;
}

function findPromises(
  text: string,
  sentence: TextUnit,
  clauses: readonly TextUnit[],
  context: LintContext,
): LintFinding[] {
  if (matchesAny(SENTENCE_LIMITS, sentence.text)) return [];
  // An outcome that is advocated for, negated or left open is not promised, wherever the
  // promise marker sits ("I can't promise the title, but ...").
  const advocated = clauses.filter((c) => matchesAny(ADVOCACY, c.text));
  const takenBack = clauses.filter((c) => matchesAny(CLAUSE_LIMITS, c.text));
  const outcomes = joinAdjacent(
    OUTCOME_TERMS.flatMap((term) =>
      hits(term.pattern, sentence).map((hit) => ({ ...hit, kind: term.kind })),
    ),
  ).filter((o) => ![...advocated, ...takenBack].some((c) => c.start <= o.start && o.end <= c.end));
  const inGift = has(IN_GIFT_ACTION, sentence.text);
  const findings: LintFinding[] = [];
  for (const clause of clauses) {
    if (takenBack.includes(clause)) continue;
    const advocacy = advocated.includes(clause);
    for (const trigger of PROMISE_TRIGGERS) {
      if (trigger.contexts !== undefined && !trigger.contexts.includes(context)) continue;
      if (advocacy && trigger.outcome === 'after-in-clause') continue;
      for (const hit of hits(trigger.pattern, clause)) {
        const outcome = promisedOutcome(trigger, hit, clause, outcomes, inGift);
        if (outcome === null) continue;
        const span = {
          start: Math.min(hit.start, outcome?.start ?? hit.start),
          end: Math.max(hit.end, outcome?.end ?? hit.end),
        };
        findings.push({
          code: 'promise',
          severity: 'warning',
          span,
          excerpt: text.slice(span.start, span.end),
          message: promiseMessage(outcome?.kind),
          suggestions: promiseSuggestions(outcome?.kind),
          rule: `promise/${trigger.id}`,
        });
      }
    }
  }
  return findings;
}

/** The outcome the trigger promises; undefined when it promises one unnamed; null when none. */
function promisedOutcome(
  trigger: PromiseTrigger,
  hit: Hit,
  clause: TextUnit,
  outcomes: readonly Outcome[],
  inGift: boolean,
): Outcome | undefined | null {
  if (trigger.outcome === 'after-in-clause') {
    return (
      outcomes.find(
        (o) =>
          o.start >= hit.start &&
          o.end <= clause.end &&
          wordCount(clause.text.slice(hit.end - clause.start, o.start - clause.start)) <=
            OBJECT_WINDOW,
      ) ?? null
    );
  }
  const nearest = outcomes.toSorted(
    (a, b) => Math.abs(a.start - hit.start) - Math.abs(b.start - hit.start),
  )[0];
  if (nearest !== undefined) return nearest;
  return trigger.outcome === 'in-sentence-or-unnamed' && !inGift ? undefined : null;
}

function findVagueness(
  text: string,
  sentence: TextUnit,
  clauses: readonly TextUnit[],
  context: LintContext,
): LintFinding[] {
  const severity: LintSeverity = context === 'commitment' ? 'warning' : 'info';
  const said = text.slice(sentence.start, sentence.end);
  const explain = (code: VagueCode, excerpt: string, hit: Hit) =>
    code === 'vague-timing'
      ? {
          message: vagueTimingMessage(excerpt),
          suggestions: vagueTimingSuggestions(said, {
            from: hit.start - sentence.start,
            to: hit.end - sentence.start,
          }),
        }
      : { message: vagueActionMessage(excerpt), suggestions: vagueActionSuggestions(said) };
  const isUse = (hit: Hit) => {
    const clause = unitAt(clauses, hit.start);
    const before = clause === undefined ? '' : clause.text.slice(0, hit.start - clause.start);
    return !has(ASPIRATION, before) && !isQuoted(text, hit);
  };
  return VAGUENESS.flatMap(([code, rules]) =>
    rules.flatMap((rule) =>
      hits(rule.pattern, sentence)
        .filter(isUse)
        .map((hit): LintFinding => {
          const excerpt = text.slice(hit.start, hit.end);
          return {
            code,
            severity,
            span: hit,
            excerpt,
            ...explain(code, excerpt, hit),
            rule: `${code}/${rule.id}`,
          };
        }),
    ),
  );
}

function noDateFinding(text: string): LintFinding {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return {
    code: 'vague-timing',
    severity: 'warning',
    span: { start, end },
    excerpt: text.slice(start, end),
    message: NO_DATE_MESSAGE,
    suggestions: vagueTimingSuggestions(text.slice(start, end)),
    rule: 'vague-timing/no-date',
  };
}

/** "the senior" + "title" is one outcome, a title: the last word of a phrase names the kind. */
function joinAdjacent(outcomes: readonly Outcome[]): Outcome[] {
  const joined: Outcome[] = [];
  for (const outcome of outcomes.toSorted((a, b) => a.start - b.start || b.end - a.end)) {
    const previous = joined.at(-1);
    if (previous !== undefined && outcome.start <= previous.end + 1) {
      if (outcome.end > previous.end)
        joined[joined.length - 1] = { ...outcome, start: previous.start };
      continue;
    }
    joined.push(outcome);
  }
  return joined;
}

/** One finding per stretch of text and code: "soon-ish" is one problem, not two. */
function mergeOverlapping(text: string, findings: readonly LintFinding[]): LintFinding[] {
  const sorted = findings.toSorted(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  );
  const merged: LintFinding[] = [];
  for (const finding of sorted) {
    const previous = merged.findLast((m) => m.code === finding.code);
    if (previous !== undefined && finding.span.start < previous.span.end) {
      if (finding.span.end > previous.span.end) {
        const span = { start: previous.span.start, end: finding.span.end };
        const excerpt = text.slice(span.start, span.end);
        merged[merged.indexOf(previous)] = { ...previous, span, excerpt };
      }
      continue;
    }
    merged.push(finding);
  }
  return merged;
}

function hits(pattern: RegExp, unit: TextUnit): Hit[] {
  return [...unit.text.matchAll(pattern)]
    .filter((match) => match[0].length > 0)
    .map((match) => ({
      start: unit.start + match.index,
      end: unit.start + match.index + match[0].length,
    }));
}

/** A word in quotes is mentioned, not used: 'Not "soon" - immediately.' */
function isQuoted(text: string, hit: Hit): boolean {
  const quotes = /["'“”‘’]/;
  return quotes.test(text.charAt(hit.start - 1)) && quotes.test(text.charAt(hit.end));
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

function matchesAny(limits: readonly { pattern: RegExp }[], text: string): boolean {
  return limits.some((limit) => has(limit.pattern, text));
}

function has(pattern: RegExp, text: string): boolean {
  return text.search(pattern) !== -1;
}
