import { describe, expect, it } from 'vitest';
import { meetingTabSettings } from '../../../../src/web/host/meeting-tab-config';

describe('meetingTabSettings: what the configuration page saves for the meeting tab', () => {
  it('frames the same page on its meeting route inside Teams, and links the website to the home', () => {
    expect(
      meetingTabSettings({ origin: 'https://careers.contoso.com', pathname: '/index.html' }),
    ).toEqual({
      contentUrl: 'https://careers.contoso.com/index.html?host=teams#/meeting',
      websiteUrl: 'https://careers.contoso.com/index.html',
      entityId: 'career-meeting',
      suggestedDisplayName: 'Career Conversations',
    });
  });
});
