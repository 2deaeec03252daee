import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectInFrame } from './fake-teams-parent';

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
