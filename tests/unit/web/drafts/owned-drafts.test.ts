import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { signOutSafely } from '../../../../src/web/app/sign-out';
import { localDraftStore } from '../../../../src/web/shared/autosave/draft-store';
import {
  createDraftSession,
  DRAFT_LIFETIME_MS,
  type KeyValueStorage,
} from '../../../../src/web/shared/drafts/owned-drafts';

/** The browser's local storage, as a map. */
function browserStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

const PRIYA = { tenantId: 'contoso', userId: 'priya' };
const NOAH = { tenantId: 'contoso', userId: 'noah' };
const NOTE = 'Zeynep: worried about the reorg, ask about the platform move';

function setUp(start = Date.parse('2026-12-08T09:30:00Z')) {
  const backing = browserStorage();
  let now = start;
  const session = createDraftSession(
    () => backing,
    () => now,
  );
  const prepNote = () => localDraftStore('prep-zeynep', z.string(), session.storage);
  const everything = () => [...backing.items.values()].join('\n');
  return {
    backing,
    session,
    prepNote,
    everything,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('drafts on a shared browser belong to the account that typed them', () => {
  it('never gives one account’s unsaved private note to the next account signing in, and deletes it', () => {
    const { session, prepNote, everything } = setUp();
    session.begin(PRIYA);
    expect(
      prepNote().save({ value: NOTE, baseEtag: null, changedAt: '2026-12-08T09:30:00Z' }),
    ).toBe(true);
    expect(prepNote().load()?.value).toBe(NOTE);

    session.begin(NOAH);
    expect(prepNote().load()).toBeUndefined();
    expect(everything()).not.toContain('reorg');
  });

  it('keeps an account’s draft for that account’s next session on this browser', () => {
    const { session, prepNote } = setUp();
    session.begin(PRIYA);
    prepNote().save({ value: NOTE, baseEtag: null, changedAt: '2026-12-08T09:30:00Z' });
    session.begin(undefined);
    expect(prepNote().load()).toBeUndefined();
    session.begin(PRIYA);
    expect(prepNote().load()?.value).toBe(NOTE);
  });

  it('keeps nothing typed while nobody is signed in', () => {
    const { session, prepNote, backing } = setUp();
    session.begin(undefined);
    expect(prepNote().save({ value: NOTE, baseEtag: null, changedAt: 'x' })).toBe(false);
    expect(backing.items.size).toBe(0);
  });

  it('deletes drafts kept before drafts had owners: nobody can say whose they are', () => {
    const { session, backing } = setUp();
    backing.setItem('career-conversations.draft.v1.prep-zeynep', JSON.stringify({ value: NOTE }));
    backing.setItem('career.contract-draft.v1.zeynep', '{}');
    backing.setItem('career:summary-intro:c1', 'Thanks for today');
    backing.setItem('career-conversations.theme', 'dark');
    session.begin(PRIYA);
    expect([...backing.items.keys()]).toEqual(['career-conversations.theme']);
  });

  it('lets a draft expire two weeks after it was last typed', () => {
    const { session, prepNote, advance, backing } = setUp();
    session.begin(PRIYA);
    prepNote().save({ value: NOTE, baseEtag: null, changedAt: 'x' });
    advance(DRAFT_LIFETIME_MS - 1);
    expect(prepNote().load()?.value).toBe(NOTE);
    advance(2);
    expect(prepNote().load()).toBeUndefined();
    expect(backing.items.size).toBe(0);
  });

  it('deletes another account’s expired and foreign drafts when a session starts, keeps its own', () => {
    const { session, prepNote, backing } = setUp();
    session.begin(NOAH);
    localDraftStore('prep-liam', z.string(), session.storage).save({
      value: 'Noah’s own',
      baseEtag: null,
      changedAt: 'x',
    });
    session.begin(PRIYA);
    prepNote().save({ value: NOTE, baseEtag: null, changedAt: 'x' });
    expect(session.keys()).toEqual(['autosave.prep-zeynep']);
    expect([...backing.items.values()].join()).not.toContain('Noah’s own');
  });
});

describe('signing out', () => {
  it('sends what autosaves still hold first, then signs out with nothing left behind', async () => {
    const { session, prepNote, backing } = setUp();
    session.begin(PRIYA);
    prepNote().save({ value: NOTE, baseEtag: null, changedAt: 'x' });
    const signOut = vi.fn(() => Promise.resolve());
    // The flush is what saves it: the autosave clears its draft once OneDrive has the note.
    const flush = vi.fn(() => {
      prepNote().clear();
      return Promise.resolve();
    });
    expect(await signOutSafely(session, signOut, { flush })).toEqual({ kind: 'signed-out' });
    expect(flush).toHaveBeenCalledBefore(signOut);
    expect(backing.items.size).toBe(0);
  });

  it('asks before signing out when something could not be saved, naming what', async () => {
    const { session, prepNote } = setUp();
    session.begin(PRIYA);
    prepNote().save({ value: NOTE, baseEtag: null, changedAt: 'x' });
    localDraftStore('invitation.zeynep', z.string(), session.storage).save({
      value: 'Hi Zeynep',
      baseEtag: null,
      changedAt: 'x',
    });
    const signOut = vi.fn(() => Promise.resolve());
    const outcome = await signOutSafely(session, signOut, { flush: () => Promise.resolve() });
    expect(outcome.kind).toBe('unsaved');
    expect(outcome.kind === 'unsaved' ? [...outcome.items].sort() : []).toEqual([
      'Private preparation notes',
      'The invitation wording',
    ]);
    expect(signOut).not.toHaveBeenCalled();
    expect(prepNote().load()?.value).toBe(NOTE);
  });

  it('discards every draft of the account when the person chooses to, then signs out', async () => {
    const { session, prepNote, backing } = setUp();
    session.begin(PRIYA);
    prepNote().save({ value: NOTE, baseEtag: null, changedAt: 'x' });
    const signOut = vi.fn(() => Promise.resolve());
    expect(await signOutSafely(session, signOut, { discard: true })).toEqual({
      kind: 'signed-out',
    });
    expect(signOut).toHaveBeenCalledOnce();
    expect(backing.items.size).toBe(0);
  });
});
