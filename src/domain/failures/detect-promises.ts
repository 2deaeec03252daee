import { currentVersion } from '../contract/versioning';
import { lintPromiseLanguage } from '../language';
import type { Party } from '../model/contract';
import type { FailureFinding, FailureInput } from './failure-finding';
import { findingFor } from './failure-finding';

/**
 * Failure 4, "Making promises you cannot keep", in the contract in force: the language lint's
 * 'promise' findings in the open commitments (the lint only reads the manager's as promises) and
 * in the open question. Done and dropped commitments are left alone: a kept promise did no harm,
 * and a dropped one has already been dealt with.
 */
export function detectPromises({ history }: FailureInput): FailureFinding | undefined {
  if (history.contract === undefined) return undefined;
  const version = currentVersion(history.contract);
  const evidence = version.commitments
    .filter((c) => c.status === 'open')
    .flatMap((c) =>
      promisedExcerpts(c.action, c.party, 'commitment').map(
        (excerpt) =>
          `Your commitment “${c.action}” promises what is not yours to give: “${excerpt}”`,
      ),
    );
  evidence.push(
    ...promisedExcerpts(version.openQuestion, 'manager', 'summary').map(
      (excerpt) => `The open question “${version.openQuestion}” reads as a promise: “${excerpt}”`,
    ),
  );
  return findingFor('promises', evidence);
}

function promisedExcerpts(text: string, party: Party, context: 'commitment' | 'summary'): string[] {
  return lintPromiseLanguage(text, { party, context, hasDueDate: true })
    .filter((finding) => finding.code === 'promise')
    .map((finding) => finding.excerpt);
}
