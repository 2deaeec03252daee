import { describeDirectoryContract } from '../../integration/ports/directory.contract';
import { MemoryDirectory } from '../../../src/adapters/memory/memory-directory';

const person = (id: string, managerId?: string) => ({
  id,
  displayName: id.replace('.', ' '),
  mail: `${id}@contoso.test`,
  ...(managerId ? { managerId } : {}),
});

describeDirectoryContract('memory', () => {
  const people = [
    { ...person('elena.vasquez'), timeZone: 'America/New_York' },
    person('priya.raman', 'elena.vasquez'),
    { ...person('liam.oconnor', 'priya.raman'), timeZone: 'Europe/Dublin' },
    person('yuki.nakamura', 'priya.raman'),
    person('chidi.okeke', 'priya.raman'),
  ];
  return Promise.resolve({
    directory: new MemoryDirectory(people, 'elena.vasquez'),
    me: { id: 'elena.vasquez', mail: 'elena.vasquez@contoso.test', timeZone: 'America/New_York' },
    manager: {
      id: 'priya.raman',
      reportIds: ['liam.oconnor', 'yuki.nakamura', 'chidi.okeke'],
      reportTimeZones: {
        'liam.oconnor': 'Europe/Dublin',
        'yuki.nakamura': undefined,
        'chidi.okeke': undefined,
      },
    },
    report: { id: 'liam.oconnor', mail: 'liam.oconnor@contoso.test' },
    top: { id: 'elena.vasquez' },
    unknownId: 'nobody',
  });
});
