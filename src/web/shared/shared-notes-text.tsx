import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { notesSections } from './notes-sections';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { whiteSpace: 'pre-wrap' },
});

/** Shared notes as both people read them: each phase under its title, never "## …". */
export function SharedNotesText({ notes }: { notes: string }) {
  const styles = useStyles();
  return (
    <span className={styles.root}>
      {notesSections(notes).map((section, index) => (
        <span key={`${String(index)}:${section.title ?? ''}`}>
          {section.title === undefined ? null : (
            <Text weight="semibold" block>
              {section.title}
            </Text>
          )}
          <Text block className={styles.text}>
            {section.text}
          </Text>
        </span>
      ))}
    </span>
  );
}
