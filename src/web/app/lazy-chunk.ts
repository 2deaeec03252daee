import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ChunkLoader } from './app-chunks';

/**
 * `React.lazy` over a chunk that may have loaded already (app-chunks.ts starts the likely ones
 * before sign-in answers). React suspends on a lazy component's first render whenever it is
 * handed a promise, even a settled one, and React 19 then holds the revealed screen until 300 ms
 * after its fallback appeared: on a cold open that was 300 ms before the first API call and 300 ms
 * more before the team's. Handed a thenable that calls back at once, React reads the component
 * in the same render.
 */
export function lazyChunk<M, P extends object>(
  load: ChunkLoader<M>,
  component: (module: M) => ComponentType<P>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => {
    const module = load.loaded();
    if (module === undefined) return load().then((loaded) => ({ default: component(loaded) }));
    return settled({ default: component(module) });
  });
}

/**
 * A thenable already fulfilled with `value`: `then` calls back before it returns. `React.lazy`
 * types its loader as returning a Promise but only ever calls `then` on it.
 */
function settled<T>(value: T): Promise<T> {
  const thenable = {
    then: <R>(onFulfilled?: ((value: T) => R) | null): Promise<R | T> =>
      Promise.resolve(onFulfilled ? onFulfilled(value) : value),
  };
  return thenable as unknown as Promise<T>;
}
