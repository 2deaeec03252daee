import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeTeamsFrame } from './fake-teams-parent';

const context = {
  locale: 'en-gb',
  theme: 'dark',
  entityId: 'home',
  subEntityId: 'contract:u-yuki',
  userObjectId: 'u-yuki',
  tid: 't-contoso',
  loginHint: 'yuki@contoso.test',
  userPrincipalName: 'yuki@contoso.test',
  osLocaleInfo: {
    platform: 'windows',
    regionalFormat: 'fr-fr',
    shortDate: 'dd/MM/yyyy',
    longDate: 'dddd d MMMM yyyy',
    shortTime: 'HH:mm',
    longTime: 'HH:mm:ss',
    timezone: 'Asia/Tokyo',
  },
};

/**
 * teams-js keeps its state in module globals and initialises once per page, so each file here
 * connects once (one page), in its own window.
 */
async function connectInFrame(nestedAppAuth: boolean) {
  vi.resetModules();
  const frame = fakeTeamsFrame({ nestedAppAuth, context });
  vi.stubGlobal('window', frame.window);
  vi.stubGlobal('document', { getElementsByTagName: () => [], readyState: 'complete' });
  const { connectTeams } = await import('../../../../src/web/host/connect-host');
  const connection = await connectTeams(frame.window as unknown as Window);
  return { frame, connection };
}

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
