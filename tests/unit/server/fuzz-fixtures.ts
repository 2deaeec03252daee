import { firstContractBody, MANAGER, REPORT, type Harness } from './harness';

/** Existing ids and the current ETag of what a route writes, read fresh for every case. */
export async function currentIds(h: Harness) {
  const contract = await h.contracts.get(REPORT);
  const conversations = await h.conversations.listForReport(REPORT);
  const triggers = await h.triggers.listForReport(REPORT);
  const consents = await h.consents.listForReport(REPORT);
  return {
    ids: {
      personId: [REPORT],
      commitmentId: contract?.value.versions.at(-1)?.commitments.map((c) => c.id) ?? ['none'],
      conversationId: conversations.map((c) => c.value.id),
      logId: triggers.map((t) => t.value.id),
      consentId: consents.map((c) => c.value.id),
    },
    etags: {
      contract: contract?.etag,
      conversation: conversations[0]?.etag,
      trigger: triggers[0]?.etag,
      consent: consents[0]?.etag,
      profile: (await h.profiles.get(REPORT))?.etag,
    },
  };
}

export function etagFor(
  path: string,
  etags: Record<string, string | undefined>,
): string | undefined {
  if (path.includes('/contract')) return etags.contract;
  if (path.includes('/conversations/')) return etags.conversation;
  if (path.includes('/triggers/')) return etags.trigger;
  if (path.includes('/consents/')) return etags.consent;
  if (path.includes('/profile')) return etags.profile;
  return undefined;
}

/** One of each record the write routes act on: a contract, a conversation, a trigger, a consent. */
export async function seedForFuzzing(h: Harness): Promise<void> {
  const contract = await h.call(MANAGER, 'POST', `/api/people/${REPORT}/contract/versions`, {
    body: firstContractBody(),
  });
  if (contract.status !== 201) throw new Error(`seed contract: ${String(contract.status)}`);
  await h.call(MANAGER, 'POST', `/api/people/${REPORT}/conversations`, { body: { kind: 'full' } });
  await h.call(MANAGER, 'POST', `/api/people/${REPORT}/triggers`, {
    body: { trigger: 'major-milestone' },
  });
  await h.call(REPORT, 'POST', '/api/me/consents', { body: { managerId: MANAGER } });
}
