import { isPortError } from '../../../app/ports/port-error';
import type { AutosaveStatus } from './autosave-types';

/** A PortError's message is written for the person; anything else gets a plain one. */
export const messageOf = (error: unknown): string =>
  isPortError(error) ? error.message : 'Something went wrong while saving.';

export const failedWith = <T>(error: unknown): AutosaveStatus<T> => ({
  kind: 'failed',
  message: messageOf(error),
});
