import { describe, expect, it } from 'vitest';
import { MemoryCalendar } from '../../../../src/adapters/memory/memory-calendar';
import { MemoryDirectory } from '../../../../src/adapters/memory/memory-directory';
import { MemoryChat, MemoryMailer } from '../../../../src/adapters/memory/memory-messaging';
import { MemoryPrivateNotes } from '../../../../src/adapters/memory/memory-private-notes';
import { MemoryTasks } from '../../../../src/adapters/memory/memory-tasks';
import { isPortError } from '../../../../src/app/ports';

const reason = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('memory ports fail on demand', () => {
  it('fails the next call with the planned kind, then works again', async () => {
    const mailer = new MemoryMailer();
    mailer.failures.failNext('throttled');
    const mail = { to: [], subject: 's', html: '', idempotencyKey: 'k' };
    expect(isPortError(await reason(mailer.send(mail)), 'throttled')).toBe(true);
    expect(mailer.sent).toHaveLength(0);
    await mailer.send(mail);
    expect(mailer.sent).toHaveLength(1);
  });

  it('fails only the named operation when one is given', async () => {
    const calendar = new MemoryCalendar({ email: 'me@contoso.test', name: 'Me' });
    calendar.failures.failNext('unavailable', { op: 'busyTimes', times: 2 });
    const range = { start: '2031-01-01T00:00:00Z', end: '2031-01-02T00:00:00Z' };
    expect(await calendar.eventsBetween(range, 'UTC')).toEqual([]);
    for (let i = 0; i < 2; i += 1) {
      expect(isPortError(await reason(calendar.busyTimes([], range, 'UTC')), 'unavailable')).toBe(
        true,
      );
    }
    expect(await calendar.busyTimes([], range, 'UTC')).toEqual(new Map());
  });

  it('every memory port has the switch', async () => {
    const directory = new MemoryDirectory([{ id: 'a', displayName: 'A', mail: 'a@x.test' }], 'a');
    const tasks = new MemoryTasks();
    const notes = new MemoryPrivateNotes();
    const chat = new MemoryChat();
    directory.failures.failNext('unauthenticated');
    tasks.failures.failNext('forbidden');
    notes.failures.failNext('conflict');
    chat.failures.failNext('throttled');
    expect(isPortError(await reason(directory.me()), 'unauthenticated')).toBe(true);
    expect(
      isPortError(
        await reason(
          tasks.createTask({ title: 't', due: '2031-01-01', body: '', idempotencyKey: 'k' }),
        ),
        'forbidden',
      ),
    ).toBe(true);
    expect(isPortError(await reason(notes.write('n', 'x')), 'conflict')).toBe(true);
    expect(isPortError(await reason(chat.sendDirect('u', '<p>x</p>', 'k')), 'throttled')).toBe(
      true,
    );
  });
});
