/**
 * The admin guide, served by the app itself at `/admin-guide.html` so the HR console can link to
 * it from inside Teams: rendered from docs/admin-guide.md at build (and on request by the dev
 * server), so the page and the repository's guide cannot differ.
 */
import { readFile } from 'node:fs/promises';
import { Marked, type Tokens } from 'marked';
import type { Plugin } from 'vite';

export const GUIDE_PAGE = 'admin-guide.html';
const GUIDE_SOURCE = new URL('../../docs/admin-guide.md', import.meta.url);

/** Pages of the repository the served guide can link to; other `.md` links become plain text. */
const SERVED_DOCS: Record<string, string> = { 'privacy.md': '/privacy.html' };

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function linkTarget(href: string): string | undefined {
  const [path = '', hash] = href.split('#');
  if (!/\.md$/i.test(path)) return href;
  const served = SERVED_DOCS[path.replace(/^\.\//, '').toLowerCase()];
  return served === undefined ? undefined : `${served}${hash ? `#${hash}` : ''}`;
}

/** A whole, self-contained HTML page (no script: the site's policy allows none inline). */
export function renderGuidePage(markdown: string): string {
  const marked = new Marked({
    gfm: true,
    renderer: {
      // A long line scrolls inside its block, so the block takes focus: keyboard users scroll it.
      code({ text, lang }: Tokens.Code): string {
        const label = lang ? ` aria-label="${escape(lang)} example"` : ' aria-label="Example"';
        return `<pre tabindex="0"${label}><code>${escape(text)}</code></pre>\n`;
      },
      link({ href, title, tokens }: Tokens.Link): string {
        const text = this.parser.parseInline(tokens);
        const target = linkTarget(href);
        if (target === undefined) return text;
        const titled = title ? ` title="${escape(title)}"` : '';
        return `<a href="${escape(target)}"${titled}>${text}</a>`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? 'Admin guide';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Career Conversations</title>
<style>
  body { font: 16px/1.5 system-ui, "Segoe UI", sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #242424; background: #fff; }
  a { color: #0f548c; } a:focus-visible { outline: 2px solid #0f548c; outline-offset: 2px; }
  code, pre { font-family: ui-monospace, Consolas, monospace; background: #f5f5f5; }
  pre { padding: 0.75rem; overflow-x: auto; } table { border-collapse: collapse; } th, td { border: 1px solid #d1d1d1; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
  @media (prefers-color-scheme: dark) { body { color: #f0f0f0; background: #1f1f1f; } a { color: #7fb8f0; } code, pre { background: #2e2e2e; } th, td { border-color: #555; } }
</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}

export async function guidePageHtml(): Promise<string> {
  return renderGuidePage(await readFile(GUIDE_SOURCE, 'utf8'));
}

/** Emits the page with the build, and serves it from the dev server the same way. */
export function guidePagePlugin(): Plugin {
  return {
    name: 'admin-guide-page',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: GUIDE_PAGE, source: await guidePageHtml() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${GUIDE_PAGE}`) {
          next();
          return;
        }
        guidePageHtml().then(
          (html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
          },
          (error: unknown) => {
            next(error);
          },
        );
      });
    },
  };
}
