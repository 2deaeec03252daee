import { describe, expect, it } from 'vitest';
import {
  bridgeErrorOf,
  hostMeetingOf,
  initializeArgs,
  legacyContext,
  parseBridgeRequest,
  parseDeepLink,
  savedTabOf,
  sidePanelAddressOf,
  type HostConfig,
} from '../../../src/local-tenant/teams-host/protocol';

const APP_ID = '5f0c8a10-0000-5000-8000-000000000001';

const config: HostConfig = {
  tenantId: 'tenant-1',
  environment: 'localhost:5173',
  authority: 'https://localhost:5173/tenant-1',
  appId: APP_ID,
  manifestVersion: '1.19',
  entityId: 'career-home',
  entityIds: ['career-home', 'about'],
  contentUrl: 'https://localhost:5173/index.html?host=teams',
  frameOrigin: 'https://localhost:5173',
  persona: {
    id: 'user-1',
    displayName: 'Yuki Nakamura',
    userPrincipalName: 'yuki@contoso.example',
    jobTitle: 'Engineer',
    group: 'report',
    locale: 'ja-JP',
    timeZone: 'Asia/Tokyo',
  },
  personas: [],
  theme: 'dark',
  frame: 'tab',
  meeting: undefined,
  naa: true,
  subPageId: 'contract:1',
  tokenUrl: '/_local/teams/token',
};

describe('the local Teams host’s answers to teams-js', () => {
  it('puts the runtime fourth in the initialize answer, advertising nested app auth only when on', () => {
    const [frameContext, clientType, sdkVersion, runtime] = initializeArgs(config);
    expect([frameContext, clientType]).toEqual(['content', 'web']);
    // teams-js stores a non-JSON third item as the host's SDK version and parses the fourth.
    expect(() => JSON.parse(String(sdkVersion)) as unknown).toThrow();
    expect(JSON.parse(String(runtime))).toMatchObject({
      apiVersion: 4,
      isNAAChannelRecommended: true,
      supports: { nestedAppAuth: {} },
    });
    const off = JSON.parse(String(initializeArgs({ ...config, naa: false })[3])) as {
      supports: Record<string, unknown>;
      isNAAChannelRecommended: boolean;
    };
    expect(off.supports.nestedAppAuth).toBeUndefined();
    expect(off.isNAAChannelRecommended).toBe(false);
  });

  it('gives the persona, tenant, locale, zone, theme and page in Teams’ context fields', () => {
    const context = legacyContext(config, { sessionId: 's', appSessionId: 'a' });
    expect(context).toMatchObject({
      userObjectId: 'user-1',
      userPrincipalName: 'yuki@contoso.example',
      loginHint: 'yuki@contoso.example',
      tid: 'tenant-1',
      locale: 'ja-JP',
      theme: 'dark',
      hostName: 'Teams',
      entityId: 'career-home',
      subEntityId: 'contract:1',
      osLocaleInfo: { timezone: 'Asia/Tokyo' },
    });
    expect(context.meetingId).toBeUndefined();
    const panel = legacyContext(
      { ...config, frame: 'side-panel', meeting: hostMeetingOf('19:meeting_abc@thread.v2') },
      { sessionId: 's', appSessionId: 'a' },
    );
    expect(panel.frameContext).toBe('sidePanel');
    expect(panel.chatId).toBe('19:meeting_abc@thread.v2');
    expect(atob(String(panel.meetingId))).toBe('0#19:meeting_abc@thread.v2#0');
  });

  it('opens the configuration page in the settings frame, offering pages.config there only', () => {
    const [frameContext, , , runtime] = initializeArgs({ ...config, frame: 'config' });
    expect(frameContext).toBe('settings');
    expect(JSON.parse(String(runtime))).toMatchObject({ supports: { pages: { config: {} } } });
    const [, , , tabRuntime] = initializeArgs(config);
    expect(JSON.parse(String(tabRuntime))).not.toHaveProperty('supports.pages');
  });

  it('accepts a saved meeting tab on the app’s origin only, then opens it in that meeting’s side panel', () => {
    const saved = savedTabOf(
      {
        contentUrl: 'https://localhost:5173/index.html?host=teams#/meeting',
        entityId: 'meeting-panel',
        suggestedDisplayName: 'Career Conversations',
      },
      config.frameOrigin,
    );
    expect(saved).toEqual({
      ok: true,
      tab: {
        contentUrl: 'https://localhost:5173/index.html?host=teams#/meeting',
        entityId: 'meeting-panel',
        suggestedDisplayName: 'Career Conversations',
      },
    });
    for (const settings of [
      { contentUrl: 'https://evil.example/x', entityId: 'e' },
      { contentUrl: 'https://localhost:5173/', entityId: '' },
      { entityId: 'e' },
      null,
    ]) {
      expect(savedTabOf(settings, config.frameOrigin).ok, JSON.stringify(settings)).toBe(false);
    }
    if (!saved.ok) throw new Error('not saved');
    const next = new URL(
      sidePanelAddressOf(
        'http://127.0.0.1:4000/_local/teams?persona=priya.raman&frame=config&meeting=abc',
        saved.tab,
      ),
    );
    expect(Object.fromEntries(next.searchParams)).toEqual({
      persona: 'priya.raman',
      frame: 'side-panel',
      meeting: 'abc',
      content: '/index.html?host=teams#/meeting',
    });
  });

  it('opens deep links to the app’s own tabs with their sub-page, web links outside, and nothing else', () => {
    const context = encodeURIComponent(JSON.stringify({ subEntityId: 'conversation:9' }));
    expect(
      parseDeepLink(
        `https://teams.microsoft.com/l/entity/${APP_ID}/career-home?context=${context}`,
        APP_ID,
        config.entityIds,
      ),
    ).toEqual({ kind: 'tab', entityId: 'career-home', subPageId: 'conversation:9' });
    expect(
      parseDeepLink(`msteams:/l/entity/${APP_ID}/career-home`, APP_ID, config.entityIds),
    ).toEqual({
      kind: 'tab',
      entityId: 'career-home',
      subPageId: undefined,
    });
    expect(parseDeepLink('https://learn.microsoft.com/x', APP_ID, config.entityIds)).toEqual({
      kind: 'web',
      url: 'https://learn.microsoft.com/x',
    });
    for (const refused of [
      'https://teams.microsoft.com/l/entity/another-app/career-home',
      `https://teams.microsoft.com/l/entity/${APP_ID}/no-such-tab`,
      'https://teams.microsoft.com/l/chat/0/0?users=a@b.c',
      'javascript:alert(1)',
      'not a link',
    ]) {
      expect(parseDeepLink(refused, APP_ID, config.entityIds).kind, refused).toBe('refused');
    }
  });

  it('reads only MSAL bridge envelopes, and reports a missing consent as MSAL expects', () => {
    expect(
      parseBridgeRequest('{"messageType":"Other","method":"GetToken","requestId":"1"}'),
    ).toBeUndefined();
    expect(parseBridgeRequest({ messageType: 'NestedAppAuthRequest' })).toBeUndefined();
    expect(
      parseBridgeRequest(
        '{"messageType":"NestedAppAuthRequest","method":"GetToken","requestId":"1"}',
      )?.method,
    ).toBe('GetToken');

    const consent = {
      error: 'invalid_grant',
      error_description: 'AADSTS65001: …',
      error_codes: [65001],
      suberror: 'consent_required',
    };
    expect(bridgeErrorOf('GetToken', consent)).toMatchObject({
      status: 'USER_INTERACTION_REQUIRED',
      code: 'consent_required',
    });
    expect(bridgeErrorOf('GetTokenPopup', consent)).toMatchObject({
      status: 'PERSISTENT_ERROR',
      description: 'AADSTS65001: …',
    });
    expect(
      bridgeErrorOf('GetToken', { error: 'invalid_scope', error_codes: [650053] }),
    ).toMatchObject({
      status: 'PERSISTENT_ERROR',
      code: 'invalid_scope',
    });
  });
});
