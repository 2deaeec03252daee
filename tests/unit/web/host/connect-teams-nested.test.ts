import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectInFrame } from './fake-teams-parent';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('connecting to Teams through teams-js (fake parent window that offers nested app auth)', () => {
  it('initializes first, reads the context, finds the bridge, and passes theme changes on', async () => {
    const { frame, connection } = await connectInFrame(true);
    expect(frame.calls[0]).toBe('initialize');
    expect(frame.calls).toContain('getContext');
    expect(connection.context).toEqual({
      kind: 'teams',
      user: { id: 'u-yuki', tenantId: 't-contoso', loginHint: 'yuki@contoso.test' },
      locale: 'fr-fr',
      timeZone: 'Asia/Tokyo',
      theme: 'dark',
      pageId: 'home',
      subPageId: 'contract:u-yuki',
      frameContext: 'content',
    });

    // teams-js installed the bridge MSAL's nestable client looks for.
    expect('nestedAppAuthBridge' in frame.window).toBe(true);
    expect(connection.nestedAppAuth).toBe(true);

    const seen: string[] = [];
    const stop = connection.onThemeChange((theme) => seen.push(theme));
    await frame.changeTheme('contrast');
    await frame.changeTheme('default');
    stop();
    await frame.changeTheme('dark');
    expect(seen).toEqual(['contrast', 'light']);
  });
});
