/**
 * Windows time zone names for the IANA zones the demo people live in. Graph's
 * mailboxSettings.timeZone and most Outlook payloads use the Windows name.
 */
export const WINDOWS_TIME_ZONES: Readonly<Record<string, string>> = {
  'Europe/London': 'GMT Standard Time',
  'Europe/Dublin': 'GMT Standard Time',
  'Europe/Lisbon': 'GMT Standard Time',
  'Europe/Madrid': 'Romance Standard Time',
  'Europe/Paris': 'Romance Standard Time',
  'Europe/Berlin': 'W. Europe Standard Time',
  'Europe/Stockholm': 'W. Europe Standard Time',
  'Europe/Rome': 'W. Europe Standard Time',
  'Europe/Warsaw': 'Central European Standard Time',
  'Europe/Bucharest': 'GTB Standard Time',
  'Europe/Istanbul': 'Turkey Standard Time',
  'Africa/Lagos': 'W. Central Africa Standard Time',
  'Africa/Nairobi': 'E. Africa Standard Time',
  'Africa/Johannesburg': 'South Africa Standard Time',
  'Asia/Kolkata': 'India Standard Time',
  'Asia/Dhaka': 'Bangladesh Standard Time',
  'Asia/Singapore': 'Singapore Standard Time',
  'Asia/Taipei': 'Taipei Standard Time',
  'Asia/Tokyo': 'Tokyo Standard Time',
  'America/New_York': 'Eastern Standard Time',
  'America/Toronto': 'Eastern Standard Time',
  'America/Mexico_City': 'Central Standard Time (Mexico)',
};

export function toWindowsTimeZone(iana: string): string {
  return WINDOWS_TIME_ZONES[iana] ?? 'UTC';
}
