import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { chunkLoader, type ChunkLoader } from '../../../../src/web/app/app-chunks';
import { lazyChunk } from '../../../../src/web/app/lazy-chunk';

// A screen whose chunk is already there renders in the same pass, without its fallback: React 19
// holds a screen revealed after a fallback for 300 ms, which put two such waits before the team
// overview's data on a cold open.

interface Chunk {
  Screen: () => React.JSX.Element;
}
const chunk: Chunk = { Screen: () => <p>the screen</p> };

function inSuspense(Lazy: React.ComponentType): string {
  return renderToString(
    <Suspense fallback={<p>opening</p>}>
      <Lazy />
    </Suspense>,
  );
}

describe('lazyChunk', () => {
  it('renders a screen whose chunk has loaded at once, without the fallback', async () => {
    const load = chunkLoader(() => Promise.resolve(chunk));
    await load();
    const Screen = lazyChunk(load, (loaded) => loaded.Screen);
    const html = inSuspense(Screen);
    expect(html).toContain('the screen');
    expect(html).not.toContain('opening');
  });

  it('shows the fallback while a chunk that has not loaded is fetched', () => {
    const load: ChunkLoader<Chunk> = Object.assign(() => new Promise<Chunk>(() => undefined), {
      loaded: () => undefined,
    });
    const html = inSuspense(lazyChunk(load, (loaded) => loaded.Screen));
    expect(html).toContain('opening');
    expect(html).not.toContain('the screen');
  });
});

describe('chunkLoader', () => {
  it('remembers the module once loaded, and tries a failed load again', async () => {
    let calls = 0;
    const load = chunkLoader(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(chunk);
    });
    expect(load.loaded()).toBeUndefined();
    await expect(load()).rejects.toThrow('offline');
    expect(load.loaded()).toBeUndefined();
    await expect(load()).resolves.toBe(chunk);
    expect(load.loaded()).toBe(chunk);
    expect(calls).toBe(2);
  });
});
