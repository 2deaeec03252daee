import { describe, expect, it } from 'vitest';
import { createHarness, HEAD, HR_ADMIN, MANAGER, REPORT } from './harness';

describe('GET /api/me: what the app decides each person’s home from', () => {
  it('says a manager has direct reports, live from the directory', async () => {
    const h = createHarness();
    const me = await h.call(MANAGER, 'GET', '/api/me');
    expect(me.status, me.text).toBe(200);
    expect(me.json).toEqual({
      userId: MANAGER,
      isHrAdmin: false,
      hasDirectReports: true,
      manager: { id: HEAD },
    });
  });

  it('says a report has none, and an HR admin is one by the token’s app role', async () => {
    const h = createHarness();
    const report = await h.call(REPORT, 'GET', '/api/me');
    expect(report.json).toEqual({
      userId: REPORT,
      isHrAdmin: false,
      hasDirectReports: false,
      manager: { id: MANAGER },
    });
    const hr = await h.call(HR_ADMIN, 'GET', '/api/me');
    expect(hr.json).toMatchObject({ isHrAdmin: true, hasDirectReports: false });
  });
});
