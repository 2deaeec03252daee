import { HONEST_COMMITMENT_PHRASINGS } from '../playbook/scripts';

/** The seed's honest alternatives to a promise (Failure 4), as the lint offers them: verbatim text. */
export const HONEST_LIMIT_PHRASINGS: readonly string[] = HONEST_COMMITMENT_PHRASINGS.map(
  (script) => script.text,
);
