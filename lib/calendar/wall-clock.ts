/**
 * The wall clock of a place: what date and time a person in `timeZone` sees at an instant.
 * Plantão hours, holidays and office hours are all defined in the tribunal's local time, while the
 * browser may run in another zone (a judge travelling, a VM in UTC). This runs on the click path of
 * the guard, so formatters are built once per zone and reused.
 */

export interface WallClock {
  /** AAAA-MM-DD in the zone. */
  isoDate: string;
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0–23. */
  hour: number;
  minute: number;
  /** 0 = domingo … 6 = sábado. */
  weekday: number;
}

/**
 * Brazil's zones have kept fixed UTC offsets since its daylight saving time ended in February 2019
 * (Decreto 9.772/2019). For those zones, between `since` and `until`, the wall clock is arithmetic:
 * no Intl formatter, whose first use with a time zone costs a page about 30 ms of script while the
 * browser loads its time-zone data (measured by `npm run bench`). Anywhere else Intl decides. A test
 * compares the table with Intl day by day over the whole window; should Brazil bring daylight saving
 * back, that test fails and this table (data, not logic) is what changes.
 */
export const FIXED_OFFSETS = {
  since: Date.UTC(2019, 2, 1),
  until: Date.UTC(2028, 0, 1),
  /** Minutes east of UTC. */
  minutes: {
    'America/Noronha': -120,
    'America/Sao_Paulo': -180,
    'America/Belem': -180,
    'America/Fortaleza': -180,
    'America/Recife': -180,
    'America/Araguaina': -180,
    'America/Maceio': -180,
    'America/Bahia': -180,
    'America/Santarem': -180,
    'America/Campo_Grande': -240,
    'America/Cuiaba': -240,
    'America/Manaus': -240,
    'America/Porto_Velho': -240,
    'America/Boa_Vista': -240,
    'America/Rio_Branco': -300,
    'America/Eirunepe': -300,
  } as Readonly<Record<string, number>>,
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with h23 gives plain ASCII digits and weekday names we can map, whatever the user's locale.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Throws RangeError for an unknown time zone (profiles are validated with `isValidTimeZone`). */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const t = instant.getTime();
  const fixed = FIXED_OFFSETS.minutes[timeZone];
  if (fixed !== undefined && t >= FIXED_OFFSETS.since && t < FIXED_OFFSETS.until) {
    const local = new Date(t + fixed * 60_000);
    const year = local.getUTCFullYear();
    const month = local.getUTCMonth() + 1;
    const day = local.getUTCDate();
    const two = (n: number) => String(n).padStart(2, '0');
    return {
      isoDate: `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`,
      year,
      month,
      day,
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      weekday: local.getUTCDay(),
    };
  }
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  return {
    isoDate: `${String(year).padStart(4, '0')}-${parts.month}-${parts.day}`,
    year,
    month,
    day,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
  };
}

export function isValidTimeZone(timeZone: string): boolean {
  if (FIXED_OFFSETS.minutes[timeZone] !== undefined) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes since local midnight for "HH:MM". */
export function minutesOf(hhmm: string): number {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}
