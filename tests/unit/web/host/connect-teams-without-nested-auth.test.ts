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

describe('connecting to Teams through teams-js (fake parent window without nested app auth)', () => {
  it('gets no bridge, so sign-in uses the standard client with a popup', async () => {
    const { frame, connection } = await connectInFrame(false);
    expect('nestedAppAuthBridge' in frame.window).toBe(false);
    expect(connection.nestedAppAuth).toBe(false);
    expect(connection.context.subPageId).toBe('contract:u-yuki');
  });
});
