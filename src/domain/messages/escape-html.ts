const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Makes text safe as HTML element content and as a quoted attribute value. Every character that
 * can end a text run or an attribute is replaced, so user text can never become markup. `&` is
 * escaped too, so text that looks like an entity ("&amp;") shows exactly as typed.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
