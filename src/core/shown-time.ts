// How a job shows the time it ran (on the summary sheet, the consolidation sheet, feedback files): the
// host reads the clock, the core only writes the time it is given.
export function shownTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
