import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { SignedInUser } from '../auth/auth-client';
import type { HostTheme } from '../host/detect-host';
import { NARROW } from '../shared/narrow';

// The header's controls and notices come a moment after the first paint, which needs none of
// their code: signing out flushes and forgets drafts (only once someone is signed in), the theme
// picker is a form field, the host's problem a message bar.
const SignOutButton = lazy(async () => ({
  default: (await import('./sign-out-button')).SignOutButton,
}));
const ThemeChooser = lazy(async () => ({
  default: (await import('./header-controls')).ThemeChooser,
}));
const HostProblem = lazy(async () => ({
  default: (await import('./header-controls')).HostProblem,
}));

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  compact: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
  // A narrow window (a side panel, a phone) keeps its height for the screen below.
  narrow: {
    [NARROW]: {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      rowGap: tokens.spacingVerticalXXS,
    },
  },
  title: { [NARROW]: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 } },
  end: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
  },
});

interface AppHeaderProps {
  theme: HostTheme;
  /** Absent inside Teams, where the theme follows Teams. */
  chooseTheme?: (theme: HostTheme) => void;
  hostError: string | undefined;
  user?: SignedInUser;
  signOut?: () => Promise<void>;
  /**
   * In a meeting's side panel Teams already names the app and the person signed in above it:
   * the panel keeps its height for the conversation.
   */
  compact?: boolean;
}

export function AppHeader({
  theme,
  chooseTheme,
  hostError,
  user,
  signOut,
  compact = false,
}: AppHeaderProps) {
  const styles = useStyles();
  const hasControls = signOut !== undefined || chooseTheme !== undefined;
  return (
    <header>
      {compact && !hasControls ? null : (
        <div className={mergeClasses(styles.header, styles.narrow, compact && styles.compact)}>
          {compact ? null : (
            <Text as="p" size={500} weight="semibold" className={styles.title}>
              Career Conversations
            </Text>
          )}
          <div className={styles.end}>
            {user && !compact && <Text data-testid="signed-in-user">Signed in as {user.name}</Text>}
            {signOut && (
              <Suspense fallback={null}>
                <SignOutButton signOut={signOut} />
              </Suspense>
            )}
            {chooseTheme && (
              <Suspense fallback={null}>
                <ThemeChooser theme={theme} chooseTheme={chooseTheme} />
              </Suspense>
            )}
          </div>
        </div>
      )}
      {hostError && (
        <Suspense fallback={null}>
          <HostProblem message={hostError} />
        </Suspense>
      )}
    </header>
  );
}
