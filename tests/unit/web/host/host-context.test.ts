import { FrameContexts } from '@microsoft/teams-js';
import { describe, expect, it } from 'vitest';
import {
  hostContextFromTeams,
  type HostContext,
  type TeamsContext,
} from '../../../../src/web/host/host-context';

const fallback: HostContext = {
  kind: 'teams',
  locale: 'en-GB',
  timeZone: 'Europe/London',
  theme: 'light',
};

function teams(overrides: {
  app?: Partial<TeamsContext['app']>;
  page?: Partial<TeamsContext['page']>;
  user?: TeamsContext['user'];
  meeting?: TeamsContext['meeting'];
  chat?: TeamsContext['chat'];
}): TeamsContext {
  return {
    app: {
      locale: 'de-de',
      theme: 'default',
      sessionId: 's',
      host: { name: 'Teams', clientType: 'web', sessionId: 'h' },
      ...overrides.app,
    } as unknown as TeamsContext['app'],
    page: {
      id: 'home',
      frameContext: 'content',
      ...overrides.page,
    } as unknown as TeamsContext['page'],
    ...(overrides.user ? { user: overrides.user } : {}),
    ...(overrides.meeting ? { meeting: overrides.meeting } : {}),
    ...(overrides.chat ? { chat: overrides.chat } : {}),
  };
}

describe('reading the Teams context', () => {
  it('uses the UI locale when the host gives no regional format, and the browser’s zone when it gives none', () => {
    expect(hostContextFromTeams(teams({}), fallback)).toEqual({
      kind: 'teams',
      locale: 'de-de',
      timeZone: 'Europe/London',
      theme: 'light',
      pageId: 'home',
      frameContext: 'content',
    });
  });

  it('ignores a zone or locale the browser cannot use rather than breaking every date', () => {
    const context = hostContextFromTeams(
      teams({
        app: {
          locale: 'not a locale!',
          osLocaleInfo: {
            platform: 'windows',
            regionalFormat: '',
            shortDate: '',
            longDate: '',
            shortTime: '',
            longTime: '',
            timezone: 'Mars/Olympus_Mons',
          },
        },
      }),
      fallback,
    );
    expect(context.locale).toBe('en-GB');
    expect(context.timeZone).toBe('Europe/London');
  });

  it('takes the UPN as the login hint when Teams sends no login hint, and leaves out empty fields', () => {
    const context = hostContextFromTeams(
      teams({ user: { id: '', userPrincipalName: 'tomas@contoso.test' } }),
      fallback,
    );
    expect(context.user).toEqual({ loginHint: 'tomas@contoso.test' });
    expect(hostContextFromTeams(teams({ user: { id: '' } }), fallback).user).toBeUndefined();
  });

  it('maps Teams’ themes onto the app’s', () => {
    expect(hostContextFromTeams(teams({ app: { theme: 'contrast' } }), fallback).theme).toBe(
      'contrast',
    );
    expect(hostContextFromTeams(teams({ app: { theme: 'glass' } }), fallback).theme).toBe('light');
  });

  it('passes on the meeting’s id and its chat’s id in a meeting’s side panel, and nothing outside one', () => {
    const panel = hostContextFromTeams(
      teams({
        page: { frameContext: FrameContexts.sidePanel },
        meeting: { id: 'MCMxOTptZWV0aW5nX2FiY0B0aHJlYWQudjIjMA==' },
        chat: { id: '19:meeting_abc@thread.v2' },
      }),
      fallback,
    );
    expect(panel.frameContext).toBe('sidePanel');
    expect(panel.meeting).toEqual({
      id: 'MCMxOTptZWV0aW5nX2FiY0B0aHJlYWQudjIjMA==',
      chatId: '19:meeting_abc@thread.v2',
    });
    expect(hostContextFromTeams(teams({}), fallback).meeting).toBeUndefined();
  });
});
