// `Prefer: outlook.timezone` and `Prefer: outlook.body-content-type`, answered with
// `Preference-Applied`, as in https://learn.microsoft.com/en-us/graph/api/event-get?view=graph-rest-1.0
import { graphError, type Reply } from '../../core/reply';
import type { TenantRequest } from '../../core/request';
import { resolveTimeZone, unsupportedTimeZoneMessage } from './time-zones';

export interface OutputZone {
  iana: string;
  /** What Graph writes in `timeZone`: the name the client asked for, or `UTC`. */
  label: string;
}

export interface Preferences {
  zone: OutputZone;
  bodyType: 'html' | 'text';
  /** The `Preference-Applied` header, when a preference was honoured. */
  headers: Record<string, string>;
}

export const UTC_ZONE: OutputZone = { iana: 'UTC', label: 'UTC' };

function preference(header: string, name: string): string | undefined {
  const pattern = new RegExp(`${name.replace('.', '\\.')}\\s*=\\s*(?:"([^"]*)"|([^,;\\s]+))`, 'i');
  const match = pattern.exec(header);
  return match ? (match[1] ?? match[2]) : undefined;
}

export type PreferenceResult = { ok: true; value: Preferences } | { ok: false; reply: Reply };

export function readPreferences(req: TenantRequest): PreferenceResult {
  const header = req.header('prefer') ?? '';
  const applied: string[] = [];
  let zone = UTC_ZONE;
  const requestedZone = preference(header, 'outlook.timezone');
  if (requestedZone !== undefined) {
    const iana = resolveTimeZone(requestedZone);
    if (!iana) {
      return {
        ok: false,
        reply: graphError(
          400,
          'TimeZoneNotSupportedException',
          unsupportedTimeZoneMessage(requestedZone),
        ),
      };
    }
    zone = { iana, label: requestedZone };
    applied.push(`outlook.timezone="${requestedZone}"`);
  }
  const requestedBody = preference(header, 'outlook.body-content-type')?.toLowerCase();
  const bodyType = requestedBody === 'text' ? 'text' : 'html';
  if (requestedBody === 'text' || requestedBody === 'html') {
    applied.push(`outlook.body-content-type="${requestedBody}"`);
  }
  return {
    ok: true,
    value: {
      zone,
      bodyType,
      headers: applied.length > 0 ? { 'Preference-Applied': applied.join(', ') } : {},
    },
  };
}
