// Feed chip: a small note inside a post by a party the service suggests unfollowing or muting.
(() => {
  "use strict";
  const ns = globalThis.inchdeep;
  const {el} = ns.ui;

  const CSS = `
    :host { all: initial; display: block; margin: 6px 16px 4px; }
    .chip { display: flex; align-items: center; flex-wrap: wrap; gap: 6px 10px; padding: 7px 10px; border-radius: 10px;
            background: #fff8f5; border: 1px solid #fcd9cc; color: #7a2e0e;
            font: 12.5px/1.35 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
    .chip.mute { background: #f5f8ff; border-color: #d1e0ff; color: #00359e; }
    .brand { font-weight: 700; font-size: 10.5px; letter-spacing: .05em; opacity: .8; }
    .reason { flex: 1 1 180px; }
    .btns { display: flex; gap: 6px; }
    button { font: 600 12px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; padding: 4px 9px;
             border-radius: 7px; border: 1px solid #d0d5dd; background: #fff; color: #344054; cursor: pointer; }
    button.primary { background: #101828; border-color: #101828; color: #fff; }
    button[disabled] { opacity: .5; cursor: progress; }
    .status { flex-basis: 100%; font-size: 12px; }
    .status:empty { display: none; }
  `;

  // handlers: {unfollow(), mute(), dismiss()} → Promise<string>
  function create(item, kind, handlers) {
    const host = document.createElement("div");
    host.setAttribute("data-inchdeep-chip", kind);
    host.setAttribute("data-inchdeep-party", item.party_id);
    host.setAttribute("role", "note");
    host.setAttribute("aria-label", `inchdeep suggests to ${kind} ${item.party_name || item.party_id}: ${item.reason || ""}`);
    host.style.cssText = "display:block;";
    // keep the post's own click-through handlers away from our buttons
    for (const t of ["click", "mousedown", "pointerdown"]) host.addEventListener(t, (e) => e.stopPropagation());
    const root = host.attachShadow({mode: "open"});
    root.append(el("style", {text: CSS}));
    const status = el("span", {class: "status", role: "status", "aria-live": "polite"});
    const btns = el("span", {class: "btns"});
    const mk = (text, fn, primary) => {
      const b = el("button", {type: "button", class: primary ? "primary" : "", text});
      b.addEventListener("click", async () => {
        for (const x of btns.querySelectorAll("button")) x.disabled = true;
        status.textContent = "Working…";
        try {
          status.textContent = await fn();
        } catch (e) {
          status.textContent = String((e && e.message) || e);
          for (const x of btns.querySelectorAll("button")) x.disabled = false;
        }
      });
      return b;
    };
    btns.append(mk("Unfollow", handlers.unfollow, kind === "unfollow"), mk("Mute", handlers.mute, kind === "mute"), mk("Dismiss", handlers.dismiss));
    root.append(el("div", {class: `chip ${kind}`},
      el("span", {class: "brand", text: "INCHDEEP"}),
      el("span", {class: "reason", text: item.reason || `suggested: ${kind}`}),
      btns, status));
    host.inchdeepDone = (text) => {
      status.textContent = text;
      btns.remove();
    };
    return host;
  }

  ns.chips = {create};
})();
