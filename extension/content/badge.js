// Badge + reasons card, and the "muted by inchdeep" bar. Visible parts live in shadow roots so the site's CSS
// can't break them and ours can't leak. Every piece of page/sender/server text goes in with textContent.
(() => {
  "use strict";
  const ns = globalThis.inchdeep;

  const LABELS = {
    genuine: {name: "Genuine", fg: "#166534", bg: "#ecfdf3", border: "#bbf7d0"},
    pitch: {name: "Pitch", fg: "#b42318", bg: "#fef3f2", border: "#fecdca"},
    auto_dm: {name: "Auto-DM", fg: "#6941c6", bg: "#f4f3ff", border: "#d9d6fe"},
    newsletter: {name: "Newsletter", fg: "#175cd3", bg: "#eff8ff", border: "#b2ddff"},
  };
  const FALLBACK = {name: "Noise", fg: "#475467", bg: "#f2f4f7", border: "#d0d5dd"};
  const ACTION_NAMES = {reply: "Reply", mute: "Mute", unfollow: "Unfollow", none: "Nothing to do"};

  const CSS = `
    :host { all: initial; display: inline-block; vertical-align: middle; margin: 0 0 0 6px; line-height: 1; }
    * { box-sizing: border-box; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
    .pill { display: inline-flex; align-items: center; gap: 4px; height: 20px; padding: 0 8px; border-radius: 999px;
            font-size: 11px; font-weight: 600; letter-spacing: .01em; white-space: nowrap; cursor: pointer;
            color: var(--fg); background: var(--bg); border: 1px solid var(--border); user-select: none; }
    .pill .dot { width: 6px; height: 6px; border-radius: 50%; background: var(--fg); }
    .pill.quiet { width: 18px; height: 18px; padding: 0; justify-content: center; opacity: .75; }
    .pill.quiet svg { width: 10px; height: 10px; }
    :host(:focus) { outline: none; }
    :host(:focus-visible) .pill { outline: 2px solid #2563eb; outline-offset: 2px; }
    .card { position: fixed; inset: auto; margin: 0; width: 360px; max-width: calc(100vw - 16px);
            max-height: calc(100vh - 16px); overflow: auto; padding: 12px 14px 12px;
            background: #fff; color: #101828; border: 1px solid #eaecf0; border-radius: 12px;
            box-shadow: 0 12px 32px rgba(16,24,40,.16), 0 2px 6px rgba(16,24,40,.06); font-size: 13px; line-height: 1.4;
            text-align: left; white-space: normal; cursor: default; }
    .head { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
    .head .pill { cursor: default; }
    .conf { color: #667085; font-size: 12px; }
    .brand { margin-left: auto; color: #98a2b3; font-size: 11px; font-weight: 600; letter-spacing: .04em; }
    .paid { display: inline-block; margin: 0 0 8px; padding: 2px 6px; border-radius: 4px; background: #fffaeb; color: #b54708; font-size: 11px; font-weight: 600; }
    .patterns { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 10px; }
    .tag { font-size: 11px; color: #344054; background: #f2f4f7; border-radius: 4px; padding: 2px 6px; }
    h4 { margin: 8px 0 2px; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; color: #667085; }
    ul { list-style: none; margin: 0; padding: 0; }
    li.reason { display: flex; gap: 8px; align-items: baseline; padding: 3px 0; border-top: 1px solid #f2f4f7; }
    li.reason:first-child { border-top: 0; }
    .detail { flex: 1; color: #101828; }
    .signal { display: block; color: #98a2b3; font-size: 10px; line-height: 1.3; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
    .bar { flex: 0 0 56px; height: 6px; border-radius: 3px; background: #f2f4f7; align-self: center; overflow: hidden; }
    .bar .fill { display: block; height: 100%; border-radius: 3px; background: var(--fg); }
    .none { margin: 2px 0 6px; color: #344054; }
    h4.muted { color: #98a2b3; }
    ul.against .detail { color: #667085; }
    .action { margin-top: 4px; padding: 8px 10px; background: #f9fafb; border-radius: 8px; }
    .action b { font-weight: 600; }
    .why { color: #475467; }
    .buttons { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 12px; }
    button { font-size: 12px; font-weight: 600; padding: 6px 10px; border-radius: 8px; border: 1px solid #d0d5dd;
             background: #fff; color: #344054; cursor: pointer; }
    button:hover { background: #f9fafb; }
    button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
    button.primary { background: #101828; color: #fff; border-color: #101828; }
    button.link { border: 0; background: none; padding: 2px 0; color: #475467; font-weight: 500; text-decoration: underline; }
    li[hidden] { display: none; }
    button[disabled] { opacity: .5; cursor: progress; }
    .scope { display: none; margin-top: 10px; padding: 8px 10px; border: 1px solid #eaecf0; border-radius: 8px; }
    .scope.open { display: block; }
    .scope label { display: flex; gap: 6px; align-items: center; padding: 2px 0; font-size: 12px; }
    .status { margin-top: 8px; font-size: 12px; color: #475467; }
    .status:empty { display: none; }
    .status.err { color: #b42318; }
    .status.ok { color: #067647; }
  `;

  const CHECK_SVG = '<svg viewBox="0 0 12 12" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><path d="M2.5 6.5l2.2 2.2L9.5 3.8"/></svg>';

  function el(tag, props = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (k === "class") e.className = v;
      else if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c) e.append(c);
    return e;
  }

  function style(look) {
    return `--fg:${look.fg};--bg:${look.bg};--border:${look.border}`;
  }

  function labelText(verdict) {
    const look = LABELS[verdict.label] || FALLBACK;
    const pac = verdict.label === "pitch" && (verdict.patterns || []).includes("pitch_after_connect");
    return pac ? `${look.name} · after connect` : look.name;
  }

  // handlers: {mute(), unfollow(), draft(), notNoise(scope)} → Promise<string status>
  function create(verdict, message, meta, handlers) {
    const look = LABELS[verdict.label] || FALLBACK;
    const host = document.createElement("span");
    host.setAttribute("data-inchdeep-badge", "");
    host.setAttribute("data-inchdeep-label", verdict.label);
    host.setAttribute("data-inchdeep-message-id", verdict.message_id);
    if (meta && meta.paid) host.setAttribute("data-inchdeep-paid", meta.paid);
    host.tabIndex = 0;
    host.setAttribute("role", "button");
    host.setAttribute("aria-haspopup", "dialog");
    host.setAttribute("aria-expanded", "false");
    host.setAttribute("aria-label", `inchdeep: ${labelText(verdict).toLowerCase()} — show reasons`);
    // inline style beats the site's selectors that might hit a bare <span>
    host.style.cssText = "display:inline-block;vertical-align:middle;margin:0 0 0 6px;position:relative;float:none;";
    const root = host.attachShadow({mode: "open"});
    root.append(el("style", {text: CSS}));

    const pill = el("span", {class: "pill" + (verdict.label === "genuine" ? " quiet" : ""), style: style(look), part: "pill"});
    if (verdict.label === "genuine") {
      pill.innerHTML = CHECK_SVG; // our own static markup, no page or sender text
      pill.title = "inchdeep: genuine";
    } else {
      pill.append(el("span", {class: "dot"}), el("span", {text: labelText(verdict)}));
    }
    root.append(pill);

    const card = buildCard(verdict, message, meta, handlers, look);
    card.setAttribute("popover", "manual"); // top layer: never clipped by the site's overflow/transform
    root.append(card);

    let closeTimer = 0;
    let openTimer = 0;
    const isOpen = () => card.matches(":popover-open");
    function place() {
      const r = host.getBoundingClientRect();
      const w = Math.min(360, innerWidth - 16);
      card.style.left = `${Math.max(8, Math.min(r.left, innerWidth - w - 8))}px`;
      card.style.maxHeight = "";
      const h = card.offsetHeight;
      const below = innerHeight - r.bottom - 14;
      const above = r.top - 14;
      // below if it fits, else above if it fits, else the roomier side with a scrollable card
      const down = h <= below || (h > above && below >= above);
      if (h > (down ? below : above)) card.style.maxHeight = `${Math.max(160, down ? below : above)}px`;
      const ch = Math.min(h, down ? below : above);
      card.style.top = `${down ? r.bottom + 6 : Math.max(8, r.top - 6 - ch)}px`;
    }
    function open() {
      clearTimeout(closeTimer);
      if (isOpen()) return;
      card.showPopover();
      place();
      host.setAttribute("aria-expanded", "true");
    }
    function close() {
      clearTimeout(openTimer);
      if (!isOpen()) return;
      card.hidePopover();
      host.setAttribute("aria-expanded", "false");
    }
    const closeSoon = () => {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => {
        if (!host.matches(":hover") && !root.activeElement && document.activeElement !== host) close();
      }, 250);
    };
    host.addEventListener("mouseenter", () => { clearTimeout(closeTimer); openTimer = setTimeout(open, 80); });
    host.addEventListener("mouseleave", () => { clearTimeout(openTimer); closeSoon(); });
    host.addEventListener("focus", open);
    host.addEventListener("focusout", (e) => { if (!host.contains(e.relatedTarget) && e.relatedTarget !== host) closeSoon(); });
    host.addEventListener("keydown", (e) => {
      e.stopPropagation(); // the sites' keyboard shortcuts must not fire while typing in our card
      if (e.key === "Escape") { close(); host.focus(); }
      // events from inside the shadow root are retargeted to the host: look at the real origin
      if ((e.key === "Enter" || e.key === " ") && e.composedPath()[0] === host) { e.preventDefault(); isOpen() ? close() : open(); }
    });
    // clicks inside the badge must not open the site's own row handlers
    for (const t of ["click", "mousedown", "mouseup", "pointerdown"]) host.addEventListener(t, (e) => e.stopPropagation());
    // ...nor follow the link the badge sits in (a LinkedIn list row is an <a>): a click on Mute would leave the page.
    // Form controls in the card keep their own default (a radio button must still get checked).
    host.addEventListener("click", (e) => {
      if (host.parentElement?.closest("a[href]") && !/^(INPUT|LABEL|SELECT|TEXTAREA)$/.test(e.composedPath()[0]?.tagName || "")) e.preventDefault();
    });
    host.addEventListener("click", (e) => { if (e.composedPath()[0] === host || e.composedPath()[0] === pill || pill.contains(e.composedPath()[0])) isOpen() ? close() : open(); });
    host.inchdeepClose = close;
    return host;
  }

  function buildCard(verdict, message, meta, handlers, look) {
    const card = el("div", {class: "card", role: "dialog", style: style(look), "aria-label": `inchdeep: why this is ${labelText(verdict).toLowerCase()}`});
    const pct = typeof verdict.confidence === "number" ? `${Math.min(99, Math.round(verdict.confidence * 100))}% sure` : "";
    card.append(el("div", {class: "head"},
      el("span", {class: "pill", style: style(look), text: labelText(verdict)}),
      el("span", {class: "conf", text: pct}),
      el("span", {class: "brand", text: "INCHDEEP"})));
    if (meta && meta.paid) card.append(el("span", {class: "paid", text: `Paid message (${meta.paid})`}));
    // pitch_after_connect already shows in the label pill
    const patterns = (verdict.patterns || []).filter((p) => !(p === "pitch_after_connect" && verdict.label === "pitch"));
    if (patterns.length) {
      const row = el("div", {class: "patterns"});
      for (const p of patterns) row.append(el("span", {class: "tag", text: String(p).replace(/_/g, " ")}));
      card.append(row);
    }
    // Every reason argues for the label; evidence that pointed elsewhere is listed apart, muted. Strongest first, the
    // rest one click away so the card stays short enough to act from.
    const reasons = [...(verdict.reasons || [])].filter((r) => Number(r.weight) > 0).sort((a, b) => b.weight - a.weight);
    const against = [...(verdict.counter_evidence || [])].sort((a, b) => b.weight - a.weight);
    const labelName = look.name.toLowerCase();
    card.append(el("h4", {text: `Why ${labelName}`}));
    if (!reasons.length && verdict.label === "genuine") {
      card.append(el("p", {class: "none", text: "Nothing in it or around it shows automation, selling or a broadcast, so it stays a person's message."}));
    }
    const strongest = Math.max(3, ...reasons.map((r) => Number(r.weight) || 0));
    const SHOWN = 4;
    const list = el("ul", {class: "reasons"});
    reasons.forEach((r, i) => {
      const w = Number(r.weight) || 0;
      const bar = el("span", {class: "bar", role: "img", "aria-label": `strength ${w.toFixed(1)}`, title: `strength ${w.toFixed(1)}`},
        el("span", {class: "fill", style: `width:${Math.max(8, Math.round((100 * w) / strongest))}%`}));
      const item = el("li", {class: "reason"},
        el("span", {class: "detail"}, el("span", {text: r.detail || r.signal}), el("span", {class: "signal", text: r.signal})), bar);
      if (i >= SHOWN) item.hidden = true;
      list.append(item);
    });
    card.append(list);
    if (reasons.length > SHOWN) {
      const more = el("button", {type: "button", class: "link", text: `Show ${reasons.length - SHOWN} more reasons`});
      more.addEventListener("click", () => {
        list.querySelectorAll("li[hidden]").forEach((li) => (li.hidden = false));
        more.remove();
      });
      card.append(more);
    }
    if (against.length) {
      card.append(el("h4", {class: "muted", text: "Pointing elsewhere"}));
      const other = el("ul", {class: "against"});
      for (const r of against.slice(0, 3)) {
        const toward = (LABELS[r.toward] || FALLBACK).name.toLowerCase();
        other.append(el("li", {class: "reason"}, el("span", {class: "detail"}, el("span", {text: r.detail || r.signal}),
          el("span", {class: "signal", text: `${r.signal} · points to ${toward}`}))));
      }
      card.append(other);
    }
    const act = verdict.action || {kind: "none"};
    card.append(el("h4", {text: "Suggested"}),
      el("div", {class: "action"}, el("b", {text: ACTION_NAMES[act.kind] || act.kind}), el("span", {class: "why", text: act.why ? ` — ${act.why}` : ""})));

    const status = el("div", {class: "status", role: "status", "aria-live": "polite"});
    const say = (text, kind = "") => { status.textContent = text; status.className = "status " + kind; };
    const run = (btn, fn) => async () => {
      btn.disabled = true;
      say("Working…");
      try {
        say(await fn(), "ok");
      } catch (e) {
        say(String((e && e.message) || e), "err");
        btn.disabled = false;
      }
    };
    const buttons = el("div", {class: "buttons"});
    const mk = (text, fn, primary) => {
      const b = el("button", {type: "button", class: primary ? "primary" : "", text});
      b.addEventListener("click", run(b, fn));
      return b;
    };
    const prefer = act.kind;
    buttons.append(
      mk("Mute", handlers.mute, prefer === "mute"),
      mk("Unfollow", handlers.unfollow, prefer === "unfollow"),
      mk("Draft reply", handlers.draft, prefer === "reply"));

    let scopeBox = null;
    if (verdict.label !== "genuine") {
      const notNoise = el("button", {type: "button", text: "Not noise"});
      scopeBox = el("div", {class: "scope"});
      const name = `scope-${Math.random().toString(36).slice(2)}`;
      const opts = [["message", "This message"], ["sender", `Everything from ${message.sender.name}`], ["template", "This template, from anyone"]];
      for (const [value, text] of opts) {
        const input = el("input", {type: "radio", name, value});
        if (value === "message") input.checked = true;
        scopeBox.append(el("label", {}, input, el("span", {text})));
      }
      const confirm = el("button", {type: "button", class: "primary", text: "Mark as genuine"});
      confirm.addEventListener("click", run(confirm, () => handlers.notNoise(scopeBox.querySelector("input:checked").value)));
      scopeBox.append(el("div", {class: "buttons"}, confirm));
      notNoise.addEventListener("click", () => {
        scopeBox.classList.toggle("open");
        notNoise.setAttribute("aria-expanded", String(scopeBox.classList.contains("open")));
      });
      buttons.append(notNoise);
    }
    card.append(buttons);
    if (scopeBox) card.append(scopeBox);
    card.append(status);
    return card;
  }

  // "muted by inchdeep": hides the thread's messages behind a bar that can open it again.
  function collapse(thread) {
    if (!thread || thread.previousElementSibling?.hasAttribute?.("data-inchdeep-muted")) return;
    const bar = document.createElement("div");
    bar.setAttribute("data-inchdeep-muted", "");
    bar.inchdeepUrl = location.href; // a single-page app may reuse this element for the next conversation
    bar.style.cssText = "display:block;margin:8px 12px;";
    const root = bar.attachShadow({mode: "open"});
    root.append(el("style", {text: `
      .bar { display:flex; align-items:center; gap:10px; padding:10px 12px; border:1px dashed #d0d5dd; border-radius:10px;
             background:#f9fafb; color:#475467; font:13px -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif; }
      b { color:#101828; font-weight:600; }
      button { margin-left:auto; font:600 12px inherit; font-family:inherit; padding:5px 10px; border-radius:8px; border:1px solid #d0d5dd; background:#fff; color:#344054; cursor:pointer; }
    `}));
    const label = el("span", {}, el("b", {text: "Muted by inchdeep"}), el("span", {text: " — this conversation is hidden."}));
    const toggle = el("button", {type: "button", text: "Show"});
    const prev = thread.style.display;
    toggle.addEventListener("click", (e) => {
      e.stopPropagation();
      const hidden = thread.style.display === "none";
      thread.style.display = hidden ? prev : "none";
      toggle.textContent = hidden ? "Hide" : "Show";
      bar.setAttribute("data-inchdeep-muted", hidden ? "shown" : "");
    });
    root.append(el("div", {class: "bar"}, label, toggle));
    bar.inchdeepRelease = () => {
      thread.style.display = prev;
      bar.remove();
    };
    thread.insertAdjacentElement("beforebegin", bar);
    thread.style.display = "none";
  }

  // After in-app navigation the page shows another conversation: drop bars that belonged to the old one.
  function releaseStale() {
    for (const bar of document.querySelectorAll("[data-inchdeep-muted]")) {
      if (bar.inchdeepUrl && bar.inchdeepUrl !== location.href) bar.inchdeepRelease?.();
    }
  }

  ns.badge = {create, collapse, releaseStale, LABELS, labelText};
  ns.ui = {el};
})();
