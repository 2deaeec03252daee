import { describeTasksContract } from '../../integration/ports/tasks.contract';
import { MemoryTasks } from '../../../src/adapters/memory/memory-tasks';

describeTasksContract('memory', () => {
  const tasks = new MemoryTasks();
  return Promise.resolve({
    tasks,
    statusOf: (id: string) => Promise.resolve(tasks.tasks.find((t) => t.id === id)?.status),
    countTitled: (title: string) =>
      Promise.resolve(tasks.tasks.filter((t) => t.title === title).length),
  });
});
