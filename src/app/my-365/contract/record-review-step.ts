import { isPortError } from '../../ports/port-error';

/** The two moments of a monthly contract review that leave evidence on its record. */
export type ReviewStep = 'previousCommitmentsReviewedAt' | 'openedWithWhatsChangedAt';

export interface ReviewRecordLike {
  id: string;
  etag: string;
}

export interface ReviewRecordPorts<R extends ReviewRecordLike> {
  /** POST a 'review' conversation, held now (the review is happening as the manager records it). */
  create(): Promise<R>;
  read(id: string): Promise<R>;
  update(id: string, patch: Partial<Record<ReviewStep, string>>, etag: string): Promise<R>;
}

/**
 * Records that a step of the monthly review was done, on this review's conversation record: the
 * record is created on the first step (a review inside a 1:1 has no booking of its own), and a
 * record that moved on meanwhile (another tab) is read again and updated once more, so a step
 * is never recorded over someone else's change nor lost to it.
 */
export async function recordReviewStep<R extends ReviewRecordLike>(
  ports: ReviewRecordPorts<R>,
  input: { existing: R | undefined; step: ReviewStep; at: string },
): Promise<R> {
  const record = input.existing ?? (await ports.create());
  const patch = { [input.step]: input.at };
  try {
    return await ports.update(record.id, patch, record.etag);
  } catch (error) {
    if (!isPortError(error, 'conflict')) throw error;
    const fresh = await ports.read(record.id);
    return ports.update(fresh.id, patch, fresh.etag);
  }
}
