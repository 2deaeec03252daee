import { MemoryAgendaStore } from '../../../src/adapters/memory/memory-agenda-store';
import { MemoryHistoryRequestStore } from '../../../src/adapters/memory/memory-history-request-store';
import { MemoryNudgeStore } from '../../../src/adapters/memory/memory-nudge-store';
import { MemoryAuditLog } from '../../../src/adapters/memory/memory-audit-log';
import { MemoryConsentStore } from '../../../src/adapters/memory/memory-consent-store';
import { MemoryContractStore } from '../../../src/adapters/memory/memory-contract-store';
import { MemoryConversationStore } from '../../../src/adapters/memory/memory-conversation-store';
import { MemoryDirectory, type MemoryPerson } from '../../../src/adapters/memory/memory-directory';
import { MemoryManagerHistory } from '../../../src/adapters/memory/memory-manager-history';
import { MemoryProfileStore } from '../../../src/adapters/memory/memory-profile-store';
import { MemorySecurityLog } from '../../../src/adapters/memory/memory-security-log';
import { MemoryTriggerStore } from '../../../src/adapters/memory/memory-trigger-store';
import { Temporal, type Clock } from '../../../src/domain';
import { createCareerApi, type CareerApi } from '../../../src/server/app';
import type { Caller } from '../../../src/server/auth/caller';
import type { TokenVerifier } from '../../../src/server/auth/verify-token';
import type { CareerApiDeps, ServerLog } from '../../../src/server/deps';

export const MANAGER = 'mgr-1';
export const REPORT = 'rep-1';
export const REPORT_2 = 'rep-2';
export const OTHER_MANAGER = 'mgr-2';
export const OTHER_REPORT = 'rep-3';
export const HR_ADMIN = 'hr-1';
export const HEAD = 'head-1';
export const ORIGIN = 'https://app.contoso.example';

export const PEOPLE: MemoryPerson[] = [
  { id: HEAD, displayName: 'Dana Head', mail: 'dana@contoso.example', department: 'Engineering' },
  {
    id: MANAGER,
    displayName: 'Priya Raman',
    mail: 'priya@contoso.example',
    managerId: HEAD,
    department: 'Engineering',
  },
  {
    id: OTHER_MANAGER,
    displayName: 'Mateo García',
    mail: 'mateo@contoso.example',
    managerId: HEAD,
    department: 'Engineering',
  },
  {
    id: REPORT,
    displayName: 'Liam O’Connor',
    mail: 'liam@contoso.example',
    managerId: MANAGER,
    department: 'Platform',
  },
  {
    id: REPORT_2,
    displayName: 'Yuki Nakamura',
    mail: 'yuki@contoso.example',
    managerId: MANAGER,
    department: 'Platform',
  },
  {
    id: OTHER_REPORT,
    displayName: 'Aisha Bello',
    mail: 'aisha@contoso.example',
    managerId: OTHER_MANAGER,
    department: 'Platform',
  },
  {
    id: HR_ADMIN,
    displayName: 'Fatima Al-Sayed',
    mail: 'fatima@contoso.example',
    managerId: HEAD,
    department: 'People',
  },
];

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  constructor(private instant: Temporal.Instant) {}
  now(): Temporal.Instant {
    return this.instant;
  }
  advance(duration: Temporal.DurationLike): void {
    this.instant = this.instant.add(duration);
  }
}

/** Unit tests sign in with `Bearer test:<userId>`; the real verifier has its own tests. */
export const testVerifier: TokenVerifier = {
  verify(authorization) {
    const match = /^Bearer test:([A-Za-z0-9-]+)$/.exec(authorization ?? '');
    const userId = match?.[1];
    if (!userId) {
      return Promise.resolve({
        ok: false,
        failure: { status: 401, error: 'invalid_token', reason: 'test token expected' },
      });
    }
    const caller: Caller = { userId, tenantId: 'tenant-1', isHrAdmin: userId === HR_ADMIN };
    return Promise.resolve({ ok: true, caller });
  },
};

export interface RecordedLog extends ServerLog {
  entries: { level: string; message: string; details?: Record<string, unknown> }[];
}

export function recordingLog(): RecordedLog {
  const entries: RecordedLog['entries'] = [];
  const add = (level: string) => (message: string, details?: Record<string, unknown>) => {
    entries.push({ level, message, ...(details ? { details } : {}) });
  };
  return { entries, info: add('info'), warn: add('warn'), error: add('error') };
}

export interface Harness {
  app: CareerApi;
  deps: CareerApiDeps;
  directory: MemoryDirectory;
  contracts: MemoryContractStore;
  conversations: MemoryConversationStore;
  triggers: MemoryTriggerStore;
  profiles: MemoryProfileStore;
  consents: MemoryConsentStore;
  agenda: MemoryAgendaStore;
  historyRequests: MemoryHistoryRequestStore;
  audit: MemoryAuditLog;
  security: MemorySecurityLog;
  managerHistory: MemoryManagerHistory;
  clock: ManualClock;
  log: RecordedLog;
  call(as: string | undefined, method: string, path: string, init?: CallInit): Promise<Reply>;
}

export interface CallInit {
  body?: unknown;
  rawBody?: string;
  ifMatch?: string;
  headers?: Record<string, string>;
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

/** Deps to change; `undefined` leaves one out, as a deployment that does not configure it. */
export type HarnessOverrides = { [K in keyof CareerApiDeps]?: CareerApiDeps[K] | undefined };

export function createHarness(overrides: HarnessOverrides = {}): Harness {
  const directory = new MemoryDirectory(PEOPLE, MANAGER);
  const contracts = new MemoryContractStore();
  const conversations = new MemoryConversationStore();
  const triggers = new MemoryTriggerStore();
  const profiles = new MemoryProfileStore();
  const consents = new MemoryConsentStore();
  const agenda = new MemoryAgendaStore();
  const historyRequests = new MemoryHistoryRequestStore();
  const audit = new MemoryAuditLog();
  const security = new MemorySecurityLog();
  const managerHistory = new MemoryManagerHistory();
  const clock = new ManualClock(Temporal.Instant.from('2026-04-15T09:00:00Z'));
  const log = recordingLog();
  let ids = 0;
  const deps = {
    verifier: testVerifier,
    directory,
    stores: { contracts, conversations, triggers, profiles, consents, agenda, historyRequests },
    managerHistory,
    audit,
    security,
    clock,
    appOrigins: [ORIGIN],
    newId: () => `id-${String(++ids)}`,
    log,
    managerCacheTtlMs: 0,
    // The clock here stands still, so a limit would never refill: tests of the limit opt in.
    rateLimit: false,
    nudges: { store: new MemoryNudgeStore() },
    ...overrides,
  } as CareerApiDeps;
  const app = createCareerApi(deps);
  return {
    app,
    deps,
    directory,
    contracts,
    conversations,
    triggers,
    profiles,
    consents,
    agenda,
    historyRequests,
    audit,
    security,
    managerHistory,
    clock,
    log,
    async call(as, method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (as !== undefined) headers.authorization = `Bearer test:${as}`;
      if (init.ifMatch !== undefined) headers['if-match'] = init.ifMatch;
      let body: string | undefined = init.rawBody;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await app.request(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const text = await response.text();
      // Audit entries are written off the request path; tests read the store right after.
      await app.flushAudit();
      let json: Record<string, unknown>;
      try {
        json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        json = {};
      }
      return { status: response.status, headers: response.headers, text, json };
    },
  };
}

/** A valid first contract body: one commitment from each party, due in the future. */
export function firstContractBody(overrides: Record<string, unknown> = {}) {
  return {
    terms: {
      commitments: [
        {
          party: 'report',
          kind: 'action',
          action: 'Write a design proposal for the billing service and present it',
          due: '2026-06-30',
        },
        {
          party: 'manager',
          kind: 'introduction',
          action: 'Introduce Liam to the platform architecture lead and book the meeting',
          due: '2026-05-15',
        },
      ],
      reviews: [{ month: '2026-06', aspect: 'Progress on the design proposal' }],
      openQuestion: 'Whether a move into the platform team is realistic within a year',
    },
    reason: 'initial',
    note: '',
    timeZone: 'Europe/London',
    ...overrides,
  };
}
