// Outlook accepts Windows time zone names (its default format) and a fixed list of IANA names
// wherever a dateTimeTimeZone or `Prefer: outlook.timezone` appears; any other name is 400
// TimeZoneNotSupportedException (microsoftgraph/microsoft-graph-docs#4758 shows the answer).
// https://learn.microsoft.com/en-us/graph/api/resources/datetimetimezone?view=graph-rest-1.0
// The Windows -> IANA mapping is CLDR's windowsZones (territory 001).
import { Temporal } from 'temporal-polyfill';
import { WINDOWS_TIME_ZONES } from '../../seed/time-zones';

// prettier-ignore
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  'Dateline Standard Time': 'Etc/GMT+12', 'UTC-11': 'Etc/GMT+11',
  'Aleutian Standard Time': 'America/Adak', 'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Marquesas Standard Time': 'Pacific/Marquesas', 'Alaskan Standard Time': 'America/Anchorage',
  'UTC-09': 'Etc/GMT+9', 'Pacific Standard Time (Mexico)': 'America/Tijuana', 'UTC-08': 'Etc/GMT+8',
  'Pacific Standard Time': 'America/Los_Angeles', 'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time (Mexico)': 'America/Mazatlan', 'Mountain Standard Time': 'America/Denver',
  'Yukon Standard Time': 'America/Whitehorse', 'Central America Standard Time': 'America/Guatemala',
  'Central Standard Time': 'America/Chicago', 'Easter Island Standard Time': 'Pacific/Easter',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina', 'SA Pacific Standard Time': 'America/Bogota',
  'Eastern Standard Time (Mexico)': 'America/Cancun', 'Eastern Standard Time': 'America/New_York',
  'Haiti Standard Time': 'America/Port-au-Prince', 'Cuba Standard Time': 'America/Havana',
  'US Eastern Standard Time': 'America/Indiana/Indianapolis',
  'Turks And Caicos Standard Time': 'America/Grand_Turk',
  'Paraguay Standard Time': 'America/Asuncion', 'Atlantic Standard Time': 'America/Halifax',
  'Venezuela Standard Time': 'America/Caracas', 'Central Brazilian Standard Time': 'America/Cuiaba',
  'SA Western Standard Time': 'America/La_Paz', 'Pacific SA Standard Time': 'America/Santiago',
  'Newfoundland Standard Time': 'America/St_Johns', 'Tocantins Standard Time': 'America/Araguaina',
  'E. South America Standard Time': 'America/Sao_Paulo', 'SA Eastern Standard Time': 'America/Cayenne',
  'Argentina Standard Time': 'America/Argentina/Buenos_Aires',
  'Greenland Standard Time': 'America/Nuuk', 'Montevideo Standard Time': 'America/Montevideo',
  'Magallanes Standard Time': 'America/Punta_Arenas', 'Saint Pierre Standard Time': 'America/Miquelon',
  'Bahia Standard Time': 'America/Bahia', 'UTC-02': 'Etc/GMT+2', 'Mid-Atlantic Standard Time': 'Etc/GMT+2',
  'Azores Standard Time': 'Atlantic/Azores', 'Cape Verde Standard Time': 'Atlantic/Cape_Verde',
  UTC: 'UTC', 'GMT Standard Time': 'Europe/London', 'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'Sao Tome Standard Time': 'Africa/Sao_Tome', 'Morocco Standard Time': 'Africa/Casablanca',
  'W. Europe Standard Time': 'Europe/Berlin', 'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris', 'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos', 'Jordan Standard Time': 'Asia/Amman',
  'GTB Standard Time': 'Europe/Bucharest', 'Middle East Standard Time': 'Asia/Beirut',
  'Egypt Standard Time': 'Africa/Cairo', 'E. Europe Standard Time': 'Europe/Chisinau',
  'Syria Standard Time': 'Asia/Damascus', 'West Bank Standard Time': 'Asia/Hebron',
  'South Africa Standard Time': 'Africa/Johannesburg', 'FLE Standard Time': 'Europe/Kyiv',
  'Israel Standard Time': 'Asia/Jerusalem', 'South Sudan Standard Time': 'Africa/Juba',
  'Kaliningrad Standard Time': 'Europe/Kaliningrad', 'Sudan Standard Time': 'Africa/Khartoum',
  'Libya Standard Time': 'Africa/Tripoli', 'Namibia Standard Time': 'Africa/Windhoek',
  'Arabic Standard Time': 'Asia/Baghdad', 'Turkey Standard Time': 'Europe/Istanbul',
  'Arab Standard Time': 'Asia/Riyadh', 'Belarus Standard Time': 'Europe/Minsk',
  'Russian Standard Time': 'Europe/Moscow', 'E. Africa Standard Time': 'Africa/Nairobi',
  'Volgograd Standard Time': 'Europe/Volgograd', 'Iran Standard Time': 'Asia/Tehran',
  'Arabian Standard Time': 'Asia/Dubai', 'Astrakhan Standard Time': 'Europe/Astrakhan',
  'Azerbaijan Standard Time': 'Asia/Baku', 'Russia Time Zone 3': 'Europe/Samara',
  'Mauritius Standard Time': 'Indian/Mauritius', 'Saratov Standard Time': 'Europe/Saratov',
  'Georgian Standard Time': 'Asia/Tbilisi', 'Caucasus Standard Time': 'Asia/Yerevan',
  'Afghanistan Standard Time': 'Asia/Kabul', 'West Asia Standard Time': 'Asia/Tashkent',
  'Ekaterinburg Standard Time': 'Asia/Yekaterinburg', 'Pakistan Standard Time': 'Asia/Karachi',
  'Qyzylorda Standard Time': 'Asia/Qyzylorda', 'India Standard Time': 'Asia/Kolkata',
  'Sri Lanka Standard Time': 'Asia/Colombo', 'Nepal Standard Time': 'Asia/Kathmandu',
  'Central Asia Standard Time': 'Asia/Bishkek', 'Bangladesh Standard Time': 'Asia/Dhaka',
  'Omsk Standard Time': 'Asia/Omsk', 'Myanmar Standard Time': 'Asia/Yangon',
  'SE Asia Standard Time': 'Asia/Bangkok', 'Altai Standard Time': 'Asia/Barnaul',
  'W. Mongolia Standard Time': 'Asia/Hovd', 'North Asia Standard Time': 'Asia/Krasnoyarsk',
  'N. Central Asia Standard Time': 'Asia/Novosibirsk', 'Tomsk Standard Time': 'Asia/Tomsk',
  'China Standard Time': 'Asia/Shanghai', 'North Asia East Standard Time': 'Asia/Irkutsk',
  'Singapore Standard Time': 'Asia/Singapore', 'W. Australia Standard Time': 'Australia/Perth',
  'Taipei Standard Time': 'Asia/Taipei', 'Ulaanbaatar Standard Time': 'Asia/Ulaanbaatar',
  'Aus Central W. Standard Time': 'Australia/Eucla', 'Transbaikal Standard Time': 'Asia/Chita',
  'Tokyo Standard Time': 'Asia/Tokyo', 'North Korea Standard Time': 'Asia/Pyongyang',
  'Korea Standard Time': 'Asia/Seoul', 'Yakutsk Standard Time': 'Asia/Yakutsk',
  'Cen. Australia Standard Time': 'Australia/Adelaide', 'AUS Central Standard Time': 'Australia/Darwin',
  'E. Australia Standard Time': 'Australia/Brisbane', 'AUS Eastern Standard Time': 'Australia/Sydney',
  'West Pacific Standard Time': 'Pacific/Port_Moresby', 'Tasmania Standard Time': 'Australia/Hobart',
  'Vladivostok Standard Time': 'Asia/Vladivostok', 'Lord Howe Standard Time': 'Australia/Lord_Howe',
  'Bougainville Standard Time': 'Pacific/Bougainville', 'Russia Time Zone 10': 'Asia/Srednekolymsk',
  'Magadan Standard Time': 'Asia/Magadan', 'Norfolk Standard Time': 'Pacific/Norfolk',
  'Sakhalin Standard Time': 'Asia/Sakhalin', 'Central Pacific Standard Time': 'Pacific/Guadalcanal',
  'Russia Time Zone 11': 'Asia/Kamchatka', 'New Zealand Standard Time': 'Pacific/Auckland',
  'UTC+12': 'Etc/GMT-12', 'Fiji Standard Time': 'Pacific/Fiji',
  'Chatham Islands Standard Time': 'Pacific/Chatham', 'UTC+13': 'Etc/GMT-13',
  'Tonga Standard Time': 'Pacific/Tongatapu', 'Samoa Standard Time': 'Pacific/Apia',
  'Line Islands Standard Time': 'Pacific/Kiritimati',
};

// The page's "Additional time zones", in its order. Four entries carry a second spelling in
// brackets ("Europe/Kyiv (Kiev)"); both spellings are taken, as the page does not say which one
// Outlook matches.
// prettier-ignore
const GRAPH_IANA_ZONES: readonly string[] = [
  'Etc/GMT+12', 'Etc/GMT+11', 'Pacific/Honolulu', 'America/Anchorage', 'America/Santa_Isabel',
  'America/Los_Angeles', 'America/Phoenix', 'America/Chihuahua', 'America/Denver',
  'America/Guatemala', 'America/Chicago', 'America/Mexico_City', 'America/Regina',
  'America/Bogota', 'America/New_York', 'America/Indiana/Indianapolis', 'America/Caracas',
  'America/Asuncion', 'America/Halifax', 'America/Cuiaba', 'America/La_Paz', 'America/Santiago',
  'America/St_Johns', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'America/Cayenne',
  'America/Godthab', 'America/Montevideo', 'America/Bahia', 'Etc/GMT+2', 'Atlantic/Azores',
  'Atlantic/Cape_Verde', 'Africa/Casablanca', 'Etc/GMT', 'Europe/London', 'Atlantic/Reykjavik',
  'Europe/Berlin', 'Europe/Budapest', 'Europe/Paris', 'Europe/Warsaw', 'Africa/Lagos',
  'Africa/Windhoek', 'Europe/Bucharest', 'Asia/Beirut', 'Africa/Cairo', 'Asia/Damascus',
  'Africa/Johannesburg', 'Europe/Kyiv', 'Europe/Kiev', 'Europe/Istanbul', 'Asia/Jerusalem',
  'Asia/Amman', 'Asia/Baghdad', 'Europe/Kaliningrad', 'Asia/Riyadh', 'Africa/Nairobi',
  'Asia/Tehran', 'Asia/Dubai', 'Asia/Baku', 'Europe/Moscow', 'Indian/Mauritius', 'Asia/Tbilisi',
  'Asia/Yerevan', 'Asia/Kabul', 'Asia/Karachi', 'Asia/Toshkent', 'Asia/Tashkent', 'Asia/Kolkata',
  'Asia/Colombo', 'Asia/Kathmandu', 'Asia/Astana', 'Asia/Almaty', 'Asia/Dhaka',
  'Asia/Yekaterinburg', 'Asia/Yangon', 'Asia/Rangoon', 'Asia/Bangkok', 'Asia/Novosibirsk',
  'Asia/Shanghai', 'Asia/Krasnoyarsk', 'Asia/Singapore', 'Australia/Perth', 'Asia/Taipei',
  'Asia/Ulaanbaatar', 'Asia/Irkutsk', 'Asia/Tokyo', 'Asia/Seoul', 'Australia/Adelaide',
  'Australia/Darwin', 'Australia/Brisbane', 'Australia/Sydney', 'Pacific/Port_Moresby',
  'Australia/Hobart', 'Asia/Yakutsk', 'Pacific/Guadalcanal', 'Asia/Vladivostok',
  'Pacific/Auckland', 'Etc/GMT-12', 'Pacific/Fiji', 'Asia/Magadan', 'Pacific/Tongatapu',
  'Pacific/Apia', 'Pacific/Kiritimati',
];

/** Spellings on the list that are not IANA ids, and the zone they stand for. */
const LISTED_ALIASES: Readonly<Record<string, string>> = {
  'Asia/Toshkent': 'Asia/Tashkent',
  'Asia/Astana': 'Asia/Almaty',
};

const WINDOWS_BY_LOWER = new Map(
  Object.entries(WINDOWS_TO_IANA).map(([name, iana]) => [name.toLowerCase(), iana]),
);

const IANA_TO_WINDOWS = new Map(
  Object.entries(WINDOWS_TO_IANA).map(([windows, iana]) => [iana, windows]),
);

/** The Windows name Outlook shows for a mailbox in an IANA zone (the IANA id if none). */
export function windowsNameFor(iana: string): string {
  return WINDOWS_TIME_ZONES[iana] ?? IANA_TO_WINDOWS.get(iana) ?? iana;
}

const resolved = new Map<string, string | undefined>();

/** IANA zone for a Windows or IANA name, or undefined when Outlook would refuse it. */
export function resolveTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (resolved.has(trimmed)) return resolved.get(trimmed);
  const zone = lookUpTimeZone(trimmed);
  resolved.set(trimmed, zone);
  return zone;
}

function lookUpTimeZone(name: string): string | undefined {
  if (name === '') return undefined;
  const windows = WINDOWS_BY_LOWER.get(name.toLowerCase());
  if (windows) return windows;
  // An IANA id Outlook knows but that is not on the list is refused all the same.
  if (!GRAPH_IANA_ZONES.includes(name)) return undefined;
  try {
    return Temporal.Now.zonedDateTimeISO(LISTED_ALIASES[name] ?? name).timeZoneId;
  } catch {
    return undefined;
  }
}

/** Outlook's error for a time zone it does not know. */
export function unsupportedTimeZoneMessage(name: string): string {
  return `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`;
}

/** `2017-04-15T11:00:00.0000000`: Outlook's dateTime format, always seven fractional digits. */
export function formatLocalDateTime(value: Temporal.PlainDateTime): string {
  const base = value.toString({ smallestUnit: 'second' });
  const fraction = String(value.millisecond).padStart(3, '0') + '0000';
  return `${base}.${fraction}`;
}

/** The instant rendered in a zone, as Outlook writes a dateTimeTimeZone. */
export function toDateTimeTimeZone(
  instant: Temporal.Instant,
  zone: { iana: string; label: string },
): { dateTime: string; timeZone: string } {
  const local = instant.toZonedDateTimeISO(zone.iana).toPlainDateTime();
  return { dateTime: formatLocalDateTime(local), timeZone: zone.label };
}

/** `2017-04-15T03:00:50.7579581Z`: DateTimeOffset properties carry seven fractional digits. */
export function formatTimestamp(instant: Temporal.Instant | Date): string {
  const iso =
    instant instanceof Date
      ? instant.toISOString()
      : new Date(instant.epochMilliseconds).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}0000Z`;
}

/** `2019-04-08T20:30:00Z`: Outlook writes originalStart without fractions. */
export function formatOffsetSeconds(instant: Temporal.Instant): string {
  return `${new Date(instant.epochMilliseconds).toISOString().slice(0, 19)}Z`;
}

export type LocalDateTimeParse =
  { ok: true; instant: Temporal.Instant } | { ok: false; reason: 'format' | 'zone' };

/**
 * Reads a dateTimeTimeZone: the wall-clock `dateTime` is in `timeZone` (UTC when absent); a
 * value with its own offset is taken as that instant.
 */
export function parseDateTimeTimeZone(
  dateTime: string,
  timeZone: string | undefined,
): LocalDateTimeParse {
  const zone = resolveTimeZone(timeZone ?? 'UTC');
  if (!zone) return { ok: false, reason: 'zone' };
  const text = dateTime.trim();
  try {
    if (/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
      return { ok: true, instant: Temporal.Instant.from(text) };
    }
    const local = Temporal.PlainDateTime.from(text.length === 10 ? `${text}T00:00:00` : text);
    return { ok: true, instant: local.toZonedDateTime(zone).toInstant() };
  } catch {
    return { ok: false, reason: 'format' };
  }
}

/** Query-string instants (`startDateTime`): an offset is honoured, none means UTC. */
export function parseQueryInstant(value: string): Temporal.Instant | undefined {
  const parsed = parseDateTimeTimeZone(value, 'UTC');
  return parsed.ok ? parsed.instant : undefined;
}
