// Offline outbox: whatever could not reach the service waits in chrome.storage and is retried with
// exponential backoff (a timer while the worker is awake, an alarm to wake it up), so nothing is lost.
import {api} from "./api.js";
import * as store from "../shared/storage.js";

export const RETRY_ALARM = "inchdeep-retry";
const MAX_DELAY_MS = 10000; // a local service that comes back is used again within seconds
const CHUNK = 500; // the API takes 1–500 messages per request

let attempt = 0;
let timer = 0;
let flushing = null;

export async function queueMessages(messages, tabId) {
  await store.queueAdd(messages.map((m) => ({key: `m:${m.message_id}`, kind: "message", message: m, tabId, at: Date.now()})));
  if (!timer) scheduleRetry();
}

export async function queueRequest(method, path, body) {
  await store.queueAdd([{key: `r:${method} ${path} ${JSON.stringify(body)}`, kind: "request", method, path, body, at: Date.now()}]);
  if (!timer) scheduleRetry();
}

function scheduleRetry() {
  const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** attempt);
  attempt = Math.min(attempt + 1, 8);
  clearTimeout(timer);
  timer = setTimeout(() => {
    timer = 0;
    flush();
  }, delay);
  // a worker that Chrome put to sleep loses its timers; the alarm brings it back
  chrome.alarms.create(RETRY_ALARM, {when: Date.now() + Math.max(delay, 30000)});
}

export function flush() {
  if (!flushing) flushing = doFlush().finally(() => (flushing = null));
  return flushing;
}

async function doFlush() {
  const q = await store.queueRead();
  if (!q.length) return settle();
  const settings = await store.getSettings();
  try {
    const messages = q.filter((e) => e.kind === "message").sort((a, b) => (a.message.sent_at < b.message.sent_at ? -1 : 1));
    for (let i = 0; i < messages.length; i += CHUNK) {
      const chunk = messages.slice(i, i + CHUNK);
      let verdicts = [];
      try {
        ({verdicts} = await api.postMessages(settings, chunk.map((e) => e.message)));
      } catch (e) {
        if (e.transient) throw e;
        console.warn("inchdeep: the service refused queued messages; dropping them", e.message);
      }
      await store.queueRemove(chunk.map((e) => e.key));
      deliver(chunk, verdicts || []);
    }
    for (const r of q.filter((e) => e.kind === "request")) {
      try {
        await api.request(settings, r.method, r.path, r.body);
      } catch (e) {
        if (e.transient) throw e;
        console.warn("inchdeep: the service refused a queued request; dropping it", r.path, e.message);
      }
      await store.queueRemove([r.key]);
    }
    return settle();
  } catch (e) {
    scheduleRetry();
    return {left: (await store.queueRead()).length, error: e.message};
  }
}

async function settle() {
  attempt = 0;
  clearTimeout(timer);
  timer = 0;
  await chrome.alarms.clear(RETRY_ALARM);
  return {left: 0};
}

// Hands late verdicts to the tabs that asked; a tab that moved on simply ignores unknown ids.
function deliver(chunk, verdicts) {
  const byId = new Map(verdicts.map((v) => [v.message_id, v]));
  const perTab = new Map();
  for (const e of chunk) {
    const v = byId.get(e.message.message_id);
    if (v == null || e.tabId == null) continue;
    if (!perTab.has(e.tabId)) perTab.set(e.tabId, []);
    perTab.get(e.tabId).push(v);
  }
  for (const [tabId, list] of perTab) {
    chrome.tabs.sendMessage(tabId, {type: "verdicts", verdicts: list}).catch(() => {});
  }
}

export async function hasQueued() {
  return (await store.queueRead()).length > 0;
}
