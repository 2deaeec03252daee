import { describe, expect, it } from 'vitest';
import { PortError } from '../../../../src/app/ports/port-error';
import { dateFormatFor } from '../../../../src/web/shared/date-format';
import { staleDataNotice } from '../../../../src/web/shared/stale-data-notice';

const format = dateFormatFor('en-GB', 'Europe/London');
// 09:42 in London (GMT in December).
const loadedAt = Date.parse('2026-12-08T09:42:10Z');

describe('what a screen says when it shows data it loaded earlier', () => {
  it('names the time of the data when Microsoft 365 is slow or throttled past retries', () => {
    for (const kind of ['unavailable', 'throttled'] as const) {
      expect(staleDataNotice(new PortError(kind, 'The service is busy.'), loadedAt, format)).toBe(
        'Showing data from 09:42; Microsoft 365 is slow to answer.',
      );
    }
  });

  it('keeps the reason for any other failure, which waiting would not fix', () => {
    expect(
      staleDataNotice(
        new PortError('forbidden', 'You do not have access to this.'),
        loadedAt,
        format,
      ),
    ).toBe('Showing data from 09:42. You do not have access to this.');
  });
});
