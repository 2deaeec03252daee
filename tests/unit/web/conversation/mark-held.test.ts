import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  CareerApiClient,
  ConversationPatch,
  ConversationRecord,
} from '../../../../src/adapters/career-api/career-api-client';
import { PortError } from '../../../../src/app/ports/port-error';
import { sharedNotesDocument } from '../../../../src/web/shared/conversation/autosave-shared-notes';
import { markHeld } from '../../../../src/web/features/conversation/api/mark-held';
import { EMPTY_PHASE_NOTES } from '../../../../src/web/shared/conversation/notes-sync/phase-notes';
import {
  sameSharedNotes,
  type SharedNotesValue,
} from '../../../../src/web/shared/conversation/notes-sync/shared-notes-value';
import { AutosaveEngine } from '../../../../src/web/shared/autosave/autosave-engine';
import { localDraftStore } from '../../../../src/web/shared/autosave/draft-store';
import { sharedNotesValueSchema } from '../../../../src/web/shared/conversation/notes-sync/shared-notes-value';
import { MemoryStorage } from '../autosave/memory-storage';

/** The career API's conversation endpoints over one record, with If-Match as the server has it. */
class FakeConversationApi implements Pick<CareerApiClient, 'conversation' | 'updateConversation'> {
  version = 1;
  offline = false;
  readonly patches: { patch: ConversationPatch; etag: string }[] = [];
  record: ConversationRecord = {
    id: 'c1',
    reportId: 'r1',
    managerId: 'm1',
    kind: 'full',
    state: 'booked',
    rescheduleCount: 0,
    phasesReached: [],
    aspirationRecorded: false,
    sharedNotes: '',
    manualTicks: [],
    etag: '"1"',
  };

  conversation(): Promise<ConversationRecord> {
    if (this.offline) return Promise.reject(new PortError('unavailable', 'Offline.'));
    return Promise.resolve(this.record);
  }

  updateConversation(
    _id: string,
    patch: ConversationPatch,
    etag: string,
  ): Promise<ConversationRecord> {
    if (this.offline) return Promise.reject(new PortError('unavailable', 'Offline.'));
    if (etag !== this.record.etag) return Promise.reject(new PortError('conflict', 'Changed.'));
    this.patches.push({ patch, etag });
    this.version += 1;
    // The fields conversation mode sends; the others are not part of these tests.
    const { state, sharedNotes, phasesReached, aspirationRecorded } = patch;
    this.record = {
      ...this.record,
      ...(state === undefined ? {} : { state }),
      ...(sharedNotes === undefined ? {} : { sharedNotes }),
      ...(phasesReached === undefined ? {} : { phasesReached }),
      ...(aspirationRecorded === undefined ? {} : { aspirationRecorded }),
      etag: `"${String(this.version)}"`,
    };
    return Promise.resolve(this.record);
  }
}

describe('mark held: the last notes saved first, then the state on the version they were saved as', () => {
  let api: FakeConversationApi;
  let engine: AutosaveEngine<SharedNotesValue>;

  beforeEach(async () => {
    vi.useFakeTimers();
    api = new FakeConversationApi();
    engine = new AutosaveEngine<SharedNotesValue>({
      remote: sharedNotesDocument(api, 'c1', () => undefined),
      drafts: localDraftStore('shared-notes-c1', sharedNotesValueSchema, new MemoryStorage()),
      equals: sameSharedNotes,
    });
    await engine.start();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the notes still waiting, the phases, the aspiration, then "held"', async () => {
    engine.edit({
      notes: { ...EMPTY_PHASE_NOTES, 'where-to-go': 'Staff engineer' },
      covered: ['where-now'],
    });
    const held = await markHeld(api, 'c1', engine);

    expect(api.patches.map((p) => p.patch)).toEqual([
      {
        sharedNotes: '## Where do you want to go?\nStaff engineer',
        phasesReached: ['where-now', 'where-to-go'],
        aspirationRecorded: true,
      },
      { state: 'held', aspirationRecorded: true },
    ]);
    expect(api.patches[1]?.etag).toBe('"2"');
    expect(held.state).toBe('held');
    // The autosave carries on from the held version: the next note is not a conflict.
    engine.edit({
      notes: { ...EMPTY_PHASE_NOTES, 'where-to-go': 'Staff engineer, soon' },
      covered: [],
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(api.record.sharedNotes).toContain('soon');
    expect(engine.getSnapshot().status.kind).toBe('saved');
  });

  it('is not a conflict when another screen changed the record but not the notes', async () => {
    engine.edit({ notes: { ...EMPTY_PHASE_NOTES, 'where-now': 'first' }, covered: [] });
    await vi.advanceTimersByTimeAsync(1000);
    // The contract editor links its version to this conversation: a new etag, the same notes.
    await api.updateConversation('c1', { contractVersion: 3 }, api.record.etag);
    engine.edit({ notes: { ...EMPTY_PHASE_NOTES, 'where-now': 'first, second' }, covered: [] });
    await vi.advanceTimersByTimeAsync(1000);
    expect(engine.getSnapshot().status.kind).toBe('saved');
    expect(api.record.sharedNotes).toContain('first, second');
  });

  it('is a conflict when the notes themselves changed elsewhere', async () => {
    engine.edit({ notes: { ...EMPTY_PHASE_NOTES, 'where-now': 'mine' }, covered: [] });
    await api.updateConversation(
      'c1',
      { sharedNotes: '## Where are you now?\ntheirs' },
      api.record.etag,
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(engine.getSnapshot().status.kind).toBe('conflict');
    expect(api.record.sharedNotes).toContain('theirs');
  });

  it('refuses while the notes are only on the device, and says why', async () => {
    api.offline = true;
    engine.edit({ notes: { ...EMPTY_PHASE_NOTES, 'where-now': 'typed offline' }, covered: [] });
    await expect(markHeld(api, 'c1', engine)).rejects.toThrow(/offline/);
    expect(api.record.state).toBe('booked');
  });
});
