/**
 * How each message the product sends begins its subject line: one list, so the erasure receipt
 * can tell an admin exactly what to search a mailbox for.
 */
export const MESSAGE_SUBJECTS = {
  summary: 'Our development contract',
  invitation: 'A career conversation with',
  openingAgenda: 'Opening agenda for our next career conversation',
  reflectionPrompt: 'Something to think about before our career conversation',
} as const;
