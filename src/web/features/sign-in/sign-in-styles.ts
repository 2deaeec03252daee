import { makeStyles, tokens } from '@fluentui/react-components';

/** The signed-out screens (sign in, ask your admin) share one centred card. */
export const useSignInStyles = makeStyles({
  card: {
    maxWidth: '640px',
    margin: `${tokens.spacingVerticalXXL} auto`,
    padding: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'center' },
});
