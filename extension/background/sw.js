// Service worker: thin. Every chrome.* listener is registered synchronously at the top level (Chrome only
// wakes a worker for listeners registered in its first turn); messages route through a table of small handlers.
import {api, reportUrl} from "./api.js";
import * as store from "../shared/storage.js";
import {flush, hasQueued, queueMessages, queueRequest, RETRY_ALARM} from "./queue.js";
import {onTabRemoved, onTabUpdated, recordAction, startBulkUnfollow, unfollowParty} from "./actions.js";
import {ensureWeeklyAlarm, notifyWeekly, onNotificationClicked, WEEKLY_ALARM} from "./weekly.js";

const SUGGESTIONS_TTL_MS = 20000;
let suggestionsCache = null; // {at, data}

const handlers = {
  // content script → verdicts for a batch; queued (and delivered later) when the service is down
  async classify({messages}, sender) {
    const settings = await store.getSettings();
    const verdicts = [];
    for (let i = 0; i < messages.length; i += 500) {
      const chunk = messages.slice(i, i + 500);
      try {
        verdicts.push(...(await api.postMessages(settings, chunk)).verdicts);
      } catch (e) {
        if (!e.transient) throw e;
        await queueMessages(messages.slice(i), sender.tab?.id);
        return {verdicts, queued: messages.slice(i).map((m) => m.message_id), offline: e.message};
      }
    }
    if (await hasQueued()) flush(); // the service answers again: empty the outbox now
    return {verdicts, queued: []};
  },

  async suggestions() {
    if (suggestionsCache && Date.now() - suggestionsCache.at < SUGGESTIONS_TTL_MS) return suggestionsCache.data;
    const data = await api.suggestions(await store.getSettings());
    suggestionsCache = {at: Date.now(), data};
    return data;
  },

  async action({body}) {
    suggestionsCache = null;
    await recordAction(body);
    return {};
  },

  async feedback({body}) {
    try {
      await api.feedback(await store.getSettings(), body);
    } catch (e) {
      if (!e.transient) throw e;
      await queueRequest("POST", "/v1/feedback", body);
    }
    return {};
  },

  async unfollowParty({party_id}) {
    suggestionsCache = null;
    await unfollowParty(party_id);
    return {};
  },

  async bulkUnfollow({parties}) {
    suggestionsCache = null;
    return startBulkUnfollow(parties || []);
  },

  async weekly() {
    return api.weekly(await store.getSettings());
  },

  async reportUrl() {
    return {url: reportUrl(await store.getSettings())};
  },

  async flushQueue() {
    return flush();
  },

  // options page: checks the address and the token the owner typed (saved or not)
  async testConnection({apiBase, apiToken}) {
    const s = {apiBase: (apiBase || store.DEFAULTS.apiBase).trim().replace(/\/+$/, ""), apiToken: (apiToken || "").trim()};
    try {
      await api.health(s);
    } catch (e) {
      return {ok: false, step: "health", message: `Cannot reach the inchdeep service at ${s.apiBase}. Is "inchdeep serve" running? (${e.message})`};
    }
    if (!s.apiToken) return {ok: false, step: "token", message: "The service is up, but no token is set. Paste the token printed by \"inchdeep user create\"."};
    try {
      await api.listMessages(s, 1);
    } catch (e) {
      const why = e.status === 401 || e.status === 403 ? "it rejected the token" : "the authenticated request failed";
      return {ok: false, step: "token", message: `The service is up, but ${why}: ${e.message}`};
    }
    return {ok: true, message: `Connected to ${s.apiBase}: the service is up and accepted your token.`};
  },
};

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  const handler = msg && Object.hasOwn(handlers, msg.type) ? handlers[msg.type] : null;
  if (!handler) return false; // e.g. replies meant for a content script
  handler(msg, sender).then(
    (data) => sendResponse({ok: true, data}),
    (e) => sendResponse({ok: false, error: String((e && e.message) || e)}),
  );
  return true; // answer asynchronously
});

chrome.runtime.onInstalled.addListener(() => {
  ensureWeeklyAlarm();
  flush();
});
chrome.runtime.onStartup.addListener(() => {
  ensureWeeklyAlarm();
  flush();
});
chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === RETRY_ALARM) flush();
  else if (alarm.name === WEEKLY_ALARM) notifyWeekly();
});
chrome.tabs.onUpdated.addListener(onTabUpdated);
chrome.tabs.onRemoved.addListener(onTabRemoved);
chrome.notifications.onClicked.addListener(onNotificationClicked);
// a new address or token may be exactly what the queued messages were waiting for
store.onChange(["apiBase", "apiToken"], () => {
  suggestionsCache = null;
  flush();
});

// a worker woken for any reason picks up what an earlier one left in the outbox
flush();
