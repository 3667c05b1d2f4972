// LinkedIn adapter: every LinkedIn selector lives here (a redesign touches this file alone).
// Selector lists are fallbacks, newest markup first.
(() => {
  "use strict";
  const {dom, time, hash, hash64} = globalThis.inchdeep;

  const selectors = {
    // thread view and floating overlay
    messageList: ["ul.msg-s-message-list-content"],
    // Rendered above a conversation's first message only: the list is shown from its start once no loader for
    // earlier messages is showing.
    conversationStart: [".msg-s-profile-card"],
    earlierLoader: [".msg-s-message-list__loader", ".msg-s-message-list-content__loader"],
    threadContainer: [".msg-overlay-conversation-bubble", ".msg-thread", ".scaffold-layout__detail", "main"],
    overlay: [".msg-overlay-conversation-bubble"],
    eventRow: ["li.msg-s-message-list__event"],
    eventItem: ["div.msg-s-event-listitem[data-event-urn]", "div.msg-s-event-listitem"],
    incomingClass: "msg-s-event-listitem--other",
    ownGroupOld: [".msg-s-message-group--is-sender"],
    systemItem: [".msg-s-event-listitem--system", ".msg-s-event-listitem__system-message"],
    groupName: [".msg-s-message-group__name", ".msg-s-message-group__profile-link"],
    groupProfileLink: ["a.msg-s-message-group__profile-link[href*='/in/']", "a[href*='/in/'].msg-s-message-group__meta-link"],
    clock: ["time.msg-s-message-group__timestamp"],
    dayHeading: ["time.msg-s-message-list__time-heading"],
    body: ["p.msg-s-event-listitem__body", ".msg-s-event-listitem__body"],
    bubble: [".msg-s-event-listitem__message-bubble"],
    threadTitle: [".msg-entity-lockup__entity-title", ".msg-overlay-bubble-header__title", "h2.msg-thread__title"],
    profileLink: [
      "a.msg-thread__link-to-profile",
      ".msg-overlay-bubble-header__title a[href*='/in/']",
      "a.profile-card-one-to-one__profile-link",
      ".msg-entity-lockup a[href*='/in/']",
    ],
    headline: [".msg-entity-lockup__entity-info", ".msg-overlay-bubble-header__subtitle"],
    // inbox list
    inboxRow: ["ul.msg-conversations-container__conversations-list > li.msg-conversation-listitem", "li.msg-conversation-listitem"],
    inboxOccluded: [".msg-conversation-card--occluded"],
    inboxNames: ["h3.msg-conversation-listitem__participant-names", ".msg-conversation-card__participant-names"],
    inboxSnippet: ["p.msg-conversation-card__message-snippet", ".msg-conversation-card__message-snippet-body"],
    inboxPill: ["span.msg-conversation-card__pill"],
    inboxTime: ["time.msg-conversation-listitem__time-stamp", "time.msg-conversation-card__time-stamp"],
    inboxLink: ["a.msg-conversation-listitem__link[href]", "a[href*='/messaging/thread/']"],
    // what a person clicks to open a row's conversation (2026 rows have no link)
    inboxClickable: [".msg-conversation-listitem__link", ".msg-conversation-card__convo-item-container"],
    // the conversation view beside the inbox list
    openThread: [".msg-thread", ".scaffold-layout__detail"],
    // actions
    composer: [
      "div.msg-form__contenteditable[contenteditable='true'][role='textbox']",
      "div.msg-form__contenteditable[contenteditable='true']",
    ],
    threadActionsControl: [".msg-thread-actions__control", "button.msg-overlay-bubble-header__control[aria-label*='options' i]"],
    threadActionsMenu: [".msg-thread-actions__dropdown-options", ".msg-overlay-bubble-header__dropdown-options", "[role='menu']"],
    menuItem: ["[role='menuitem']", ".msg-thread-actions__dropdown-option", ".artdeco-dropdown__item", "button", "div[role='button']"],
    profileMore: [
      "button[aria-label='More actions']",
      "main .pvs-profile-actions button[aria-label*='More' i]",
      "main .pv-top-card-v2-ctas button.artdeco-dropdown__trigger",
    ],
    profileMenuItem: ["div[role='button'][aria-label]", "[role='menuitem']", ".artdeco-dropdown__item"],
    dialog: ["[role='alertdialog']", ".artdeco-modal", "[role='dialog']"],
    dialogConfirm: ["button[data-test-dialog-primary-btn]", "button.artdeco-modal__confirm-dialog-btn.artdeco-button--primary", "button.artdeco-button--primary"],
    // feed
    feedPost: ["div.feed-shared-update-v2", "div[data-urn*='urn:li:activity:']"],
    feedAuthorLink: ["a.update-components-actor__meta-link", "a.feed-shared-actor__container-link", "a.update-components-actor__image"],
    feedAuthorName: [".update-components-actor__name span[aria-hidden='true']", ".update-components-actor__name", ".feed-shared-actor__name"],
    feedHeader: [".update-components-actor", ".feed-shared-actor"],
    feedMenuTrigger: [".feed-shared-control-menu__trigger", "button[aria-label*='control menu' i]"],
    feedMenuItem: [".feed-shared-control-menu__item", "[role='menuitem']", ".artdeco-dropdown__item"],
  };

  const SYSTEM_ACCEPTED = /accepted your invitation/i;
  const UNFOLLOW_RE = /^\s*unfollow\b/i;
  const REMOVE_RE = /^\s*remove (your )?connection\b/i;
  const MUTE_RE = /^\s*mute\b/i;
  const FEED_MUTE_RE = /^\s*(mute|hide posts from|snooze)\b/i;

  function slugFromHref(href) {
    const m = (href || "").match(/\/in\/([^/?#]+)/);
    return m ? decodeURIComponent(m[1]).toLowerCase() : null;
  }
  // The same key the service computes (server/inbox/identity.py name_key), so a person without a profile link is
  // one party on live pages and in an imported export: lower case, accents dropped, other runs become one hyphen.
  function slugifyName(name) {
    return name.toLowerCase().normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  }

  function containerOf(el) {
    return dom.closest(el, selectors.threadContainer) || document.body;
  }

  // The other party of a thread: the header's profile link (/in/<slug>) and title.
  function threadParty(container) {
    const scope = container === document.body ? document : container;
    let link = dom.first(scope, selectors.profileLink);
    // the main thread's header may sit outside .msg-thread; never borrow an overlay's header
    if (!link && !container.matches(selectors.overlay.join(","))) {
      link = selectors.profileLink.map((s) => [...document.querySelectorAll(s)]).flat()
        .find((a) => !dom.closest(a, selectors.overlay)) || null;
    }
    const titleEl = dom.first(scope, selectors.threadTitle);
    const name = dom.text(titleEl) || dom.text(link);
    const slug = link ? slugFromHref(link.getAttribute("href")) : null;
    if (!slug && !name) return null;
    const headline = dom.text(dom.first(scope, selectors.headline));
    return {
      id: slug ? `li:${slug}` : `li-name:${slugifyName(name)}`,
      name: name || slug,
      ...(headline ? {headline} : {}),
      ...(slug ? {profile_url: `https://www.linkedin.com/in/${slug}/`} : {}),
    };
  }

  function threadId(container, party) {
    if (container.matches(selectors.overlay.join(","))) {
      return `li-overlay:${party ? party.id.replace(/^li[-a-z]*:/, "") : hash(dom.text(container).slice(0, 200))}`;
    }
    const m = location.pathname.match(/\/messaging\/thread\/([^/]+)/);
    return m ? decodeURIComponent(m[1]) : `li-thread:${party ? party.id.replace(/^li[-a-z]*:/, "") : "unknown"}`;
  }

  // What a row says, read from the DOM once and kept until the row changes (content/main.js calls forget() for
  // rows a mutation touched): a scan of a long thread then only walks the rows.
  const reads = new WeakMap();
  function readRow(row, oldMarkup) {
    const known = reads.get(row);
    if (known && known.oldMarkup === oldMarkup) return known;
    const h = dom.first(row, selectors.dayHeading);
    const item = dom.first(row, selectors.eventItem);
    const r = {oldMarkup, heading: h ? h.getAttribute("datetime") || dom.text(h) : null, item, groupName: null, groupSlug: null,
      clock: null, text: "", isSystem: false, accepted: false, urn: null, incoming: false};
    if (item) {
      const nameEl = dom.first(item, selectors.groupName);
      if (nameEl) {
        r.groupName = dom.text(nameEl);
        const gl = dom.first(item, selectors.groupProfileLink);
        r.groupSlug = gl ? slugFromHref(gl.getAttribute("href")) : null;
      }
      const c = dom.first(item, selectors.clock);
      if (c) r.clock = dom.text(c);
      r.text = dom.text(dom.first(item, selectors.body));
      r.isSystem = !!(dom.first(row, selectors.systemItem) || item.matches(selectors.systemItem.join(",")));
      r.accepted = (r.isSystem || SYSTEM_ACCEPTED.test(r.text)) && SYSTEM_ACCEPTED.test(dom.text(row));
      r.urn = item.getAttribute("data-event-urn");
      r.incoming = oldMarkup ? !item.closest(selectors.ownGroupOld.join(",")) : item.classList.contains(selectors.incomingClass);
    }
    reads.set(row, r);
    return r;
  }

  // Walk one message list in order: time headings, group names and clocks carry over to later rows.
  function extractList(list) {
    const container = containerOf(list);
    const party = threadParty(container);
    const tid = threadId(container, party);
    const oldMarkup = !!dom.first(list, selectors.ownGroupOld);
    const fromStart = !!dom.first(list, selectors.conversationStart)
      && !dom.all(list, selectors.earlierLoader).some((loader) => !loader.classList.contains("hidden"));
    const rows = dom.all(list, selectors.eventRow);
    let heading = "";
    let clock = "";
    let groupName = "";
    let groupSlug = null;
    let connectedAt = null;
    const out = [];
    const pending = [];
    const seen = new Map(); // fallback id → how many rows had it before (the same text sent again)
    for (const row of rows) {
      const r = readRow(row, oldMarkup);
      if (r.heading !== null) heading = r.heading;
      if (!r.item) continue;
      if (r.groupName !== null) {
        groupName = r.groupName;
        groupSlug = r.groupSlug;
      }
      if (r.clock !== null) clock = r.clock;
      const shownAt = time.combine(heading, clock);
      const sentAt = shownAt || new Date().toISOString();
      const {item, text, incoming} = r;
      if (r.isSystem || SYSTEM_ACCEPTED.test(text)) {
        if (r.accepted) connectedAt = sentAt;
        continue;
      }
      if (!text) continue;
      const urn = r.urn;
      const other = party || {id: groupSlug ? `li:${groupSlug}` : `li-name:${slugifyName(groupName || "unknown")}`, name: groupName || "unknown"};
      const participant = {id: other.id, name: other.name};
      let sender;
      if (incoming) {
        // group threads name each sender; 1:1 threads name the header's person
        sender = groupSlug && (!party || `li:${groupSlug}` !== party.id)
          ? {id: `li:${groupSlug}`, name: groupName || groupSlug}
          : {...other};
      } else {
        sender = {id: groupSlug ? `li:${groupSlug}` : "li:me", name: groupName || "me"};
      }
      // rows without LinkedIn's id: one derived from thread, sender and text (64 bits: 32 made two messages of one
      // thread share an id), and which repeat of that text it is
      const key = hash64(tid + "|" + sender.id + "|" + text);
      const n = urn ? 0 : seen.get(key) || 0;
      if (!urn) seen.set(key, n + 1);
      const message = {
        platform: "linkedin",
        thread_id: tid,
        message_id: urn || `li-${key}${n ? "-" + n : ""}`,
        sender,
        participant,
        direction: incoming ? "incoming" : "outgoing",
        text: text.slice(0, 20000),
        sent_at: sentAt,
        connected_at: null,
        // "complete" only when the page shows the conversation from its first message (server: nothing is
        // concluded from what a partial view does not show)
        history: fromStart ? "complete" : "partial",
        ...(shownAt ? {} : {sent_at_estimated: true}), // the page shows no time: the moment it was read
      };
      const entry = {element: item, message, meta: {}};
      out.push(entry);
      pending.push(entry);
    }
    // a system line anywhere in the visible thread tells when the connection began
    if (connectedAt) for (const e of pending) e.message.connected_at = connectedAt;
    return out;
  }

  // An inbox row's person. The Sponsored / InMail pill sits inside the names heading: it becomes the message's
  // channel, never part of the name.
  function rowName(row) {
    return dom.textWithout(dom.first(row, selectors.inboxNames), selectors.inboxPill);
  }

  function extractInbox(root) {
    const out = [];
    for (const row of dom.all(root, selectors.inboxRow)) {
      // virtualised placeholders carry no content; they fill in later and we see them then
      if (row.matches(selectors.inboxOccluded.join(",")) || dom.first(row, selectors.inboxOccluded)) continue;
      const name = rowName(row);
      const snippetEl = dom.first(row, selectors.inboxSnippet);
      let text = dom.text(snippetEl);
      if (!name || !text) continue;
      if (/^you:\s/i.test(text)) continue; // the owner's own last message: context only, no badge
      text = text.replace(new RegExp("^" + name.split(/\s+/)[0].replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "[^:]{0,30}:\\s*"), "");
      const pill = dom.text(dom.first(row, selectors.inboxPill));
      const paid = /sponsored|inmail/i.test(pill) ? pill : null;
      const link = dom.first(row, selectors.inboxLink);
      const tm = link && link.getAttribute("href").match(/\/messaging\/thread\/([^/]+)/);
      const profile = row.querySelector("a[href*='/in/']");
      const slug = profile ? slugFromHref(profile.getAttribute("href")) : null;
      const sender = {id: slug ? `li:${slug}` : `li-name:${slugifyName(name)}`, name};
      const tEl = dom.first(row, selectors.inboxTime);
      const tText = tEl ? tEl.getAttribute("datetime") || dom.text(tEl) : "";
      const shownAt = time.fromDatetimeAttr(tEl) || (time.parseClock(tText) ? time.combine("Today", tText) : time.combine(tText, "12:00"));
      const sentAt = shownAt || new Date().toISOString();
      const tid = tm ? decodeURIComponent(tm[1]) : `li-inbox:${sender.id.replace(/^li[-a-z]*:/, "")}`;
      out.push({
        element: row,
        message: {
          platform: "linkedin",
          thread_id: tid,
          message_id: `li-inbox:${hash(tid + "|" + text)}`,
          sender,
          participant: {...sender},
          direction: "incoming",
          text: text.slice(0, 20000),
          sent_at: sentAt,
          connected_at: null,
          history: "partial", // a row shows one message of a longer conversation
          channel: /sponsored/i.test(pill) ? "sponsored" : /inmail/i.test(pill) ? "inmail" : null, // the site's own mark
          // The snippet of the conversation's latest message: the service keeps one message for the two (server/
          // inbox/previews.py), however often the list and the conversation are seen.
          preview: true,
          ...(shownAt ? {} : {sent_at_estimated: true}), // the row shows no time: the moment it was read
        },
        meta: paid ? {paid} : {},
      });
    }
    return out;
  }

  async function clickMenuItem(trigger, menuSelectors, itemSelectors, re, scope = document) {
    dom.click(trigger);
    const item = await dom.waitFor(() => {
      for (const m of [scope, document]) {
        for (const menu of dom.all(m, menuSelectors)) {
          const hit = dom.byText(menu, itemSelectors, re);
          if (hit) return hit;
        }
      }
      return null;
    }, 3000);
    dom.click(item);
    return item;
  }

  const isInboxRow = (el) => el.matches(selectors.inboxRow.join(","));

  // The open conversation (not a floating overlay) whose header shows `name`, or null.
  function openThreadOf(name) {
    const want = name.trim().toLowerCase();
    for (const title of selectors.threadTitle.flatMap((s) => [...document.querySelectorAll(s)])) {
      if (dom.closest(title, selectors.overlay) || dom.text(title).trim().toLowerCase() !== want) continue;
      const thread = dom.closest(title, selectors.openThread);
      if (thread) return thread;
    }
    return null;
  }

  // Where a row's actions act. A thread row: its own thread. An inbox row: that row's conversation, opened first as a
  // person would (a click on the row), and only once the open conversation shows the row's person — the list and
  // another open conversation share the page, and acting on whatever is open would act on the wrong person.
  async function actionScope(row) {
    if (!isInboxRow(row)) {
      const container = containerOf(row);
      return {scope: container === document.body ? document : container, wide: true};
    }
    const name = rowName(row);
    let thread = openThreadOf(name);
    if (!thread) {
      dom.click(dom.first(row, selectors.inboxLink) || dom.first(row, selectors.inboxClickable) || row);
      thread = await dom.waitFor(() => openThreadOf(name), 5000).catch(() => null);
    }
    if (!thread) throw new Error(`could not open the conversation with ${name}: open it, then try again`);
    return {scope: thread, wide: false};
  }

  const linkedin = {
    id: "linkedin",
    platform: "linkedin",
    selectors,
    // What a page change must touch to matter: message rows, inbox rows, feed posts (see content/main.js).
    watched: [...selectors.eventRow, ...selectors.eventItem, ...selectors.inboxRow, ...selectors.feedPost],
    // A mutation touched this watched element: read it again on the next scan.
    forget(el) {
      reads.delete(el);
    },
    matches(loc) {
      return /(^|\.)linkedin\.com$/.test(loc.hostname);
    },
    isFeed(loc) {
      return /^\/feed\/?/.test(loc.pathname);
    },
    extract(root = document) {
      const out = [];
      for (const list of dom.all(root, selectors.messageList)) out.push(...extractList(list));
      out.push(...extractInbox(root));
      return out;
    },
    mount(row, badge) {
      const anchor = dom.first(row, selectors.bubble) || dom.first(row, selectors.inboxSnippet)?.parentElement || row;
      anchor.appendChild(badge);
    },
    // The thread element a verdict's row lives in (what "mute" collapses).
    threadOf(row) {
      const container = containerOf(row);
      return dom.first(container === document.body ? document : container, selectors.messageList) || container;
    },
    profileUrl(partyId) {
      // li:name:<key> is a person known by name only: there is no profile address to open
      const m = (partyId || "").match(/^li:(?!name:)(.+)$/);
      return m ? `https://www.linkedin.com/in/${encodeURIComponent(m[1])}/` : null;
    },
    actions: {
      // Thread actions menu → "Mute".
      async mute(row) {
        const {scope, wide} = await actionScope(row);
        const control = dom.first(scope, selectors.threadActionsControl) || (wide ? dom.first(document, selectors.threadActionsControl) : null);
        if (!control) throw new Error("LinkedIn's thread menu is not on the page");
        await clickMenuItem(control, selectors.threadActionsMenu, selectors.menuItem, MUTE_RE, scope);
        return true;
      },
      // Runs on the party's profile page: More → Unfollow (or Remove connection) → confirm.
      async unfollow(partyId) {
        const slug = (partyId || "").replace(/^li:/, "");
        if (slugFromHref(location.pathname) !== slug.toLowerCase()) throw new Error(`not on ${partyId}'s profile`);
        const more = await dom.waitFor(() => dom.first(document, selectors.profileMore), 4000)
          .catch(() => { throw new Error("LinkedIn's profile menu (More) is not on the page"); });
        dom.click(more);
        const item = await dom.waitFor(() => dom.byText(document, selectors.profileMenuItem, UNFOLLOW_RE) || dom.byText(document, selectors.profileMenuItem, REMOVE_RE), 3000)
          .catch(() => { throw new Error("the profile menu has no Unfollow or Remove connection item"); });
        dom.click(item);
        // LinkedIn asks to confirm removals (and sometimes unfollows); confirm when it asks
        const confirm = await dom.waitFor(() => {
          for (const d of dom.all(document, selectors.dialog)) {
            const b = dom.visible(d) && dom.first(d, selectors.dialogConfirm);
            if (b) return b;
          }
          return null;
        }, 1500).catch(() => null);
        if (confirm) dom.click(confirm);
        return true;
      },
      async draftReply(row, text) {
        const {scope, wide} = await actionScope(row);
        const box = dom.first(scope, selectors.composer) || (wide ? dom.first(document, selectors.composer) : null);
        if (!box) throw new Error("LinkedIn's message composer is not on the page");
        dom.typeInto(box, text);
        return true;
      },
    },
    feed: {
      posts(root) {
        if (root.nodeType !== 1) return [];
        const set = new Set();
        for (const s of selectors.feedPost) {
          if (root.matches(s)) set.add(root);
          root.querySelectorAll(s).forEach((p) => set.add(p));
        }
        // the inner data-urn div and the outer update are the same post: keep the outermost
        return [...set].filter((p) => ![...set].some((o) => o !== p && o.contains(p)));
      },
      author(post) {
        const link = dom.first(post, selectors.feedAuthorLink);
        const slug = link && slugFromHref(link.getAttribute("href"));
        if (!slug) return null;
        return {id: `li:${slug}`, name: dom.text(dom.first(post, selectors.feedAuthorName)) || slug};
      },
      mountChip(post, chip) {
        const header = dom.first(post, selectors.feedHeader);
        if (header && header.parentElement) header.insertAdjacentElement("afterend", chip);
        else post.prepend(chip);
      },
      async openMenuAndUnfollow(post) {
        const trigger = dom.first(post, selectors.feedMenuTrigger);
        if (!trigger) throw new Error("this post has no menu");
        await clickMenuItem(trigger, [".feed-shared-control-menu__content", "[role='menu']", ".artdeco-dropdown__content"], selectors.feedMenuItem, UNFOLLOW_RE, post);
        return true;
      },
      async openMenuAndMute(post) {
        const trigger = dom.first(post, selectors.feedMenuTrigger);
        if (!trigger) throw new Error("this post has no menu");
        await clickMenuItem(trigger, [".feed-shared-control-menu__content", "[role='menu']", ".artdeco-dropdown__content"], selectors.feedMenuItem, FEED_MUTE_RE, post);
        return true;
      },
    },
  };

  globalThis.inchdeep.adapters.linkedin = linkedin;
})();
