// Unfollow through the site's own profile controls: open the profile in a background tab, let the content
// script there click More → Unfollow → confirm, close the tab. Bulk runs are paced and stop at the first failure.
import {api} from "./api.js";
import {queueRequest} from "./queue.js";
import * as store from "../shared/storage.js";
// the site adapters are plain objects; the worker only uses their profileUrl() (URLs stay in the site files)
import "../shared/ns.js";
import "../sites/linkedin.js";
import "../sites/x.js";
import "../sites/registry.js";

export const BULK_PACE_MS = 3000;
const tabWaiters = new Map(); // tabId → {prefix, resolve}: "finished loading this URL"

export function onTabUpdated(tabId, info, tab) {
  const w = tabWaiters.get(tabId);
  if (w && info.status === "complete" && (tab?.url || "").startsWith(w.prefix)) {
    tabWaiters.delete(tabId);
    w.resolve();
  }
}
export function onTabRemoved(tabId) {
  const w = tabWaiters.get(tabId);
  tabWaiters.delete(tabId);
  if (w) w.reject(new Error("the profile tab was closed"));
}

function adapterForParty(partyId) {
  return globalThis.inchdeep.registry.find((a) => a.profileUrl(partyId)) || null;
}

function tabLoaded(tabId, prefix, timeoutMs = 20000) {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => {
      tabWaiters.delete(tabId);
      reject(new Error("the profile page did not finish loading"));
    }, timeoutMs);
    const done = (fn) => (v) => {
      clearTimeout(t);
      fn(v);
    };
    tabWaiters.set(tabId, {prefix, resolve: done(resolve), reject: done(reject)});
    chrome.tabs.get(tabId).then((tab) => onTabUpdated(tabId, {status: tab.status}, tab), () => {});
  });
}

// The content script may still be starting when the tab reports "complete": retry briefly.
async function askTab(tabId, message, tries = 40) {
  for (let i = 0; ; i++) {
    try {
      const res = await chrome.tabs.sendMessage(tabId, message);
      if (!res || !res.ok) throw Object.assign(new Error((res && res.error) || "the page did not answer"), {fromPage: true});
      return res.data;
    } catch (e) {
      if (e.fromPage || i >= tries) throw e;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

export async function recordAction(body) {
  try {
    await api.action(await store.getSettings(), body);
  } catch (e) {
    if (!e.transient) throw e;
    await queueRequest("POST", "/v1/actions", body); // the click happened; tell the service when it is back
  }
}

// One unfollow, on the owner's click (badge card, feed chip) or as one step of a bulk run.
export async function unfollowParty(partyId) {
  const adapter = adapterForParty(partyId);
  if (!adapter) throw new Error("this person's profile address is not known (the page showed no profile link): open their profile and unfollow there");
  const url = adapter.profileUrl(partyId);
  // Open a blank background tab first and navigate it once it exists: the profile request then belongs to
  // an already-attached tab (test harnesses that route requests per tab see it too).
  const tab = await chrome.tabs.create({url: "about:blank", active: false});
  try {
    const prefix = url.replace(/\/$/, "");
    await tabLoaded(tab.id, "", 5000).catch(() => {}); // the blank page's URL is hidden from us: any "complete"
    await chrome.tabs.update(tab.id, {url});
    await tabLoaded(tab.id, prefix);
    await askTab(tab.id, {type: "performUnfollow", party_id: partyId});
  } finally {
    chrome.tabs.remove(tab.id).catch(() => {});
  }
  await recordAction({kind: "unfollow", sender_id: partyId, status: "done", platform: adapter.platform});
}

let bulkRunning = false;

// parties: [{party_id, party_name}] — runs in the worker so closing the popup doesn't stop it.
export async function startBulkUnfollow(parties) {
  if (bulkRunning) throw new Error("a bulk unfollow is already running");
  if (!parties.length) throw new Error("nothing to unfollow");
  bulkRunning = true;
  const job = {running: true, total: parties.length, done: [], failed: null, current: null, message: "", startedAt: Date.now()};
  await store.setBulkJob(job);
  (async () => {
    let lastFinished = 0;
    try {
      for (const p of parties) {
        // human pace: at least BULK_PACE_MS between one unfollow finishing and the next starting
        const wait = lastFinished ? BULK_PACE_MS - (Date.now() - lastFinished) : 0;
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        job.current = p.party_id;
        job.message = `Unfollowing ${p.party_name || p.party_id}… (${job.done.length + 1} of ${job.total})`;
        await store.setBulkJob({...job});
        try {
          await unfollowParty(p.party_id);
        } catch (e) {
          job.failed = {party_id: p.party_id, party_name: p.party_name, error: e.message};
          job.message = `Stopped at ${p.party_name || p.party_id}: ${e.message}. ${job.done.length} of ${job.total} unfollowed; the rest were left alone.`;
          return;
        }
        lastFinished = Date.now();
        job.done.push({party_id: p.party_id, at: lastFinished});
      }
      job.message = `Done: ${job.done.length} of ${job.total} unfollowed.`;
    } finally {
      job.running = false;
      job.current = null;
      bulkRunning = false;
      await store.setBulkJob({...job});
    }
  })();
  return {started: true};
}
