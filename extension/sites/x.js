// X (Twitter) adapter: every X selector lives here. Two DM generations: legacy (/messages/<a>-<b>) and
// XChat (/i/chat/<id>). Selector lists are fallbacks, newest markup first.
(() => {
  "use strict";
  const {dom, time, hash, hash64} = globalThis.inchdeep;

  const selectors = {
    ownerLink: ["a[data-testid='AppTabBar_Profile_Link']", "nav a[aria-label='Profile']"],
    // XChat (2025–26)
    chatPanel: ["[data-testid='dm-conversation-panel']"],
    drawer: ["[data-testid='DMDrawer']"],
    chatHeader: ["[data-testid='dm-conversation-header']"],
    chatMore: ["[data-testid='dm-conversation-more-button']"],
    chatRow: ["[data-testid='dm-message-list'] > ul > li"],
    chatMessage: ["[data-testid^='message-']"],
    chatContent: ["[style*='grid-area: content']", "[style*='grid-area:content']"],
    // legacy DMs
    legacyContainer: ["[data-testid='DmActivityContainer']"],
    legacyEntry: ["[data-testid='messageEntry']"],
    legacyText: ["[data-testid='tweetText']"],
    // looked up inside the DmActivityContainer
    legacyHeaderLink: ["[data-testid='DMConversationHeader'] a[href^='/']", "a[data-testid='DM_Conversation_Avatar']", "header a[href^='/']"],
    // looked up page-wide when the container has no header: only the conversation header, never an inbox row
    legacyPageHeaderLink: ["[data-testid='DMConversationHeader'] a[href^='/']"],
    legacyPageHeaderName: ["[data-testid='DMConversationHeader'] h2", "[data-testid='DMConversationHeader'] a[href^='/'] span"],
    legacyHeaderName: ["[data-testid='DMConversationHeader'] h2", "header h2", "h2"],
    legacyInfo: [
      "[data-testid='DMConversationInfoButton']",
      "a[aria-label='Conversation info']",
      "button[aria-label='Conversation info']",
      "a[href$='/info'][href*='/messages/']",
    ],
    // inbox lists: one row per conversation, showing its latest message (legacy rows, then XChat's)
    inboxRow: ["[data-testid='conversation']", "[data-testid^='dm-conversation-item-']"],
    inboxAvatar: ["a[data-testid='DM_Conversation_Avatar']"],
    inboxLink: ["a[href*='/i/chat/']", "a[href*='/messages/']:not([href$='/info'])"],
    composer: ["[data-testid='dm-composer-textarea']", "[data-testid='dmComposerTextInput']"],
    menuItem: ["[role='menuitem']", "[role='menuitemcheckbox']", "[role='switch']", "[role='checkbox']", "label", "button"],
    menu: ["[role='menu']", "[data-testid='Dropdown']", "[role='dialog']", "main"],
    // profile page
    profileUnfollow: ["button[data-testid$='-unfollow']", "button[aria-label^='Following @' i]"],
    confirm: ["[data-testid='confirmationSheetConfirm']"],
    // home feed
    feedPost: ["article[data-testid='tweet']"],
    feedUser: ["[data-testid='User-Name']"],
    feedCaret: ["[data-testid='caret']"],
    feedMenuItem: ["[role='menuitem']"],
  };

  const MUTE_RE = /^\s*(mute|snooze)\b/i;
  const RESERVED = new Set(["home", "messages", "explore", "notifications", "i", "settings", "search", "compose"]);
  const handleOf = (href) => {
    const m = (href || "").match(/^(?:https?:\/\/(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/?$/);
    return m && !RESERVED.has(m[1].toLowerCase()) ? m[1].toLowerCase() : null;
  };

  function owner() {
    const a = dom.first(document, selectors.ownerLink);
    return a ? handleOf(a.getAttribute("href")) : null;
  }

  // Own messages sit on the other side: read the row's alignment container from layout.
  function alignedRight(el) {
    const stack = [el];
    for (let depth = 0; depth < 4 && stack.length; depth++) {
      const next = [];
      for (const n of stack) {
        const cs = getComputedStyle(n);
        if (cs.display.includes("flex")) {
          const dir = cs.flexDirection;
          if (dir === "row-reverse") return true;
          if (dir.startsWith("row") && cs.justifyContent === "flex-end") return true;
          if (dir.startsWith("column") && cs.alignItems === "flex-end") return true;
          if (dir.startsWith("row") && (cs.justifyContent === "flex-start" || cs.justifyContent === "normal")) {
            if (depth > 0 || n !== el) return false;
          }
        }
        if (cs.alignSelf === "flex-end") return true;
        next.push(...n.children);
      }
      stack.splice(0, stack.length, ...next);
    }
    return false;
  }

  function party(scope, linkSelectors, nameSelectors) {
    let link = null;
    let handle = null;
    for (const s of linkSelectors) {
      link = [...scope.querySelectorAll(s)].find((a) => handleOf(a.getAttribute("href")));
      if (link) break;
    }
    if (link) handle = handleOf(link.getAttribute("href"));
    if (!handle) return null;
    const name = dom.text(dom.first(scope, nameSelectors)) || link.getAttribute("aria-label") || link.querySelector("img")?.alt
      || dom.text(link).split("\n")[0].trim() || handle;
    return {id: `x:${handle}`, name, profile_url: `https://x.com/${handle}`};
  }

  // The page address names the conversation open on the page, not one in the floating messages drawer.
  function threadId(prefix, other, container) {
    const m = !dom.closest(container, selectors.drawer) && location.pathname.match(/^\/(?:messages|i\/chat)\/([^/]+)/);
    if (m && m[1] !== "requests") return decodeURIComponent(m[1]);
    return `${prefix}:${other ? other.id.slice(2) : "unknown"}`;
  }

  function direction(entry, me, other) {
    const links = [...entry.querySelectorAll("a[href^='/']")].map((a) => handleOf(a.getAttribute("href"))).filter(Boolean);
    if (me && links.includes(me)) return "outgoing";
    if (other && links.includes(other.id.slice(2))) return "incoming";
    return alignedRight(entry) ? "outgoing" : "incoming";
  }

  function build(thread, entry, text, me, other, id, sentAt) {
    const dir = direction(entry, me, other);
    const them = other ? {id: other.id, name: other.name} : {id: "x:unknown", name: "unknown"};
    return {
      platform: "x",
      thread_id: thread,
      message_id: id,
      sender: dir === "incoming" ? {...(other || them)} : {id: me ? `x:${me}` : "x:me", name: me || "me"},
      participant: them,
      direction: dir,
      text: text.slice(0, 20000),
      sent_at: sentAt || new Date().toISOString(),
      ...(sentAt ? {} : {sent_at_estimated: true}), // the page shows no time: the moment it was read
      connected_at: null,
      history: "partial", // the page renders only part of the thread
    };
  }

  // The other person of an XChat conversation panel, from its header.
  function chatPartner(panel) {
    return party(dom.first(panel, selectors.chatHeader) || panel, ["a[href^='/']"], ["h2", "[dir='ltr'] span"]);
  }

  function extractChat(root) {
    const out = [];
    const me = owner();
    for (const panel of dom.all(root, selectors.chatPanel)) {
      const other = chatPartner(panel);
      const thread = threadId("x-chat", other, panel);
      for (const row of dom.all(panel, selectors.chatRow)) {
        const msgEl = [...row.querySelectorAll(selectors.chatMessage[0])].find((e) => /^message-[0-9a-z-]{6,}$/i.test(e.dataset.testid));
        if (!msgEl) continue;
        const contentEl = dom.first(msgEl, selectors.chatContent) || [...msgEl.querySelectorAll("*")].find((e) => getComputedStyle(e).gridArea.startsWith("content"));
        const text = dom.text(contentEl || msgEl);
        if (!text) continue;
        const id = msgEl.dataset.testid.slice("message-".length);
        out.push({element: row, message: build(thread, row, text, me, other, id, time.fromDatetimeAttr(row.querySelector("time[datetime]"))), meta: {}});
      }
    }
    return out;
  }

  // The partner of an open legacy thread: the header inside the thread's container, or the conversation header
  // elsewhere on the page (X renders it outside the container in some builds); without a name there, the page
  // title ("(1) Mike Rowan / X").
  function legacyPartner(box) {
    const other = party(box, selectors.legacyHeaderLink, selectors.legacyHeaderName)
      || party(document, selectors.legacyPageHeaderLink, selectors.legacyPageHeaderName);
    if (!other) return null;
    const titled = document.title.replace(/^\(\d+\)\s*/, "").replace(/\s*\/\s*(X|Twitter)\s*$/, "").trim();
    if (other.name === other.id.slice(2) && titled && !/^(messages|x|twitter)$/i.test(titled)) other.name = titled;
    return other;
  }

  function extractLegacy(root) {
    const out = [];
    const me = owner();
    for (const box of dom.all(root, selectors.legacyContainer)) {
      const other = legacyPartner(box);
      const thread = threadId("x-dm", other, box);
      const seen = new Map();
      for (const entry of dom.all(box, selectors.legacyEntry)) {
        const text = dom.text(dom.first(entry, selectors.legacyText));
        if (!text) continue;
        // X renders the time as text ("Nov 20, 2026, 9:10 AM"); some builds also carry a datetime attribute
        const shown = entry.querySelector("time");
        const when = time.fromDatetimeAttr(shown) || (shown && time.fromShown(dom.text(shown)));
        const msg = build(thread, entry, text, me, other, "", when);
        // legacy DMs expose no id: derive one from what is stable (thread, sender, text, and which repeat of
        // that text it is); not the time, which X renders relative to now ("2m", "Yesterday")
        const key = hash64(`${thread}|${msg.sender.id}|${text}`); // 64 bits: 32 let two messages share an id
        const n = seen.get(key) || 0;
        seen.set(key, n + 1);
        msg.message_id = `x-${thread}-${key}${n ? "-" + n : ""}`;
        out.push({element: entry, message: msg, meta: {}});
      }
    }
    return out;
  }

  // --- inbox lists -------------------------------------------------------------------------------
  const isInboxRow = (el) => dom.matchesAny(el, selectors.inboxRow);
  const RELATIVE_TIME = /^(\d{1,3}\s*[smhdw]|now|just now|yesterday|[a-z]{3,9}\.? \d{1,2}(, \d{4})?)$/i;
  const OWN_PREFIX = /^you:?$/i;
  // the element a row's badge goes after (its snippet), remembered from the last read of the row
  const snippets = new WeakMap();

  // A row's parts, from its text-bearing leaves in order: the name first, then the handle, time and the snippet
  // (legacy rows: "Name @handle · 3h snippet"; XChat rows: "Name 3h snippet", "You:" before the owner's own).
  function inboxRowParts(row) {
    const avatar = dom.first(row, selectors.inboxAvatar);
    const profile = avatar || [...row.querySelectorAll("a[href]")].find((a) => handleOf(a.getAttribute("href")));
    const handle = profile ? handleOf(profile.getAttribute("href")) : null;
    const leaves = [...row.querySelectorAll("*")].filter((e) => !e.children.length && (e.textContent || "").trim()
      && !dom.closest(e, ["[data-inchdeep-badge]", "script", "style"]));
    const timeEl = row.querySelector("time");
    let name = "";
    let own = false;
    let shownText = timeEl ? dom.text(timeEl) : "";
    const snippetLeaves = [];
    for (const leaf of leaves) {
      const t = leaf.textContent.trim();
      if (leaf === timeEl || leaf.closest("time") || t === "·" || (handle && t.toLowerCase() === `@${handle}`)) continue;
      if (!name) { name = t; continue; }
      if (!snippetLeaves.length && RELATIVE_TIME.test(t)) { shownText ||= t; continue; } // XChat's time, before the snippet
      if (!snippetLeaves.length && OWN_PREFIX.test(t)) { own = true; continue; }
      snippetLeaves.push(leaf);
    }
    let text = snippetLeaves.map((e) => e.textContent.trim()).join(" ");
    if (/^you:\s/i.test(text)) own = true;
    const link = dom.first(row, selectors.inboxLink);
    const linked = link && (link.getAttribute("href").match(/\/(?:i\/chat|messages)\/([^/?#]+)/) || [])[1];
    const shown = time.fromDatetimeAttr(timeEl) || (shownText ? time.fromShown(shownText) : null);
    return {handle, name, text, own, linked: linked ? decodeURIComponent(linked) : null, shown,
            snippet: snippetLeaves[snippetLeaves.length - 1] || null, chat: dom.matchesAny(row, ["[data-testid^='dm-conversation-item-']"])};
  }

  // The conversation open on the page (never the floating drawer's) whose other person is `partyId`, or null.
  function openConversationWith(partyId) {
    for (const panel of dom.all(document, selectors.chatPanel)) {
      if (dom.closest(panel, selectors.drawer)) continue;
      const other = chatPartner(panel);
      if (other && other.id === partyId) return panel;
    }
    for (const box of dom.all(document, selectors.legacyContainer)) {
      if (dom.closest(box, selectors.drawer)) continue;
      const other = legacyPartner(box);
      if (other && other.id === partyId) return box;
    }
    return null;
  }

  function extractInbox(root) {
    const out = [];
    for (const row of dom.all(root, selectors.inboxRow)) {
      const parts = inboxRowParts(row);
      // the owner's own last message is context only; a row naming no one can't be tied to a person
      if (parts.own || !parts.handle || !parts.name || !parts.text) continue;
      const sender = {id: `x:${parts.handle}`, name: parts.name, profile_url: `https://x.com/${parts.handle}`};
      // The conversation: the row's own link when it has one; else the person's conversation, which the service
      // ties to the conversation once it knows it (server/inbox/identity.py person_of_thread). Never the id of
      // whatever conversation is open: the row's id must not change when another conversation is opened.
      const thread = parts.linked || `${parts.chat ? "x-chat" : "x-dm"}:${parts.handle}`;
      snippets.set(row, parts.snippet);
      out.push({
        element: row,
        message: {
          platform: "x",
          thread_id: thread,
          message_id: `x-inbox:${hash(thread + "|" + parts.text)}`,
          sender,
          participant: {...sender},
          direction: "incoming",
          text: parts.text.slice(0, 20000),
          sent_at: parts.shown || new Date().toISOString(),
          ...(parts.shown ? {} : {sent_at_estimated: true}),
          connected_at: null,
          history: "partial", // a row shows one message of a longer conversation
          // The snippet of the conversation's latest message: the service keeps one message for the two (server/
          // inbox/previews.py).
          preview: true,
        },
        meta: {},
      });
    }
    return out;
  }

  // Where a row's action acts: an inbox row's own conversation, opened first as a person would (a click on the
  // row) and used only once the open conversation shows the row's person; a message row's own conversation.
  async function conversationFor(row) {
    if (!isInboxRow(row)) return row;
    const {handle, name} = inboxRowParts(row);
    const who = `x:${handle}`;
    let open = handle ? openConversationWith(who) : null;
    if (!open && handle) {
      dom.click(dom.first(row, selectors.inboxLink) || row);
      open = await dom.waitFor(() => openConversationWith(who), 5000).catch(() => null);
    }
    if (!open) throw new Error(`could not open the conversation with ${name || "this person"}: open it, then try again`);
    return open;
  }

  // The control a row's action uses: inside the row's own conversation (an XChat panel or a legacy conversation)
  // first; page-wide only when the page has exactly one (the legacy header can sit outside its conversation), never
  // another conversation's (a floating messages drawer can hold a second one).
  function controlFor(row, sels) {
    const own = dom.closest(row, [...selectors.chatPanel, ...selectors.legacyContainer]);
    const inside = own && dom.first(own, sels);
    if (inside) return inside;
    const all = sels.flatMap((s) => [...document.querySelectorAll(s)]);
    return new Set(all).size === 1 ? all[0] : null;
  }

  async function menuClick(trigger, itemSelectors, re, menus = selectors.menu) {
    dom.click(trigger);
    const item = await dom.waitFor(() => {
      // every kind of menu on the page, not only the first kind found: a closed menu of another conversation (a
      // messages drawer) must not hide the one this click opened
      for (const m of menus.flatMap((s) => [...document.querySelectorAll(s)])) {
        const hit = dom.byText(m, itemSelectors, re);
        if (hit && hit !== trigger) return hit;
      }
      return null;
    }, 3000);
    dom.click(item);
    return item;
  }

  async function confirmIfAsked() {
    const b = await dom.waitFor(() => {
      const c = dom.first(document, selectors.confirm);
      return c && dom.visible(c) ? c : null;
    }, 1500).catch(() => null);
    if (b) dom.click(b);
  }

  const x = {
    id: "x",
    platform: "x",
    selectors,
    matches(loc) {
      return /(^|\.)(x|twitter)\.com$/.test(loc.hostname);
    },
    isFeed(loc) {
      return /^\/home\/?$/.test(loc.pathname);
    },
    // What a page change must touch to matter: message rows, feed posts (see content/main.js).
    watched: [...selectors.chatRow, ...selectors.chatMessage, ...selectors.legacyEntry, ...selectors.inboxRow, ...selectors.feedPost],
    extract(root = document) {
      return [...extractChat(root), ...extractLegacy(root), ...extractInbox(root)];
    },
    mount(row, badge) {
      // next to the text, never inside the element the text is read from
      const snippet = isInboxRow(row) && snippets.get(row);
      const text = (snippet && snippet.isConnected && row.contains(snippet) ? snippet : null)
        || dom.first(row, selectors.chatContent) || dom.first(row, selectors.legacyText);
      if (text && text.parentElement) text.insertAdjacentElement("afterend", badge);
      else row.appendChild(badge);
    },
    threadOf(row) {
      if (isInboxRow(row)) {
        // an inbox row's conversation, where its action just opened it (the list itself is never collapsed)
        const open = openConversationWith(`x:${inboxRowParts(row).handle}`);
        return open && (dom.first(open, ["[data-testid='dm-message-list']"]) || open);
      }
      return dom.closest(row, ["[data-testid='dm-message-list']", ...selectors.legacyContainer]) || row.parentElement;
    },
    profileUrl(partyId) {
      // x:<digits> is an archive's account number, not a handle: its profile address is not known here
      const m = (partyId || "").match(/^x:(?!\d+$)([A-Za-z0-9_]{1,15})$/);
      return m ? `https://x.com/${m[1]}` : null;
    },
    actions: {
      // The conversation's more/info menu → Mute / Snooze notifications.
      async mute(row) {
        const more = controlFor(await conversationFor(row), [...selectors.chatMore, ...selectors.legacyInfo]);
        if (!more) throw new Error("this conversation's menu is not on the page (open the conversation, then try again)");
        await menuClick(more, selectors.menuItem, MUTE_RE);
        return true;
      },
      // Runs on https://x.com/<handle>: Following → confirm Unfollow.
      async unfollow(partyId) {
        const handle = (partyId || "").replace(/^x:/, "").toLowerCase();
        if (handleOf(location.pathname) !== handle) throw new Error(`not on ${partyId}'s profile`);
        const btn = await dom.waitFor(() => dom.first(document, selectors.profileUnfollow), 5000)
          .catch(() => { throw new Error("X's Following button is not on the page (not following?)"); });
        dom.click(btn);
        await confirmIfAsked();
        return true;
      },
      async draftReply(row, text) {
        let box = controlFor(await conversationFor(row), selectors.composer);
        if (!box) throw new Error("this conversation's message box is not on the page (open the conversation, then try again)");
        if (!box.isContentEditable && !/^(TEXTAREA|INPUT)$/.test(box.tagName)) {
          box = box.querySelector("[contenteditable='true'], textarea") || box;
        }
        dom.typeInto(box, text);
        return true;
      },
    },
    feed: {
      posts(root) {
        if (root.nodeType !== 1) return [];
        const sel = selectors.feedPost[0];
        return root.matches(sel) ? [root] : [...root.querySelectorAll(sel)];
      },
      author(post) {
        const user = dom.first(post, selectors.feedUser);
        const link = user && [...user.querySelectorAll("a[href^='/']")].find((a) => handleOf(a.getAttribute("href")));
        const handle = link && handleOf(link.getAttribute("href"));
        if (!handle) return null;
        return {id: `x:${handle}`, name: dom.text(link) || handle};
      },
      mountChip(post, chip) {
        const user = dom.first(post, selectors.feedUser);
        if (user && user.parentElement) user.insertAdjacentElement("afterend", chip);
        else post.prepend(chip);
      },
      async openMenuAndUnfollow(post) {
        const caret = dom.first(post, selectors.feedCaret);
        if (!caret) throw new Error("this post has no menu");
        await menuClick(caret, selectors.feedMenuItem, /^\s*unfollow\s+@/i, ["[role='menu']", "body"]);
        await confirmIfAsked();
        return true;
      },
      async openMenuAndMute(post) {
        const caret = dom.first(post, selectors.feedCaret);
        if (!caret) throw new Error("this post has no menu");
        await menuClick(caret, selectors.feedMenuItem, /^\s*mute\s+@/i, ["[role='menu']", "body"]);
        return true;
      },
    },
  };

  globalThis.inchdeep.adapters.x = x;
})();
