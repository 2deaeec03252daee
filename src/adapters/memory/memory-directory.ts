import { PortError } from '../../app/ports';
import type { Directory } from '../../app/ports';
import type { Person } from '../../domain';
import { FailureSwitch } from './memory-failure-switch';

type Operation = 'me' | 'person' | 'directReports' | 'managerOf';

export interface MemoryPerson extends Person {
  managerId?: string;
}

function notFound(): PortError {
  return new PortError('not-found', 'This person could not be found in the directory.');
}

function strip({ managerId: _managerId, ...person }: MemoryPerson): Person {
  return structuredClone(person);
}

/** The directory in memory: people, who reports to whom, and who is signed in. */
export class MemoryDirectory implements Directory {
  readonly failures = new FailureSwitch<Operation>();
  private readonly people = new Map<string, MemoryPerson>();

  constructor(
    people: readonly MemoryPerson[],
    private signedInId: string,
  ) {
    for (const person of people) this.people.set(person.id, structuredClone(person));
  }

  signInAs(id: string): void {
    this.signedInId = id;
  }

  /** Moves someone to another manager (or none), as an HR change in Entra ID would. */
  setManager(personId: string, managerId: string | undefined): void {
    const person = this.people.get(personId);
    if (!person) throw notFound();
    if (managerId === undefined) delete person.managerId;
    else person.managerId = managerId;
  }

  me(): Promise<Person> {
    return this.failures.run('me', () => this.find(this.signedInId));
  }

  person(id: string): Promise<Person> {
    return this.failures.run('person', () => this.find(id));
  }

  directReports(managerId: string): Promise<Person[]> {
    return this.failures.run('directReports', () => {
      this.find(managerId);
      return [...this.people.values()].filter((p) => p.managerId === managerId).map(strip);
    });
  }

  managerOf(personId: string): Promise<Person | undefined> {
    return this.failures.run('managerOf', () => {
      const person = this.people.get(personId);
      if (!person) throw notFound();
      return person.managerId === undefined ? undefined : this.find(person.managerId);
    });
  }

  private find(id: string): Person {
    const person = this.people.get(id);
    if (!person) throw notFound();
    return strip(person);
  }
}

export function createMemoryDirectory(
  people: readonly MemoryPerson[],
  signedInId: string,
): MemoryDirectory {
  return new MemoryDirectory(people, signedInId);
}
