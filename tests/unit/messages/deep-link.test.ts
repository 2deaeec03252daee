import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appLinksFor, parseSubPageId, subPageIdOf, type LinkedPage } from '../../../src/domain';

const target = {
  appUrl: 'https://career.contoso.example/',
  teams: { appId: '7c1f-app', entityId: 'my-development' },
};

describe('appLinksFor: a mail’s link opens the right screen in Teams and in a browser', () => {
  it('links the summary to the report’s contract in both', () => {
    const links = appLinksFor(target, { page: 'contract', reportId: 'yuki' });
    expect(links.browser).toBe('https://career.contoso.example/#/contract/yuki');
    expect(links.teams).toBe(
      'https://teams.microsoft.com/l/entity/7c1f-app/my-development?context=' +
        encodeURIComponent('{"subEntityId":"contract/yuki"}'),
    );
  });

  it('gives only the browser link when the app is not deployed in Teams', () => {
    expect(
      appLinksFor({ appUrl: 'https://x.example/app#/old' }, { page: 'my-development' }),
    ).toEqual({
      browser: 'https://x.example/app#/my-development',
    });
  });

  it('reads back every page it links to, whatever the ids hold', () => {
    const id = fc.string({ minLength: 1, maxLength: 20 });
    const page: fc.Arbitrary<LinkedPage> = fc.oneof(
      fc.constant<LinkedPage>({ page: 'my-development' }),
      id.map((reportId): LinkedPage => ({ page: 'contract', reportId })),
      fc.tuple(id, id).map(([reportId, conversationId]): LinkedPage => ({
        page: 'conversation',
        reportId,
        conversationId,
      })),
    );
    fc.assert(
      fc.property(page, (p) => {
        expect(parseSubPageId(subPageIdOf(p))).toEqual(p);
        const teams = new URL(appLinksFor(target, p).teams ?? '');
        const context = JSON.parse(teams.searchParams.get('context') ?? '{}') as {
          subEntityId: string;
        };
        expect(parseSubPageId(context.subEntityId)).toEqual(p);
      }),
    );
  });

  it.each(['', 'contract', 'contract/a/b', 'conversation/a', 'nowhere/a', 'contract/%E0%A4%A'])(
    '“%s” names no page',
    (subPageId) => {
      expect(parseSubPageId(subPageId)).toBeUndefined();
    },
  );
});
