import { describe, expect, it } from 'vitest';
import { guidePageHtml, renderGuidePage } from '../../../scripts/build/guide-page';

describe('the admin guide served by the app', () => {
  it('points repository links at the pages the app serves, and drops the ones it does not', () => {
    const html = renderGuidePage(
      '# Admin guide\n\nSee [privacy](privacy.md#hr), [the API](api.md) and [Graph](https://learn.microsoft.com/graph/).',
    );
    expect(html).toContain('<a href="/privacy.html#hr">privacy</a>');
    expect(html).not.toContain('api.md');
    expect(html).toContain('the API');
    expect(html).toContain('<a href="https://learn.microsoft.com/graph/">Graph</a>');
    expect(html).toContain('<title>Admin guide · Career Conversations</title>');
  });

  it('lets a keyboard reach and scroll a code block that is wider than the page', () => {
    const html = renderGuidePage(
      '# Admin guide\n\n```bash\nnpm run provision -- --site <url>\n```\n',
    );
    expect(html).toContain(
      '<pre tabindex="0" aria-label="bash example"><code>npm run provision -- --site &lt;url&gt;</code></pre>',
    );
  });

  it('renders the repository’s guide as one page with no script', async () => {
    const html = await guidePageHtml();
    expect(html).toMatch(/<h1[^>]*>Admin guide<\/h1>/);
    expect(html).not.toMatch(/<script/i);
  });
});
