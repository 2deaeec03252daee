/**
 * A port the stack picked was bound by someone else before the stack bound it (the stack picks a
 * free port, then starts the part that listens on it). `startStack` starts again on new ports.
 */
export class PortTakenError extends Error {
  constructor(
    readonly which: 'web' | 'api',
    message: string,
  ) {
    super(message);
    this.name = 'PortTakenError';
  }
}

/**
 * The exit code of a local API process whose port was taken (Linux's errno for EADDRINUSE), so
 * the stack that started it can tell this from any other failure without reading its output.
 */
export const EXIT_PORT_TAKEN = 98;

/** Whether an error is a socket's "address in use". */
export function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
}
