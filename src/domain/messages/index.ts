export type { ComposedMessage } from './message-types';
export { escapeHtml } from './escape-html';
export { composeInvitation } from './compose-invitation';
export type { InvitationInput, InvitationSession } from './compose-invitation';
export { composeReflectionPrompt } from './compose-reflection-prompt';
export type { ReflectionPromptInput } from './compose-reflection-prompt';
export { composeContractSummary, defaultSummaryIntro } from './compose-contract-summary';
export type { ContractSummaryInput } from './compose-contract-summary';
export { composeOpeningAgenda } from './compose-opening-agenda';
export { describeContractChange } from './describe-contract-change';
export type {
  AgendaItem,
  AgendaSection,
  AgendaSectionId,
  OpeningAgenda,
  OpeningAgendaInput,
} from './compose-opening-agenda';
export type { CommitmentState } from './contract-lines';
export { MESSAGE_SUBJECTS } from './message-subjects';
export { appLinksFor, appLinksForSubPage, parseSubPageId, subPageIdOf } from './deep-link';
export type { AppLinks, AppLinkTarget, LinkedPage } from './deep-link';
export { firstNameOf, messageWording, zoneName, zoneNote } from './address-person';
