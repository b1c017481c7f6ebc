// Reads .ics files with ical.js, as Thunderbird and Nextcloud do, and prints the UTC start of
// every occurrence in some windows. Input on stdin: [{"path", "windows": [[lo, hi], ...]}]
// (UTC ISO instants); output: for each file, for each window, [[uid, "YYYY-MM-DDTHH:MM:SSZ"]]
// sorted. Each series is read once, up to the last window.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const MARGIN = 40 * 86400; // an edited occurrence may move this far into the window
const LIMIT = 100000; // occurrences read per series at most

function iso(seconds) {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, "Z");
}

function instants({ path, windows }) {
  const spans = windows.map(([lo, hi]) => [Date.parse(lo) / 1000, Date.parse(hi) / 1000]);
  const low = Math.min(...spans.map((s) => s[0]));
  const high = Math.max(...spans.map((s) => s[1]));
  const near = (at) => spans.some(([a, b]) => at >= a - MARGIN && at < b + MARGIN);
  const root = new ICAL.Component(ICAL.parse(readFileSync(path, "utf8")));
  ICAL.TimezoneService.reset();
  for (const vtz of root.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(vtz);
  }
  const masters = new Map();
  const edits = [];
  for (const comp of root.getAllSubcomponents("vevent")) {
    if (comp.hasProperty("recurrence-id")) edits.push(comp);
    // Grouped by UID, as Thunderbird and Nextcloud do: left to itself, an Event takes every
    // edited occurrence in the file as its own, whatever its UID.
    else {
      const event = new ICAL.Event(comp, { strictExceptions: true, exceptions: [] });
      masters.set(comp.getFirstPropertyValue("uid"), event);
    }
  }
  const out = spans.map(() => []);
  const keep = (uid, comp, start) => {
    const at = start.toUnixTime();
    if (comp.getFirstPropertyValue("status") === "CANCELLED") return;
    spans.forEach(([a, b], i) => {
      if (at >= a && at < b) out[i].push([uid, iso(at)]);
    });
  };
  for (const comp of edits) {
    const master = masters.get(comp.getFirstPropertyValue("uid"));
    if (master) master.relateException(comp);
    else keep(comp.getFirstPropertyValue("uid"), comp, new ICAL.Event(comp).startDate);
  }
  for (const [uid, event] of masters) {
    if (!event.isRecurring()) {
      keep(uid, event.component, event.startDate);
      continue;
    }
    const it = event.iterator();
    for (let n = 0, step = it.next(); step && n < LIMIT; step = it.next(), n++) {
      // An RDATE period (VALUE=PERIOD) comes out of the iterator as a period, not a time.
      const next = step instanceof ICAL.Period ? step.start : step;
      const at = next.toUnixTime();
      if (at > high + MARGIN) break;
      if (at < low - MARGIN || !near(at)) continue;
      const details = event.getOccurrenceDetails(next);
      keep(uid, details.item.component, details.startDate);
    }
  }
  const order = (a, b) => (a[1] + a[0] < b[1] + b[0] ? -1 : a[1] + a[0] > b[1] + b[0] ? 1 : 0);
  return out.map((found) => found.sort(order));
}

const requests = JSON.parse(readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(requests.map(instants)));
