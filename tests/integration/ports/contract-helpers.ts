import { Temporal } from 'temporal-polyfill';
import { expect } from 'vitest';
import { PortError, type PortErrorKind } from '../../../src/app/ports';

/** Awaits a promise that must fail with a PortError of the given kind. */
export async function expectPortError(promise: Promise<unknown>, kind: PortErrorKind) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected a ${kind} PortError`).toBeInstanceOf(PortError);
  expect((error as PortError).kind).toBe(kind);
  expect((error as PortError).message.length).toBeGreaterThan(10);
  return error as PortError;
}

/** A key no earlier test run has used. */
export function uniqueKey(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** Two zones that show the same wall clock all year (offsets match in every month of 2031). */
export function sameClock(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Array.from({ length: 12 }, (_, month) =>
    Temporal.ZonedDateTime.from({
      year: 2031,
      month: month + 1,
      day: 15,
      hour: 12,
      timeZone: 'UTC',
    }).toInstant(),
  ).every(
    (instant) => instant.toZonedDateTimeISO(a).offset === instant.toZonedDateTimeISO(b).offset,
  );
}
