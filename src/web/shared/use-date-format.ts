import { useMemo } from 'react';
import { useHostContext } from '../host/use-host-context';
import { dateFormatFor, type DateFormat } from './date-format';

/** Formatters in the host's locale and time zone (the browser's outside a host). */
export function useDateFormat(): DateFormat {
  const { locale, timeZone } = useHostContext();
  return useMemo(() => dateFormatFor(locale, timeZone), [locale, timeZone]);
}
