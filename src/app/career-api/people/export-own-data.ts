import type {
  ConversationRecord,
  DevelopmentContract,
  IsoInstant,
  Person,
  TriggerLog,
} from '../../../domain';
import { toIsoInstant } from '../../../domain';
import type {
  AgendaItem,
  AuditEntry,
  ConsentRecord,
  HistoryRequest,
  ManagerStint,
  ReportProfile,
} from '../../ports';
import type { UseCaseContext } from '../context';

export interface OwnDataExport {
  exportedAt: IsoInstant;
  person: Person;
  /** As a report: everything recorded about you, whichever manager it was recorded with. */
  contract?: DevelopmentContract;
  conversations: ConversationRecord[];
  triggers: TriggerLog[];
  profile?: ReportProfile;
  consents: ConsentRecord[];
  /** What you want to raise at the next conversation. */
  agenda: AgendaItem[];
  /** Managers' requests to see your earlier history, and your answers. */
  historyRequests: HistoryRequest[];
  managerHistory: ManagerStint[];
  /** Who accessed your records, and what you did with others' records. */
  audit: { aboutYou: AuditEntry[]; byYou: AuditEntry[] };
}

const AUDIT_EXPORT_LIMIT = 10_000;

/**
 * Everything the career API holds about the person, in one JSON document. A manager's private
 * preparation notes are not here because the API never holds them: they are in that manager's
 * own OneDrive.
 */
export async function exportOwnData(ctx: UseCaseContext, personId: string): Promise<OwnDataExport> {
  const [
    person,
    contract,
    conversations,
    triggers,
    profile,
    consents,
    agenda,
    requests,
    stints,
    about,
    by,
  ] = await Promise.all([
    ctx.directory.person(personId),
    ctx.stores.contracts.get(personId),
    ctx.stores.conversations.listForReport(personId),
    ctx.stores.triggers.listForReport(personId),
    ctx.stores.profiles.get(personId),
    ctx.stores.consents.listForReport(personId),
    ctx.stores.agenda.listForReport(personId),
    ctx.stores.historyRequests.listForReport(personId),
    ctx.managerHistory.stints(personId),
    ctx.audit.listForSubject(personId, { limit: AUDIT_EXPORT_LIMIT }),
    ctx.audit.listByActor(personId, { limit: AUDIT_EXPORT_LIMIT }),
  ]);
  return {
    exportedAt: toIsoInstant(ctx.clock.now()),
    person,
    ...(contract ? { contract: contract.value } : {}),
    conversations: conversations.map((c) => c.value),
    triggers: triggers.map((t) => t.value),
    ...(profile ? { profile: profile.value } : {}),
    consents: consents.map((c) => c.value),
    agenda: agenda.map((a) => a.value),
    historyRequests: requests.map((r) => r.value),
    managerHistory: stints,
    audit: { aboutYou: about, byYou: by },
  };
}
