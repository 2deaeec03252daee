import { makeStyles, tokens } from '@fluentui/react-components';
import { plainList } from '../../shared/list-styles';

export const useHrStyles = makeStyles({
  plainList: plainList(tokens.spacingVerticalM),
  check: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  muted: { color: tokens.colorNeutralForeground2 },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      textAlign: 'left',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  tableWrap: { overflowX: 'auto' },
  bar: { fill: tokens.colorBrandBackground },
  track: { fill: tokens.colorNeutralBackground3 },
  chartText: { fill: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200 },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '480px',
  },
  receipt: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});
