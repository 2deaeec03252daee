import { describe, expect, it } from 'vitest';
import { describeAutosave } from '../../../../src/web/shared/autosave/autosave-status';
import { dateFormatFor } from '../../../../src/web/shared/date-format';

// 17:00 in London on 6 November 2026 is noon in Toronto.
const saved = {
  value: 'notes',
  status: { kind: 'saved' as const, at: new Date('2026-11-06T17:00:00Z') },
  restored: false,
  deviceCopy: true,
};

describe('"Saved 10:42" on the host’s clock', () => {
  it('says when it was saved in the host’s zone and style, not the browser’s', () => {
    const london = describeAutosave(
      saved,
      'your OneDrive',
      dateFormatFor('en-GB', 'Europe/London'),
    );
    const toronto = describeAutosave(
      saved,
      'your OneDrive',
      dateFormatFor('en-US', 'America/Toronto'),
    );
    expect(london.text).toBe('Saved 17:00');
    expect(toronto.text.replace(/\s/g, ' ')).toBe('Saved 12:00 PM');
  });
});
