import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/app/ports';
import { expectPortError, sameClock } from './contract-helpers';

export interface DirectoryFixture {
  directory: Directory;
  me: { id: string; mail: string; timeZone?: string };
  /** A manager, the ids of all their direct reports, and the reports' zones where known. */
  manager: {
    id: string;
    reportIds: string[];
    reportTimeZones?: Record<string, string | undefined>;
  };
  /** One of `manager`'s reports, who manages nobody. */
  report: { id: string; mail: string };
  /** Someone at the top of the tree, with no manager. */
  top: { id: string };
  unknownId: string;
  close?: () => Promise<void>;
}

/** What every Directory must do, whatever sits behind it. */
export function describeDirectoryContract(
  name: string,
  setup: () => Promise<DirectoryFixture>,
): void {
  describe(`Directory contract: ${name}`, () => {
    let f: DirectoryFixture;
    beforeAll(async () => {
      f = await setup();
    });
    afterAll(async () => {
      await f.close?.();
    });

    it('me() is the signed-in person, with a name and a mail address', async () => {
      const me = await f.directory.me();
      expect(me.id).toBe(f.me.id);
      expect(me.mail.toLowerCase()).toBe(f.me.mail.toLowerCase());
      expect(me.displayName).not.toBe('');
      if (f.me.timeZone) expect(me.timeZone).toBe(f.me.timeZone);
    });

    it('person(id) finds someone by id, and an unknown id is not-found', async () => {
      const person = await f.directory.person(f.report.id);
      expect(person.id).toBe(f.report.id);
      expect(person.mail.toLowerCase()).toBe(f.report.mail.toLowerCase());
      await expectPortError(f.directory.person(f.unknownId), 'not-found');
    });

    it('directReports lists exactly the current reports, each readable', async () => {
      const reports = await f.directory.directReports(f.manager.id);
      expect(reports.map((r) => r.id).sort()).toEqual([...f.manager.reportIds].sort());
      for (const report of reports) {
        expect(report.displayName).not.toBe('');
        expect(report.mail).toContain('@');
      }
      const zones = f.manager.reportTimeZones;
      for (const [id, zone] of Object.entries(zones ?? {})) {
        const actual = reports.find((r) => r.id === id)?.timeZone;
        // Windows zone names are coarser than IANA (Dublin reads back as London): same clock is enough.
        expect(
          actual === zone || sameClock(actual, zone),
          `${id}: ${String(actual)} vs ${String(zone)}`,
        ).toBe(true);
      }
    });

    it('directReports of someone who manages nobody is empty; of an unknown id, not-found', async () => {
      expect(await f.directory.directReports(f.report.id)).toEqual([]);
      await expectPortError(f.directory.directReports(f.unknownId), 'not-found');
    });

    it('managerOf gives the manager, undefined at the top, not-found for an unknown id', async () => {
      expect((await f.directory.managerOf(f.report.id))?.id).toBe(f.manager.id);
      expect(await f.directory.managerOf(f.top.id)).toBeUndefined();
      await expectPortError(f.directory.managerOf(f.unknownId), 'not-found');
    });
  });
}
