import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrivateNotes } from '../../../src/app/ports';
import { expectPortError, uniqueKey } from './contract-helpers';

export interface PrivateNotesFixture {
  notes: PrivateNotes;
  close?: () => Promise<void>;
}

/** What every PrivateNotes must do, whatever sits behind it. */
export function describePrivateNotesContract(
  name: string,
  setup: () => Promise<PrivateNotesFixture>,
): void {
  describe(`PrivateNotes contract: ${name}`, () => {
    let f: PrivateNotesFixture;
    beforeAll(async () => {
      f = await setup();
    });
    afterAll(async () => {
      await f.close?.();
    });

    it('reads nothing for a note never written', async () => {
      expect(await f.notes.read(uniqueKey('none'))).toBeUndefined();
    });

    it('writes a new note and reads back the same text and version', async () => {
      const key = uniqueKey('prep');
      const text = 'Liam: promotion discussed two quarters ago — "what is in the way?" ✓\nLine two';
      const written = await f.notes.write(key, text);
      expect(written.text).toBe(text);
      expect(written.etag).not.toBe('');
      expect(await f.notes.read(key)).toEqual({ text, etag: written.etag });
    });

    it('updates with the version read, and the version changes', async () => {
      const key = uniqueKey('prep');
      const first = await f.notes.write(key, 'first');
      const second = await f.notes.write(key, 'second', first.etag);
      expect(second.etag).not.toBe(first.etag);
      expect(await f.notes.read(key)).toEqual({ text: 'second', etag: second.etag });
    });

    it('refuses a stale version with "conflict" and loses nothing', async () => {
      const key = uniqueKey('prep');
      const original = await f.notes.write(key, 'written in the Teams tab');
      const elsewhere = await f.notes.write(key, 'written in Outlook', original.etag);
      await expectPortError(f.notes.write(key, 'stale tab overwrites?', original.etag), 'conflict');
      expect(await f.notes.read(key)).toEqual({ text: 'written in Outlook', etag: elsewhere.etag });
    });

    it('never overwrites an existing note blindly', async () => {
      const key = uniqueKey('prep');
      const kept = await f.notes.write(key, 'keep me');
      await expectPortError(f.notes.write(key, 'blind write'), 'conflict');
      expect(await f.notes.read(key)).toEqual({ text: 'keep me', etag: kept.etag });
    });

    it('keeps an empty note, and refuses a key that is not a plain name', async () => {
      const key = uniqueKey('prep');
      const empty = await f.notes.write(key, '');
      expect(await f.notes.read(key)).toEqual({ text: '', etag: empty.etag });
      await expectPortError(f.notes.write('../escape', 'x'), 'invalid');
      await expectPortError(f.notes.read('a/b'), 'invalid');
    });
  });
}
