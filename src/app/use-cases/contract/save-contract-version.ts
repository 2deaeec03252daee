import { isPortError } from '../../ports/port-error';

/** What the screen needs of the career API to agree a version and link it to a conversation. */
export interface SaveContractVersionPorts<Saved> {
  /** POST the version (with If-Match of the version the draft was based on). */
  agree(): Promise<Saved>;
  /** The conversation's current ETag (read again when a link attempt lost a race). */
  conversationEtag(conversationId: string): Promise<string>;
  /** PATCH the conversation's contractVersion. */
  linkConversation(conversationId: string, version: number, etag: string): Promise<unknown>;
}

export interface SaveContractVersionInput {
  /** The conversation this version was agreed in, with the ETag the screen read; if any. */
  conversation?: { id: string; etag: string };
}

export type ConversationLink =
  | { state: 'none' }
  | { state: 'linked'; conversationId: string }
  | { state: 'failed'; conversationId: string; message: string };

export interface SavedContractVersion<Saved> {
  saved: Saved;
  link: ConversationLink;
}

/**
 * Agrees a contract version, then records on the conversation which version was agreed in it
 * (the "agreed a contract" evidence of the during-checklist). The version is what matters: if the
 * link fails, the version stays saved and the failure is reported for a retry, never hidden. A
 * conversation that moved on meanwhile (notes autosaved from the conversation screen) is read
 * again and linked once more; a conflict on the version itself is the caller's to show.
 */
export async function saveContractVersion<Saved extends { current: { version: number } }>(
  ports: SaveContractVersionPorts<Saved>,
  input: SaveContractVersionInput,
): Promise<SavedContractVersion<Saved>> {
  const saved = await ports.agree();
  if (input.conversation === undefined) return { saved, link: { state: 'none' } };
  const link = await linkVersion(ports, input.conversation, saved.current.version);
  return { saved, link };
}

export async function linkVersion(
  ports: Pick<SaveContractVersionPorts<unknown>, 'conversationEtag' | 'linkConversation'>,
  conversation: { id: string; etag: string },
  version: number,
): Promise<ConversationLink> {
  const { id } = conversation;
  try {
    try {
      await ports.linkConversation(id, version, conversation.etag);
    } catch (error) {
      if (!isPortError(error, 'conflict')) throw error;
      await ports.linkConversation(id, version, await ports.conversationEtag(id));
    }
    return { state: 'linked', conversationId: id };
  } catch (error) {
    const message = isPortError(error)
      ? error.message
      : 'The conversation record could not be updated.';
    return { state: 'failed', conversationId: id, message };
  }
}
