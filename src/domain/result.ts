/** Errors are values with a message a user can act on, never bare strings or thrown exceptions. */
export interface DomainError<Code extends string = string> {
  code: Code;
  /** Shown to the user as is: says what is wrong and what to do. */
  message: string;
  /** The field the error is about, as a path, e.g. `commitments.2.due`. */
  field?: string;
}

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; errors: E[] };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = <E>(errors: E[]): Result<never, E> => ({ ok: false, errors });
