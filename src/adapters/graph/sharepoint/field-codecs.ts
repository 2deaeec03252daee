import { z } from 'zod/mini';
import { isoInstantOf, isValidIsoDate } from '../../../domain';
import type { IsoDate, IsoInstant } from '../../../domain';
import type { ListKey } from './schema';

/**
 * Values cross into SharePoint as typed column values and come back untrusted: every field is
 * parsed on its own, so one bad value is dropped (and reported) instead of losing the item.
 */

/** Something in a list that did not match the schema, and what the store did about it. */
export interface DataProblem {
  list: ListKey;
  itemId: string;
  field?: string;
  problem: string;
  /** repaired: the value was dropped or defaulted; skipped: the item was left out. */
  action: 'repaired' | 'skipped';
}

export type ProblemSink = (problem: DataProblem) => void;

/**
 * Dates are stored at noon UTC in a dateTime column. A "date only" SharePoint column shifts the
 * day by the site's time zone when Graph converts to and from UTC; noon UTC is the same calendar
 * day everywhere from UTC−11 to UTC+11, and comparing against noon keeps "due before" exact.
 */
export function dateToField(date: IsoDate): string {
  return `${date}T12:00:00Z`;
}

const text = z.string();
const num = z.number();
const bool = z.boolean();
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Reads one item's fields, reporting every value it has to drop. */
export class FieldReader {
  private readonly dropped: { field: string; problem: string }[] = [];

  constructor(
    readonly list: ListKey,
    readonly itemId: string,
    private readonly fields: Readonly<Record<string, unknown>>,
  ) {}

  private raw(name: string): unknown {
    const value = this.fields[name];
    return value === null || value === '' ? undefined : value;
  }

  private drop(field: string, problem: string): void {
    this.dropped.push({ field, problem });
  }

  /** Empty text comes back from SharePoint as null: both read as undefined. */
  text(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const parsed = text.safeParse(value);
    if (parsed.success) return parsed.data;
    this.drop(name, 'not text');
    return undefined;
  }

  number(name: string): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    // Some SharePoint endpoints return numbers as strings.
    const parsed = num.safeParse(typeof value === 'string' ? Number(value) : value);
    if (parsed.success) return parsed.data;
    this.drop(name, 'not a number');
    return undefined;
  }

  integer(name: string): number | undefined {
    const value = this.number(name);
    if (value === undefined) return undefined;
    if (Number.isInteger(value)) return value;
    this.drop(name, 'not a whole number');
    return undefined;
  }

  boolean(name: string): boolean | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const parsed = bool.safeParse(value);
    if (parsed.success) return parsed.data;
    this.drop(name, 'not true or false');
    return undefined;
  }

  instant(name: string): IsoInstant | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const instant = isoInstantOf(value);
    if (instant !== undefined) return instant;
    this.drop(name, 'not a date and time');
    return undefined;
  }

  date(name: string): IsoDate | undefined {
    const instant = this.instant(name);
    if (instant === undefined) return undefined;
    const date = instant.slice(0, 10);
    if (isValidIsoDate(date)) return date;
    this.drop(name, 'not a date');
    return undefined;
  }

  month(name: string): string | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if (MONTH.test(value)) return value;
    this.drop(name, 'not a month (YYYY-MM)');
    return undefined;
  }

  choice<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.drop(name, `"${value}" is not one of the allowed values`);
    return undefined;
  }

  /** `a;b;c` of known ids; unknown ids are dropped, duplicates kept once. */
  idList<T extends string>(name: string, allowed: readonly T[]): T[] {
    const value = this.text(name);
    if (value === undefined) return [];
    const ids: T[] = [];
    for (const part of value.split(';').map((s) => s.trim())) {
      if (part === '') continue;
      if (!(allowed as readonly string[]).includes(part)) {
        this.drop(name, `unknown id "${part}"`);
      } else if (!ids.includes(part as T)) {
        ids.push(part as T);
      }
    }
    return ids;
  }

  /**
   * Reports what was dropped and returns the required values, or undefined (the item is skipped)
   * when one of them is missing or invalid.
   */
  finish<T extends Record<string, unknown>>(
    sink: ProblemSink,
    required: T,
  ): { [K in keyof T]-?: NonNullable<T[K]> } | undefined {
    const absent = Object.entries(required)
      .filter(([, value]) => value === undefined)
      .map(([name]) => name);
    for (const { field, problem } of this.dropped) {
      if (absent.includes(field)) continue;
      sink({ list: this.list, itemId: this.itemId, field, problem, action: 'repaired' });
    }
    if (absent.length > 0) {
      const reasons = absent.map(
        (name) => this.dropped.find((d) => d.field === name)?.problem ?? 'missing',
      );
      sink({
        list: this.list,
        itemId: this.itemId,
        field: absent.join(', '),
        problem: `required value ${reasons.join(', ')}`,
        action: 'skipped',
      });
      return undefined;
    }
    return required as { [K in keyof T]-?: NonNullable<T[K]> };
  }
}

/** Logs to the console: the default sink, so bad data is never silent. */
export const warnProblem: ProblemSink = (problem) => {
  console.warn(
    `SharePoint ${problem.list} item ${problem.itemId}: ${problem.field ?? ''} ${problem.problem} (${problem.action})`,
  );
};
