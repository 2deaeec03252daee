import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList } from '../list-styles';

export const useSectionStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  plainList: plainList(tokens.spacingVerticalM),
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  muted: { color: tokens.colorNeutralForeground2 },
  /** A line of its own inside a row: a note, a small form. */
  fullLine: { flexBasis: '100%' },
  notes: { whiteSpace: 'pre-wrap', margin: 0 },
});
