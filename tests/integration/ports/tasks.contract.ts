import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewTask, Tasks } from '../../../src/app/ports';
import { expectPortError, uniqueKey } from './contract-helpers';

export interface TasksFixture {
  tasks: Tasks;
  /** The task's status as To Do shows it, undefined when there is no such task. */
  statusOf(id: string): Promise<'notStarted' | 'completed' | undefined>;
  /** How many tasks have this title. */
  countTitled(title: string): Promise<number>;
  close?: () => Promise<void>;
}

/** What every Tasks must do, whatever sits behind it. */
export function describeTasksContract(name: string, setup: () => Promise<TasksFixture>): void {
  describe(`Tasks contract: ${name}`, () => {
    let f: TasksFixture;
    const task = (): NewTask => ({
      title: `Introduce Liam to the staff engineers' guild ${uniqueKey('t')}`,
      due: '2031-03-14',
      body: 'Name the person, book the meeting, do it within two weeks.',
      idempotencyKey: uniqueKey('task'),
    });
    beforeAll(async () => {
      f = await setup();
    });
    afterAll(async () => {
      await f.close?.();
    });

    it('creates an open task, once per idempotency key', async () => {
      const input = task();
      const created = await f.tasks.createTask(input);
      const again = await f.tasks.createTask(input);
      expect(again.id).toBe(created.id);
      expect(await f.statusOf(created.id)).toBe('notStarted');
      expect(await f.countTitled(input.title)).toBe(1);
    });

    it('keeps two tasks with the same title but different keys apart', async () => {
      const input = task();
      const one = await f.tasks.createTask(input);
      const two = await f.tasks.createTask({ ...input, idempotencyKey: uniqueKey('task') });
      expect(two.id).not.toBe(one.id);
      expect(await f.countTitled(input.title)).toBe(2);
    });

    it('completes a task; an unknown task is not-found', async () => {
      const created = await f.tasks.createTask(task());
      await f.tasks.completeTask(created.id);
      expect(await f.statusOf(created.id)).toBe('completed');
      await expectPortError(f.tasks.completeTask('no-such-task'), 'not-found');
    });
  });
}
