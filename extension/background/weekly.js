// Weekly "your noise report is ready" notification, driven by chrome.alarms.
import {api, reportUrl} from "./api.js";
import * as store from "../shared/storage.js";

export const WEEKLY_ALARM = "inchdeep-weekly";
const WEEK_MIN = 7 * 24 * 60;
const NOTIFICATION_ID = "inchdeep-weekly-report";

// Next Monday 09:00 local time: the report covers the ISO week that just ended.
export function nextMonday9(now = new Date()) {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 9, 0, 0, 0);
  const add = (8 - d.getDay()) % 7;
  d.setDate(d.getDate() + add);
  if (d <= now) d.setDate(d.getDate() + 7);
  return d.getTime();
}

export async function ensureWeeklyAlarm() {
  const existing = await chrome.alarms.get(WEEKLY_ALARM);
  if (!existing) chrome.alarms.create(WEEKLY_ALARM, {when: nextMonday9(), periodInMinutes: WEEK_MIN});
}

export async function notifyWeekly() {
  const settings = await store.getSettings();
  let message = "Open it to see who filled your inbox this week.";
  try {
    const r = await api.weekly(settings);
    const t = r.totals || {};
    const pct = Math.round((t.noise_ratio || 0) * 100);
    message = `${pct}% of ${t.incoming || 0} incoming messages were noise. See who sent it and what to cut.`;
  } catch {
    // still announce it: the report page itself will say if the service is down
  }
  chrome.notifications.create(NOTIFICATION_ID, {
    type: "basic",
    iconUrl: chrome.runtime.getURL("icons/icon128.png"),
    title: "Your inchdeep noise report is ready",
    message,
    priority: 0,
  });
}

export async function onNotificationClicked(id) {
  if (id !== NOTIFICATION_ID) return;
  chrome.tabs.create({url: reportUrl(await store.getSettings())});
  chrome.notifications.clear(id);
}
