import { describe, expect, it } from 'vitest';
import { MemoryMailer } from '../../../../src/adapters/memory/memory-messaging';
import { PortError } from '../../../../src/app/ports';
import {
  sendSummary,
  type ConversationAt,
  type SendSummaryPorts,
} from '../../../../src/app/my-365/follow-through';
import { fixedClock, type ConversationRecord, type IsoInstant } from '../../../../src/domain';
import {
  aContract,
  aHeldFull,
  aManagerCommitment,
  aPerson,
  aVersion,
  aBookedFull,
  ZONE,
} from '../../builders';

const MANAGER = aPerson({ id: 'm', displayName: 'Priya Raman', mail: 'priya@contoso.example' });
const REPORT = aPerson({ displayName: 'Tomás Hernández', mail: 'tomas@contoso.example' });
const HELD = aHeldFull('2026-03-03', { id: 'conv-1' });
const CONTRACT = aContract(
  aVersion({
    conversationId: 'conv-1',
    commitments: [aManagerCommitment({ action: 'Introduce Tomás to Dana', due: '2026-03-17' })],
  }),
);

/** A conversation store of one record, with etags that change on every write. */
function fakeRecord(initial: ConversationRecord) {
  let record = initial;
  let version = 1;
  const marks: { sentAt: IsoInstant; etag: string }[] = [];
  return {
    marks,
    get record() {
      return record;
    },
    etag: () => `"${String(version)}"`,
    touch() {
      version += 1;
    },
    markSummarySent: (_id: string, sentAt: IsoInstant, etag: string): Promise<void> => {
      marks.push({ sentAt, etag });
      if (etag !== `"${String(version)}"`) {
        return Promise.reject(new PortError('conflict', 'changed'));
      }
      record = { ...record, summarySentAt: sentAt };
      version += 1;
      return Promise.resolve();
    },
    read: (): Promise<ConversationAt> => Promise.resolve({ record, etag: `"${String(version)}"` }),
  };
}

function setUp(record: ConversationRecord = HELD) {
  const mailer = new MemoryMailer();
  const store = fakeRecord(record);
  const ports: SendSummaryPorts = {
    mailer,
    markSummarySent: store.markSummarySent,
    readConversation: store.read,
    clock: fixedClock('2026-03-03T14:00:00Z'),
  };
  return { mailer, store, ports };
}

const input = (conversation: ConversationAt, intro?: string) => ({
  manager: MANAGER,
  report: REPORT,
  contract: CONTRACT,
  conversation,
  zone: ZONE,
  ...(intro === undefined ? {} : { intro }),
});

describe('sendSummary: mail the written contract, then record when it went', () => {
  it('mails the report from the manager with the edited opening and records the time', async () => {
    const { mailer, store, ports } = setUp();
    const sent = await sendSummary(
      ports,
      input({ record: store.record, etag: store.etag() }, 'Thanks for today, Tomás.'),
    );

    expect(mailer.receivedBy('tomas@contoso.example')).toHaveLength(1);
    const [mail] = mailer.sent;
    expect(mail?.subject).toContain('Our development contract');
    expect(mail?.html).toContain('Thanks for today, Tomás.');
    expect(mail?.html).toContain('Introduce Tomás to Dana');
    expect(mail?.html).not.toContain('Thank you for our conversation');
    expect(sent.sentAt).toBe('2026-03-03T14:00:00Z');
    expect(store.record.summarySentAt).toBe('2026-03-03T14:00:00Z');
  });

  it('uses the playbook’s opening when the edited one is blank', async () => {
    const { mailer, store, ports } = setUp();
    await sendSummary(ports, input({ record: store.record, etag: store.etag() }, '   '));
    expect(mailer.sent[0]?.html).toContain('Thank you for our conversation on');
  });

  it('refuses before the conversation is held, and mails nothing', async () => {
    const booked = aBookedFull('2026-03-10', { id: 'conv-2' });
    const { mailer, store, ports } = setUp(booked);
    await expect(
      sendSummary(ports, input({ record: store.record, etag: store.etag() })),
    ).rejects.toThrow(/Mark the conversation as held first/);
    expect(mailer.sent).toHaveLength(0);
  });

  it('records on the fresh version when the conversation changed meanwhile', async () => {
    const { mailer, store, ports } = setUp();
    const stale = { record: store.record, etag: store.etag() };
    store.touch(); // a note saved in another tab
    await sendSummary(ports, input(stale));
    expect(store.marks.map((m) => m.etag)).toEqual(['"1"', '"2"']);
    expect(store.record.summarySentAt).toBeDefined();
    expect(mailer.sent).toHaveLength(1);
  });

  it('keeps the first record when another tab already recorded the summary', async () => {
    const { store, ports } = setUp();
    const stale = { record: store.record, etag: store.etag() };
    await store.markSummarySent('conv-1', '2026-03-03T13:00:00Z', store.etag());
    const sent = await sendSummary(ports, input(stale));
    expect(sent.sentAt).toBe('2026-03-03T13:00:00Z');
    expect(store.record.summarySentAt).toBe('2026-03-03T13:00:00Z');
  });

  it('never mails twice when a failed recording is retried', async () => {
    const { mailer, store, ports } = setUp();
    const failing: SendSummaryPorts = {
      ...ports,
      markSummarySent: () => Promise.reject(new PortError('unavailable', 'down')),
    };
    await expect(
      sendSummary(failing, input({ record: store.record, etag: store.etag() })),
    ).rejects.toThrow('down');
    await sendSummary(ports, input({ record: store.record, etag: store.etag() }));
    expect(mailer.sent).toHaveLength(1);
    expect(store.record.summarySentAt).toBeDefined();
  });
});
