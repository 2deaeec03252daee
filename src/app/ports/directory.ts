import type { Person } from '../../domain';

/** Who is who, and who reports to whom, live from the directory (Entra ID). */
export interface Directory {
  /** The signed-in person. */
  me(): Promise<Person>;
  person(id: string): Promise<Person>;
  /** Current direct reports, as the directory has them right now. */
  directReports(managerId: string): Promise<Person[]>;
  /** The person's current manager, or undefined when they have none. */
  managerOf(personId: string): Promise<Person | undefined>;
}
