/**
 * The host pages' own elements, for the browser scripts of both local hosts (Teams, Outlook):
 * served as a browser module like the scripts that import it.
 */

/** The element with this id, of this kind, or an error naming what the page lacks. */
export function element<T extends HTMLElement>(id: string, kind: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof kind)) throw new Error(`The host page has no #${id}.`);
  return found;
}

/** The page's log of what the app asked of the host: one line a call. */
export function hostLog(log: HTMLOListElement): (text: string) => void {
  return (text) => {
    const item = document.createElement('li');
    item.textContent = text;
    log.append(item);
  };
}
