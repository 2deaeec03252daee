import { Field, makeStyles, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import type { HostTheme } from '../host/detect-host';
import { themeLabels } from './theme';

const useStyles = makeStyles({ themeField: { minWidth: '160px' } });

/** Outside Teams the person picks the theme; inside, it follows Teams. */
export function ThemeChooser({
  theme,
  chooseTheme,
}: {
  theme: HostTheme;
  chooseTheme: (theme: HostTheme) => void;
}) {
  const styles = useStyles();
  return (
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
  );
}

/** Why the host (Teams, Outlook) did not answer: the app runs on as a plain page. */
export function HostProblem({ message }: { message: string }) {
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
