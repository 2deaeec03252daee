import type { RefObject } from 'react';

const callbacks = new WeakMap<object, (element: unknown) => void>();

/**
 * A ref object handed to a Fluent UI component. Fluent's `ForwardRefComponent` works out the
 * element type from an optional handler prop, which under `exactOptionalPropertyTypes` comes out
 * as `never` (microsoft/fluentui#25993), so a `RefObject` does not type-check; a callback ref
 * does. The callback is one per ref object, so React does not detach and re-attach it on every
 * render.
 */
export function fluentRef<T>(ref: RefObject<T | null>): (element: T | null) => void {
  let callback = callbacks.get(ref);
  if (!callback) {
    callback = (element) => {
      ref.current = element as T | null;
    };
    callbacks.set(ref, callback);
  }
  return callback;
}
