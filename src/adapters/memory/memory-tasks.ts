import { PortError } from '../../app/ports';
import type { NewTask, Tasks } from '../../app/ports';
import { FailureSwitch } from './memory-failure-switch';

export interface MemoryTask extends NewTask {
  id: string;
  status: 'notStarted' | 'completed';
}

/** To Do tasks in memory: one task per idempotency key. */
export class MemoryTasks implements Tasks {
  readonly failures = new FailureSwitch<'createTask' | 'completeTask'>();
  private readonly stored = new Map<string, MemoryTask>();

  get tasks(): readonly MemoryTask[] {
    return [...this.stored.values()];
  }

  createTask(task: NewTask): Promise<{ id: string }> {
    return this.failures.run('createTask', () => {
      const existing = this.tasks.find((t) => t.idempotencyKey === task.idempotencyKey);
      if (existing) return { id: existing.id };
      const id = `task-${String(this.stored.size + 1)}`;
      this.stored.set(id, { ...structuredClone(task), id, status: 'notStarted' });
      return { id };
    });
  }

  completeTask(id: string): Promise<void> {
    return this.failures.run('completeTask', () => {
      const task = this.stored.get(id);
      if (!task) throw new PortError('not-found', 'This task could not be found in To Do.');
      task.status = 'completed';
    });
  }
}

export const createMemoryTasks = (): MemoryTasks => new MemoryTasks();
