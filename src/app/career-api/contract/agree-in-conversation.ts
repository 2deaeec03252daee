import type {
  ContractError,
  ConversationRecord,
  DevelopmentContract,
  Result,
} from '../../../domain';
import { isPortError, type Versioned } from '../../ports';
import type { UseCaseContext } from '../context';
import { agreeContractVersion, type AgreeContractVersionInput } from './agree-contract-version';

/** Whether the conversation now names the version agreed in it. */
export interface ConversationLink {
  conversationId: string;
  linked: boolean;
  /** Why it is not linked; the version itself is saved all the same. */
  message?: string;
}

export interface AgreedVersion {
  saved: Versioned<DevelopmentContract>;
  /** Absent when the version was not agreed in a conversation. */
  link?: ConversationLink;
}

/** Notes autosaved from the conversation screen can win a race or two; not more in one request. */
const LINK_ATTEMPTS = 3;

/**
 * Agrees a version and, when it was agreed in a conversation, records the version on that
 * conversation (the "agreed a contract" evidence of the during-checklist), in one request.
 *
 * The caller has already read the conversation and been allowed to update it, so the link can
 * only fail on storage. Graph gives no transaction over two lists, so the version is written
 * first (it is what matters, and it names its conversation itself); the link is idempotent (it
 * sets one number) and is retried here on a fresh ETag when the conversation moved on meanwhile,
 * never over the other change. Only if storage still refuses is it reported in the answer:
 * failing the request then would tell the manager a saved version was lost.
 */
export async function agreeInConversation(
  ctx: UseCaseContext,
  input: Omit<AgreeContractVersionInput, 'conversationId'> & {
    conversation?: Versioned<ConversationRecord>;
  },
): Promise<Result<AgreedVersion, ContractError>> {
  const { conversation, ...agreement } = input;
  const result = await agreeContractVersion(ctx, {
    ...agreement,
    ...(conversation === undefined ? {} : { conversationId: conversation.value.id }),
  });
  if (!result.ok) return result;
  const saved = result.value;
  if (conversation === undefined) return { ok: true, value: { saved } };
  const version = saved.value.versions.at(-1)?.version ?? 0;
  return { ok: true, value: { saved, link: await linkVersion(ctx, conversation, version) } };
}

async function linkVersion(
  ctx: UseCaseContext,
  read: Versioned<ConversationRecord>,
  version: number,
): Promise<ConversationLink> {
  const conversationId = read.value.id;
  let record: Versioned<ConversationRecord> | undefined = read;
  for (let attempt = 1; record !== undefined; attempt++) {
    if ((record.value.contractVersion ?? 0) >= version) return { conversationId, linked: true };
    try {
      await ctx.stores.conversations.update(
        { ...record.value, contractVersion: version },
        record.etag,
      );
      return { conversationId, linked: true };
    } catch (error) {
      if (!isPortError(error)) throw error;
      if (error.kind !== 'conflict' || attempt >= LINK_ATTEMPTS) {
        return { conversationId, linked: false, message: error.message };
      }
    }
    record = await ctx.stores.conversations.get(conversationId);
  }
  return { conversationId, linked: false, message: 'The conversation was removed meanwhile.' };
}
