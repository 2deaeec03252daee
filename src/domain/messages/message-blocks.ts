import { escapeHtml } from './escape-html';

/**
 * Messages are built as a few plain blocks and rendered twice, as HTML and as plain text. All the
 * text in a block is data: the HTML renderer escapes every string, so no composer can forget to.
 */
export type MessageBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: readonly string[]; emptyText?: string }
  /** A link back into the app; the plain text spells the address out. */
  | { kind: 'link'; text: string; href: string };

export const paragraph = (text: string): MessageBlock => ({ kind: 'paragraph', text });
export const heading = (text: string): MessageBlock => ({ kind: 'heading', text });
export const link = (text: string, href: string): MessageBlock => ({ kind: 'link', text, href });
export const list = (items: readonly string[], emptyText?: string): MessageBlock =>
  emptyText === undefined ? { kind: 'list', items } : { kind: 'list', items, emptyText };

const normaliseNewlines = (text: string): string => text.replace(/\r\n?/g, '\n');

/** Wording a person edited may hold paragraphs (blank lines) and line breaks; both survive. */
function paragraphHtml(text: string): string {
  return normaliseNewlines(text)
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

function blockHtml(block: MessageBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraphHtml(block.text);
    case 'heading':
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case 'list':
      if (block.items.length === 0) {
        return block.emptyText === undefined ? '' : `<p>${escapeHtml(block.emptyText)}</p>`;
      }
      return `<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'link':
      return `<p><a href="${escapeHtml(block.href)}">${escapeHtml(block.text)}</a></p>`;
  }
}

function blockText(block: MessageBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return normaliseNewlines(block.text);
    case 'heading':
      return block.text;
    case 'list':
      if (block.items.length === 0) return block.emptyText ?? '';
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'link':
      return `${block.text}: ${block.href}`;
  }
}

export function renderHtml(blocks: readonly MessageBlock[]): string {
  return blocks
    .map(blockHtml)
    .filter((html) => html !== '')
    .join('\n');
}

/** Blocks are separated by a blank line, except that a heading sits right above its content. */
export function renderText(blocks: readonly MessageBlock[]): string {
  let out = '';
  let previous: MessageBlock | undefined;
  for (const block of blocks) {
    const text = blockText(block);
    if (text === '') continue;
    if (previous !== undefined) out += previous.kind === 'heading' ? '\n' : '\n\n';
    out += text;
    previous = block;
  }
  return `${out}\n`;
}

/** Mail subjects are one header line: user text must not be able to break it. */
export function toSubject(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
