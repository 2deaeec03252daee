export interface NotesSection {
  /** The phase the notes were written in ("Where are you now?"), when they were. */
  title?: string;
  text: string;
}

/** The record keeps the phases' notes in one text, each under a "## <phase title>" line. */
const HEADING = /^##\s+(.+?)\s*$/;

/**
 * Shared notes as people read them: each phase's title as a title, never as "## …". Text before
 * the first title is a section of its own; empty sections are left out.
 */
export function notesSections(shared: string): NotesSection[] {
  const sections: NotesSection[] = [];
  let current: { title?: string; lines: string[] } = { lines: [] };
  const close = () => {
    const text = current.lines.join('\n').trim();
    if (text !== '') {
      sections.push(current.title === undefined ? { text } : { title: current.title, text });
    }
  };
  for (const line of shared.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    if (heading?.[1] === undefined) {
      current.lines.push(line);
      continue;
    }
    close();
    current = { title: heading[1], lines: [] };
  }
  close();
  return sections;
}
