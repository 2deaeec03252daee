import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import type { HostKind } from '../host/detect-host';
import { QuickReferenceCard } from '../features/quick-reference/quick-reference-card';
import { AppHeader } from './app-header';
import { fluentThemes } from './theme';
import { useHostTheme } from './use-host-theme';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  skipLink: {
    position: 'absolute',
    left: '-10000px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 1 },
  },
});

export function App({ host }: { host: HostKind }) {
  const styles = useStyles();
  const { theme, chooseTheme, hostError } = useHostTheme(host);

  return (
    <FluentProvider theme={fluentThemes[theme]} className={styles.root}>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <AppHeader theme={theme} {...(chooseTheme ? { chooseTheme } : {})} hostError={hostError} />
      <main id="main" className={styles.main} tabIndex={-1}>
        <QuickReferenceCard />
      </main>
    </FluentProvider>
  );
}
