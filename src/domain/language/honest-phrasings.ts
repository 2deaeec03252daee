/**
 * The seed's honest alternatives to a promise (Failure 4, "What to do instead"), verbatim.
 * The playbook content module is their source; they live here until it exports them, so the
 * lint always offers exactly the playbook's words.
 */
export const HONEST_LIMIT_PHRASINGS = [
  'I can commit to making the introduction. I cannot commit to what happens after that.',
  'I can advocate for this with my manager - I cannot commit to the outcome.',
] as const;
