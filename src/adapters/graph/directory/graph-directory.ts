import { z } from 'zod/mini';
import type { Directory } from '../../../app/ports';
import { isPortError } from '../../../app/ports';
import type { Person, TimeZoneId } from '../../../domain';
import { segment, unreadableResponse, type GraphClient } from '../client';
import { SCOPES } from '../shared/scopes';
import { toIanaZone } from '../shared/date-time';
import { readWorkingTimeZones } from './working-time-zones';

/** Only what Person needs: Graph returns less, faster, and we store less. */
const PERSON_SELECT = 'id,displayName,mail,userPrincipalName,jobTitle,department';

const graphUser = z.object({
  '@odata.type': z.catch(z.optional(z.string()), undefined),
  id: z.string().check(z.minLength(1)),
  displayName: z.catch(z.nullish(z.string()), null),
  mail: z.catch(z.nullish(z.string()), null),
  userPrincipalName: z.catch(z.nullish(z.string()), null),
  jobTitle: z.catch(z.nullish(z.string()), null),
  department: z.catch(z.nullish(z.string()), null),
});
type GraphUser = z.infer<typeof graphUser>;

const mailboxTimeZone = z.object({ timeZone: z.catch(z.nullish(z.string()), null) });

export interface GraphDirectoryOptions {
  /**
   * Where other people's time zones come from. Their mailboxSettings are closed to a delegated
   * caller, but free/busy (getSchedule) shares each person's working-hours zone.
   */
  othersTimeZones?: 'working-hours' | 'none';
  /** Reports asked for per page (Graph's $top); smaller pages exercise paging in tests. */
  pageSize?: number;
}

/** Repairs what Graph may leave empty: guests without mail, people without a display name. */
function toPerson(user: GraphUser, timeZone?: TimeZoneId): Person {
  const mail = user.mail ?? user.userPrincipalName ?? '';
  return {
    id: user.id,
    displayName: user.displayName ?? (mail || user.id),
    mail,
    ...(user.jobTitle ? { jobTitle: user.jobTitle } : {}),
    ...(user.department ? { department: user.department } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
}

function isUser(user: GraphUser): boolean {
  const type = user['@odata.type'];
  return type === undefined || type === '#microsoft.graph.user';
}

export class GraphDirectory implements Directory {
  private readonly othersTimeZones: 'working-hours' | 'none';
  private readonly pageSize: number;

  constructor(
    private readonly graph: GraphClient,
    options: GraphDirectoryOptions = {},
  ) {
    this.othersTimeZones = options.othersTimeZones ?? 'working-hours';
    this.pageSize = options.pageSize ?? 100;
  }

  /** The profile and the mailbox time zone in one round trip. */
  async me(): Promise<Person> {
    const [profile, settings] = await this.graph.batch([
      {
        id: 'me',
        method: 'GET',
        path: '/me',
        query: { $select: PERSON_SELECT },
        scopes: SCOPES.me,
      },
      {
        id: 'settings',
        method: 'GET',
        path: '/me/mailboxSettings',
        query: { $select: 'timeZone' },
        scopes: SCOPES.mailboxSettings,
      },
    ]);
    if (profile?.error) throw profile.error;
    const user = graphUser.safeParse(profile?.body);
    if (!user.success) throw unreadableResponse({ method: 'GET', path: '/me' }, 'no user id');
    // A mailbox that is not provisioned yet has no settings: the person still signs in.
    const zone = settings?.error ? undefined : mailboxTimeZone.safeParse(settings?.body).data;
    return toPerson(user.data, toIanaZone(zone?.timeZone));
  }

  async person(id: string): Promise<Person> {
    const user = await this.graph.json(
      {
        method: 'GET',
        path: `/users/${segment(id)}`,
        query: { $select: PERSON_SELECT },
        scopes: SCOPES.people,
      },
      graphUser,
    );
    const [person] = await this.withTimeZones([user]);
    return person ?? toPerson(user);
  }

  async directReports(managerId: string): Promise<Person[]> {
    const users = await this.graph.collect(
      {
        method: 'GET',
        path: `/users/${segment(managerId)}/directReports`,
        query: { $select: PERSON_SELECT, $top: this.pageSize },
        scopes: SCOPES.people,
      },
      graphUser,
    );
    return this.withTimeZones(users.filter(isUser));
  }

  async managerOf(personId: string): Promise<Person | undefined> {
    try {
      const user = await this.graph.json(
        {
          method: 'GET',
          path: `/users/${segment(personId)}/manager`,
          query: { $select: PERSON_SELECT },
          scopes: SCOPES.people,
        },
        graphUser,
      );
      return toPerson(user);
    } catch (error) {
      // Graph answers "no manager" with 404; a missing person is a 404 on the person instead.
      if (isPortError(error, 'not-found')) {
        await this.graph.send({
          method: 'GET',
          path: `/users/${segment(personId)}`,
          query: { $select: 'id' },
          scopes: SCOPES.people,
        });
        return undefined;
      }
      throw error;
    }
  }

  private async withTimeZones(users: GraphUser[]): Promise<Person[]> {
    const mails = users.flatMap((u) => (u.mail ? [u.mail] : []));
    const zones =
      this.othersTimeZones === 'working-hours' && mails.length > 0
        ? await readWorkingTimeZones(this.graph, mails)
        : new Map<string, TimeZoneId>();
    return users.map((u) => toPerson(u, u.mail ? zones.get(u.mail.toLowerCase()) : undefined));
  }
}

export function createGraphDirectory(
  graph: GraphClient,
  options?: GraphDirectoryOptions,
): Directory {
  return new GraphDirectory(graph, options);
}
