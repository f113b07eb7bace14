/**
 * Durations as people say them, one format for the whole product (findings, suggestions, Do first, report,
 * slides, the command line): "35 min", "1 h 35 min", "1 day 9 h", "5 days" / "35 分钟", "1 小时 35 分钟",
 * "1 天 9 小时", "5 天". Two units at most, the smaller rounded away as the duration grows: minutes (to a
 * tenth) under an hour, hours and whole minutes under a day, days and whole hours under a week, whole days
 * from a week on. Never "1.6 h": nobody reads a decimal hour as 1 hour 36 minutes.
 */
import type { Locale } from './index';

const MINUTE = 1;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

interface Parts {
  days: number;
  hours: number;
  minutes: number;
}

/** The parts a duration is said in, rounded as formatDuration says them. Exported for tests. */
export function durationParts(total: number): Parts {
  const tenth = Math.round(total * 10) / 10;
  if (tenth < HOUR) return { days: 0, hours: 0, minutes: tenth };
  const minutes = Math.round(total);
  if (minutes < DAY) return { days: 0, hours: Math.floor(minutes / HOUR), minutes: minutes % HOUR };
  const hours = Math.round(total / HOUR);
  if (hours * HOUR < WEEK) return { days: Math.floor(hours / 24), hours: hours % 24, minutes: 0 };
  return { days: Math.round(total / DAY), hours: 0, minutes: 0 };
}

const UNITS: Readonly<Record<Locale, { day: (n: number) => string; hour: (n: number) => string; minute: (n: number) => string }>> = {
  en: {
    day: (n) => `${n} day${n === 1 ? '' : 's'}`,
    hour: (n) => `${n} h`,
    minute: (n) => `${n} min`,
  },
  'zh-CN': {
    day: (n) => `${n} 天`,
    hour: (n) => `${n} 小时`,
    minute: (n) => `${n} 分钟`,
  },
};

/** A duration given in minutes, as a reader says it (see the module comment). */
export function formatDuration(minutes: number, locale: Locale): string {
  const u = UNITS[locale];
  if (!Number.isFinite(minutes) || minutes < 0) return u.minute(minutes);
  const { days, hours, minutes: mins } = durationParts(minutes);
  const said = [days > 0 ? u.day(days) : '', hours > 0 ? u.hour(hours) : '', mins > 0 || (days === 0 && hours === 0) ? u.minute(mins) : ''];
  return said.filter(Boolean).join(' ');
}
