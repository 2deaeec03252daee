import { PersonParams } from './common';
import {
  Conversation,
  ConversationListResponse,
  ConversationParams,
  ConversationPatchBody,
  NewConversationBody,
} from './conversation';
import { defineEndpoint, PROBLEM_RESPONSES as P } from './endpoint';

const TAG = 'Conversations';

// A record addressed by its own id names its person only once read: its handler checks access.
export const CONVERSATION_ENDPOINTS = {
  conversations: defineEndpoint({
    method: 'get',
    path: '/api/people/{personId}/conversations',
    summary: 'The shared conversation records the caller may see',
    tag: TAG,
    params: PersonParams,
    access: { subject: 'person', gate: true },
    responses: [
      { status: 200, description: 'Records.', schema: ConversationListResponse },
      P.forbidden,
    ],
  }),
  recordConversation: defineEndpoint({
    method: 'post',
    path: '/api/people/{personId}/conversations',
    summary: 'Record a conversation (booked or held; ad hoc with its trigger)',
    tag: TAG,
    params: PersonParams,
    body: NewConversationBody,
    access: { subject: 'person', action: 'conversation.write' },
    responses: [
      { status: 201, description: 'The record.', schema: Conversation, etag: true },
      P.badRequest,
      P.forbidden,
    ],
  }),
  conversation: defineEndpoint({
    method: 'get',
    path: '/api/conversations/{conversationId}',
    summary: 'One shared conversation record',
    tag: TAG,
    params: ConversationParams,
    responses: [
      { status: 200, description: 'The record.', schema: Conversation, etag: true },
      P.forbidden,
      P.notFound,
    ],
  }),
  updateConversation: defineEndpoint({
    method: 'patch',
    path: '/api/conversations/{conversationId}',
    summary: 'Update the shared record: phases reached, shared notes, date, state',
    tag: TAG,
    params: ConversationParams,
    body: ConversationPatchBody,
    ifMatch: 'required',
    responses: [
      {
        status: 200,
        description: 'The record after the change.',
        schema: Conversation,
        etag: true,
      },
      P.badRequest,
      P.forbidden,
      P.notFound,
      P.preconditionFailed,
      P.preconditionRequired,
    ],
  }),
};
