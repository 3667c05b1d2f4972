// Content script: watches the page, sends each message once to the service worker, mounts badges and
// feed chips, and runs the owner's one-click actions through the site adapter.
(() => {
  "use strict";
  const ns = globalThis.inchdeep;
  if (ns.started) return; // injected once per frame
  ns.started = true;
  const adapter = ns.adapterFor(location);
  if (!adapter) return;
  const {dom} = ns;

  const sent = new Set(); // message ids already handed to the service worker
  const verdicts = new Map(); // message_id → {verdict, message, meta}
  const rows = new Map(); // message_id → {element, message, meta} as last seen on the page
  const dismissedParties = new Set();
  let suggestionIndex = null; // party_id → {kind, item}; a Map keeps per-post work to one lookup
  let lastHref = location.href;

  const alive = () => {
    try {
      return !!chrome.runtime?.id;
    } catch {
      return false;
    }
  };

  function send(type, payload = {}) {
    return new Promise((resolve, reject) => {
      if (!alive()) return reject(new Error("inchdeep was updated: reload the page"));
      chrome.runtime.sendMessage({type, ...payload}, (res) => {
        const err = chrome.runtime.lastError;
        if (err) return reject(new Error(err.message));
        if (!res || !res.ok) return reject(new Error((res && res.error) || "no answer from inchdeep"));
        resolve(res.data);
      });
    });
  }

  // --- messages → verdicts → badges ----------------------------------------------------------------
  function scan() {
    if (location.href !== lastHref) {
      // in-app navigation: message ids are global, so nothing to reset except the old thread's mute bar
      lastHref = location.href;
      ns.badge.releaseStale();
    }
    const batch = [];
    for (const entry of adapter.extract(document)) {
      const id = entry.message.message_id;
      rows.set(id, entry);
      if (!sent.has(id)) {
        sent.add(id);
        batch.push(entry.message);
      }
      ensureBadge(entry);
    }
    if (batch.length) classify(batch);
  }

  async function classify(batch) {
    for (let i = 0; i < batch.length; i += 200) {
      const chunk = batch.slice(i, i + 200);
      try {
        const {verdicts: got} = await send("classify", {messages: chunk});
        applyVerdicts(got || []);
      } catch (e) {
        // not sent after all (worker unreachable): let the next scan try again
        for (const m of chunk) sent.delete(m.message_id);
        console.debug("inchdeep: classify failed", e);
      }
    }
  }

  function applyVerdicts(list) {
    for (const v of list) {
      const entry = rows.get(v.message_id);
      if (!entry || v.error) continue; // refused by the service (its id names another message): no badge
      verdicts.set(v.message_id, {verdict: v, message: entry.message, meta: entry.meta});
      ensureBadge(entry);
    }
  }

  // row element → the "message id|label" its badge was last checked for; a mutation inside the row forgets it
  const checked = new WeakMap();

  function ensureBadge(entry) {
    const id = entry.message.message_id;
    const row = entry.element;
    const known = verdicts.get(id);
    const state = `${id}|${(known && known.verdict.label) || ""}`;
    if (checked.get(row) === state) return; // nothing changed in this row since its badge was checked
    // virtualised rows get recycled for other messages: drop badges that belong to someone else
    for (const b of row.querySelectorAll("[data-inchdeep-badge]")) {
      if (b.getAttribute("data-inchdeep-message-id") !== id) b.remove();
    }
    checked.set(row, state);
    if (!known || !known.verdict.label || entry.message.direction !== "incoming") return;
    const existing = row.querySelector(`[data-inchdeep-badge]`);
    if (existing && existing.getAttribute("data-inchdeep-label") === known.verdict.label) return;
    if (existing) existing.remove();
    adapter.mount(row, ns.badge.create(known.verdict, entry.message, entry.meta, handlersFor(id)));
  }

  function currentRow(id) {
    const entry = rows.get(id);
    if (!entry || !entry.element.isConnected) throw new Error("this message is no longer on the page");
    return entry;
  }

  function draftText(label, name) {
    const first = (name || "").split(/\s+/)[0] || "there";
    return label === "genuine"
      ? `Hi ${first}, thanks for your message — `
      : `Hi ${first}, thanks for reaching out. This isn't something I need right now, so I'll pass — all the best.`;
  }

  // The conversation message on the page that a list row's snippet shows (same conversation, begins with it).
  function shownOnPage(preview) {
    if (!preview.preview) return null;
    const flat = (t) => t.replace(/\s+/g, " ").trim().toLowerCase();
    const start = flat(preview.text).replace(/(\u2026|\.\.\.)$/, "").trim();
    for (const entry of rows.values()) {
      const m = entry.message;
      if (!m.preview && m.direction === "incoming" && m.thread_id === preview.thread_id && entry.element.isConnected
          && start && flat(m.text).startsWith(start)) return entry;
    }
    return null;
  }

  function handlersFor(id) {
    // A list row answered with its conversation's message: the service names that message in `same_as`, and what
    // the owner does is recorded against it.
    const stored = () => verdicts.get(id)?.verdict.same_as || id;
    return {
      mute: async () => {
        const {element, message} = currentRow(id);
        await adapter.actions.mute(element);
        await send("action", {body: {kind: "mute", message_id: stored(), status: "done", platform: adapter.platform}});
        ns.badge.collapse(adapter.threadOf(element));
        return `Muted the conversation with ${message.participant.name}.`;
      },
      unfollow: async () => {
        // A list row may name its person without a profile link; the conversation's message it shows, when that is
        // on the page, names them with one.
        const sameAs = verdicts.get(id)?.verdict.same_as;
        const {message} = (sameAs && rows.get(sameAs)) || shownOnPage(rows.get(id).message) || rows.get(id);
        const party = message.direction === "incoming" ? message.sender : message.participant;
        await send("unfollowParty", {party_id: party.id, party_name: party.name});
        return `Unfollowed ${party.name}.`;
      },
      draft: async () => {
        const {element, message} = currentRow(id);
        const label = verdicts.get(id)?.verdict.label;
        await adapter.actions.draftReply(element, draftText(label, message.sender.name));
        await send("action", {body: {kind: "reply", message_id: stored(), status: "done", platform: adapter.platform}});
        return "Draft typed into the message box — review it and send it yourself.";
      },
      notNoise: async (scope) => {
        await send("feedback", {body: {message_id: stored(), label: "genuine", scope}});
        const known = verdicts.get(id);
        known.verdict = {...known.verdict, label: "genuine", patterns: [], action: {kind: "reply", why: "you marked this as genuine"}};
        setTimeout(() => { const e = rows.get(id); if (e) ensureBadge(e); }, 1200); // let the owner read the confirmation
        return scope === "message" ? "Marked as genuine." : `Marked as genuine (${scope === "sender" ? "this sender" : "this template"}).`;
      },
    };
  }

  // --- feed chips ------------------------------------------------------------------------------------
  async function loadSuggestions() {
    try {
      const s = await send("suggestions");
      const idx = new Map();
      for (const kind of ["mute", "unfollow"]) { // unfollow wins when a party is in both
        for (const item of s[kind] || []) if (item.platform === adapter.platform || item.party_id.startsWith(adapter.platform === "x" ? "x:" : "li:")) idx.set(item.party_id, {kind, item});
      }
      suggestionIndex = idx;
      for (const post of adapter.feed.posts(document.body)) chipPost(post);
    } catch (e) {
      console.debug("inchdeep: suggestions unavailable", e);
    }
  }

  function chipPost(post) {
    if (!suggestionIndex || !suggestionIndex.size || post.querySelector("[data-inchdeep-chip]")) return;
    const author = adapter.feed.author(post);
    const hit = author && !dismissedParties.has(author.id) && suggestionIndex.get(author.id);
    if (!hit) return;
    const {kind, item} = hit;
    const done = (text) => {
      for (const c of document.querySelectorAll(`[data-inchdeep-chip][data-inchdeep-party="${CSS.escape(item.party_id)}"]`)) c.inchdeepDone?.(text);
      suggestionIndex.delete(item.party_id);
      return text;
    };
    let chip;
    chip = ns.chips.create(item, kind, {
      unfollow: async () => {
        await adapter.feed.openMenuAndUnfollow(post);
        await send("action", {body: {kind: "unfollow", sender_id: item.party_id, status: "done", platform: adapter.platform}});
        return done(`Unfollowed ${item.party_name || item.party_id}.`);
      },
      mute: async () => {
        await adapter.feed.openMenuAndMute(post);
        await send("action", {body: {kind: "mute", sender_id: item.party_id, status: "done", platform: adapter.platform}});
        return done(`Muted ${item.party_name || item.party_id}.`);
      },
      dismiss: async () => {
        await send("action", {body: {kind, sender_id: item.party_id, status: "dismissed", platform: adapter.platform}});
        dismissedParties.add(item.party_id);
        suggestionIndex.delete(item.party_id);
        for (const c of document.querySelectorAll(`[data-inchdeep-chip][data-inchdeep-party="${CSS.escape(item.party_id)}"]`)) c.remove();
        return "Dismissed.";
      },
    });
    adapter.feed.mountChip(post, chip);
  }

  // --- watching the page -----------------------------------------------------------------------------
  let timer = 0;
  let lastFlush = 0;
  const addedNodes = new Set();
  // Throttle with a leading edge: a change on a quiet page is scanned one frame later (a badge has a 300 ms
  // budget, the service needs most of it); a page that keeps changing is scanned at most every 150 ms.
  const SETTLE_MS = 16;
  const MIN_INTERVAL_MS = 150;
  function schedule() {
    if (timer) return; // the scan already scheduled will see this change too
    timer = setTimeout(flush, Math.max(SETTLE_MS, lastFlush + MIN_INTERVAL_MS - Date.now()));
  }
  function flush() {
    clearTimeout(timer);
    timer = 0;
    lastFlush = Date.now();
    if (!alive()) return observer.disconnect();
    scan();
    if (adapter.isFeed(location)) {
      if (suggestionIndex === null) {
        suggestionIndex = new Map();
        loadSuggestions();
      } else {
        for (const n of addedNodes) if (n.isConnected) for (const p of adapter.feed.posts(n)) chipPost(p);
      }
    }
    addedNodes.clear();
  }
  // Only changes that touch a message row (or a feed post) start a scan: typing indicators, counters and the
  // like elsewhere on the page cost one closest() each instead of a walk over every row.
  const watched = adapter.watched.join(",");
  const ours = (n) => n.hasAttribute("data-inchdeep-badge") || n.hasAttribute("data-inchdeep-chip") || n.hasAttribute("data-inchdeep-muted");
  const insideWatched = (n) => {
    const el = n.nodeType === 1 ? n : n.parentElement;
    return !!el && !!el.closest(watched);
  };
  // A mutation inside watched elements: what was read from each of them (and their badge check) is stale.
  const touched = (n) => {
    let el = (n.nodeType === 1 ? n : n.parentElement)?.closest(watched);
    while (el) {
      adapter.forget?.(el);
      checked.delete(el);
      el = el.parentElement?.closest(watched);
    }
  };
  const observer = new MutationObserver((records) => {
    let relevant = false;
    for (const r of records) {
      if (r.type === "childList") {
        const inside = insideWatched(r.target);
        let changedInside = false;
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && ours(n)) continue;
          changedInside ||= inside; // something (text or an element) put into a row
          if (n.nodeType === 1 && (inside || n.matches(watched) || n.querySelector(watched))) {
            addedNodes.add(n);
            relevant = true;
          }
        }
        // something taken out of a row (a re-render may have dropped our badge); whole rows leaving need nothing
        if (inside && [...r.removedNodes].some((n) => n.nodeType !== 1 || !ours(n))) changedInside = true;
        if (changedInside) {
          touched(r.target);
          relevant = true;
        }
      } else if (insideWatched(r.target)) {
        touched(r.target); // a row's text or id changed (virtualised rows get reused)
        relevant = true;
      }
    }
    if (relevant || location.href !== lastHref) schedule();
  });
  observer.observe(document.documentElement, {childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["data-event-urn", "data-testid"]});
  // in-app navigation (pushState) may swap content without many mutations
  if (globalThis.navigation) navigation.addEventListener("navigatesuccess", schedule);
  addEventListener("popstate", schedule);

  // --- from the service worker ---------------------------------------------------------------------
  const incoming = {
    // verdicts for messages that waited in the offline queue
    verdicts: (msg) => {
      applyVerdicts(msg.verdicts || []);
      return {};
    },
    // this tab was opened on a profile to unfollow it
    performUnfollow: async (msg) => {
      await adapter.actions.unfollow(msg.party_id);
      return {};
    },
    ping: () => ({ready: true}),
  };
  chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    const h = msg && incoming[msg.type];
    if (!h) return false;
    Promise.resolve()
      .then(() => h(msg))
      .then((data) => sendResponse({ok: true, data}), (e) => sendResponse({ok: false, error: String((e && e.message) || e)}));
    return true;
  });

  flush();
})();
