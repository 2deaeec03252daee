/**
 * The playbook wording this data encodes. Bump it whenever any text or id changes, so stored
 * records (a sent reflection prompt, a ticked checklist) can say which wording they were shown.
 */
export const PLAYBOOK_VERSION = '1.0.0';
