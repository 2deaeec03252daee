import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { MemoryPrivateNotes } from '../../../../src/adapters/memory/memory-private-notes';
import { privateNoteDocument } from '../../../../src/web/features/prepare/api/autosave-private-notes';
import { AutosaveEngine } from '../../../../src/web/shared/autosave/autosave-engine';
import { localDraftStore } from '../../../../src/web/shared/autosave/draft-store';
import { MemoryStorage } from './memory-storage';

const KEY = 'prep-report-1';
const DEBOUNCE = 1000;
const RETRY = 5000;

describe('autosave: every change kept on the device, then saved on the version it was typed on', () => {
  let notes: MemoryPrivateNotes;
  let storage: MemoryStorage;
  let online: boolean;

  beforeEach(() => {
    vi.useFakeTimers();
    notes = new MemoryPrivateNotes();
    storage = new MemoryStorage();
    online = true;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A page: a new engine over the same OneDrive (notes) and the same browser (storage). */
  function openPage(options: { check?: (v: string) => string | undefined } = {}) {
    const engine = new AutosaveEngine<string>({
      remote: privateNoteDocument(notes, KEY),
      drafts: localDraftStore(KEY, z.string(), storage),
      equals: (a, b) => a === b,
      debounceMs: DEBOUNCE,
      retryMs: RETRY,
      now: () => new Date('2026-03-12T10:42:00Z'),
      isOnline: () => online,
      ...options,
    });
    return engine;
  }

  const saved = async () => (await notes.read(KEY))?.text;
  const status = (engine: AutosaveEngine<string>) => engine.getSnapshot().status.kind;

  it('loads, keeps each change on the device at once, and saves it after a pause', async () => {
    await notes.write(KEY, 'first thoughts');
    const page = openPage();
    await page.start();
    expect(page.getSnapshot().value).toBe('first thoughts');

    page.edit('first thoughts, and more');
    expect(status(page)).toBe('pending');
    expect(storage.dump()).toContain('and more');
    expect(await saved()).toBe('first thoughts');

    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(await saved()).toBe('first thoughts, and more');
    expect(page.getSnapshot().status).toEqual({
      kind: 'saved',
      at: new Date('2026-03-12T10:42:00Z'),
    });
    // Saved text does not linger on the device.
    expect(storage.items.size).toBe(0);
  });

  it('creates the note on the first save and never overwrites one created elsewhere meanwhile', async () => {
    const page = openPage();
    await page.start();
    page.edit('mine');
    await notes.write(KEY, 'written in another tab');
    await vi.advanceTimersByTimeAsync(DEBOUNCE);

    expect(page.getSnapshot().status).toEqual({
      kind: 'conflict',
      mine: 'mine',
      theirs: 'written in another tab',
    });
    expect(await saved()).toBe('written in another tab');

    page.resolve('written in another tab\nmine');
    await vi.advanceTimersByTimeAsync(0);
    expect(await saved()).toBe('written in another tab\nmine');
    expect(status(page)).toBe('saved');
  });

  it('restores what was typed before a reload and saves it when the saved copy did not move on', async () => {
    await notes.write(KEY, 'before');
    const first = openPage();
    await first.start();
    first.edit('before, typed just before the reload');
    vi.clearAllTimers(); // the page is gone before its pause ended: nothing was sent
    expect(await saved()).toBe('before');

    const reloaded = openPage();
    await reloaded.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(reloaded.getSnapshot().value).toBe('before, typed just before the reload');
    expect(reloaded.getSnapshot().restored).toBe(true);
    expect(await saved()).toBe('before, typed just before the reload');
    expect(status(reloaded)).toBe('saved');
  });

  it('shows both versions when the saved copy moved on after the text was typed', async () => {
    await notes.write(KEY, 'base');
    notes.failures.failAlways('unavailable', 'write');
    const first = openPage();
    await first.start();
    first.edit('base + mine');
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(status(first)).toBe('offline');
    first.stop();

    notes.failures.clear();
    const current = await notes.read(KEY);
    await notes.write(KEY, 'base + theirs', current?.etag);

    const reloaded = openPage();
    await reloaded.start();
    expect(reloaded.getSnapshot().status).toEqual({
      kind: 'conflict',
      mine: 'base + mine',
      theirs: 'base + theirs',
    });
    expect(reloaded.getSnapshot().restored).toBe(true);
    expect(await saved()).toBe('base + theirs');
  });

  it('keeps typing offline on the device and saves the latest text when the network is back', async () => {
    const page = openPage();
    await page.start();
    notes.failures.failAlways('unavailable');
    online = false;
    page.edit('one');
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(status(page)).toBe('offline');
    page.edit('one two');
    expect(status(page)).toBe('offline');
    expect(storage.dump()).toContain('one two');

    notes.failures.clear();
    online = true;
    page.retry(); // the browser's "online" event
    await vi.advanceTimersByTimeAsync(0);
    expect(await saved()).toBe('one two');
    expect(status(page)).toBe('saved');
  });

  it('tries again on its own while offline', async () => {
    const page = openPage();
    await page.start();
    notes.failures.failNext('unavailable', { op: 'write' });
    page.edit('kept');
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(status(page)).toBe('offline');
    await vi.advanceTimersByTimeAsync(RETRY);
    expect(await saved()).toBe('kept');
  });

  it('sends what was typed while a save was on its way, on the new version', async () => {
    const page = openPage();
    await page.start();
    page.edit('a');
    const flushing = page.flush();
    page.edit('ab');
    await flushing;
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(await saved()).toBe('ab');
    expect(status(page)).toBe('saved');
  });

  it('refuses to send what the check rejects, and keeps it on the device', async () => {
    const page = openPage({ check: (v) => (v.length > 5 ? 'Too long.' : undefined) });
    await page.start();
    page.edit('too long text');
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(page.getSnapshot().status).toEqual({ kind: 'failed', message: 'Too long.' });
    expect(await saved()).toBeUndefined();
    expect(storage.dump()).toContain('too long text');
  });

  it('does not let anything be typed when the note cannot be read and nothing is on the device', async () => {
    notes.failures.failNext('unavailable', { op: 'read' });
    const page = openPage();
    await page.start();
    expect(status(page)).toBe('unreachable');
    page.edit('would overwrite blindly');
    expect(page.getSnapshot().value).toBeUndefined();

    await vi.advanceTimersByTimeAsync(RETRY);
    expect(status(page)).toBe('saved');
    expect(page.getSnapshot().value).toBe('');
  });

  it('sends a change still waiting for its pause when the screen is left', async () => {
    const page = openPage();
    await page.start();
    page.edit('left quickly');
    page.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(await saved()).toBe('left quickly');
    expect(storage.items.size).toBe(0);
  });

  it('says when the browser cannot keep a copy on the device', async () => {
    const page = openPage();
    await page.start();
    storage.refuseWrites = true;
    page.edit('no copy');
    expect(page.getSnapshot().deviceCopy).toBe(false);
    await vi.advanceTimersByTimeAsync(DEBOUNCE);
    expect(await saved()).toBe('no copy');
  });

  it('ignores a device copy that does not have the expected shape', async () => {
    storage.setItem(`career-conversations.draft.v1.${KEY}`, '{"value": 42, "baseEtag": null}');
    await notes.write(KEY, 'saved');
    const page = openPage();
    await page.start();
    expect(page.getSnapshot().value).toBe('saved');
    expect(page.getSnapshot().restored).toBe(false);
  });
});
