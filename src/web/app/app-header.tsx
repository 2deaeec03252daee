import {
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { SignedInUser } from '../auth/auth-client';
import type { HostTheme } from '../host/detect-host';
import { SignOutButton } from './sign-out-button';
import { themeLabels } from './theme';
import { NARROW } from '../shared/narrow';

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
  themeField: { minWidth: '160px' },
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
            {signOut && <SignOutButton signOut={signOut} />}
            {chooseTheme && (
              <Field label="Theme" orientation="horizontal" className={styles.themeField}>
                <Select
                  value={theme}
                  onChange={(_, data) => {
                    chooseTheme(data.value as HostTheme);
                  }}
                >
                  {(Object.keys(themeLabels) as HostTheme[]).map((value) => (
                    <option key={value} value={value}>
                      {themeLabels[value]}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
          </div>
        </div>
      )}
      {hostError && (
        <MessageBar intent="warning">
          <MessageBarBody>{hostError}</MessageBarBody>
        </MessageBar>
      )}
    </header>
  );
}
