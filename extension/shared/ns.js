// One namespace object shared by the classic content scripts (no build step, no modules in content scripts).
// Holds the small helpers that site adapters use; adapters themselves hold every selector.
(() => {
  "use strict";
  const ns = (globalThis.inchdeep = globalThis.inchdeep || {});
  ns.adapters = ns.adapters || {};

  // --- DOM helpers -------------------------------------------------------------------------------
  const dom = {
    // First element matching any selector in a newest-first fallback list.
    first(root, selectors) {
      for (const s of selectors) {
        const el = root.querySelector(s);
        if (el) return el;
      }
      return null;
    },
    // All elements matching the first selector in the list that matches anything (don't mix generations).
    all(root, selectors) {
      for (const s of selectors) {
        const found = root.querySelectorAll(s);
        if (found.length) return Array.from(found);
      }
      return [];
    },
    closest(el, selectors) {
      for (const s of selectors) {
        const c = el.closest(s);
        if (c) return c;
      }
      return null;
    },
    matchesAny(el, selectors) {
      return selectors.some((s) => el.matches(s));
    },
    // innerText skips shadow trees, so our own badges never leak into a message's text.
    text(el) {
      return el ? (el.innerText || el.textContent || "").replace(/[ \t]+\n/g, "\n").trim() : "";
    },
    // An element's text without the parts matching `selectors` (a site's pill inside a name is not the name).
    textWithout(el, selectors) {
      const css = selectors.join(",");
      if (!el || !el.querySelector(css)) return dom.text(el);
      const copy = el.cloneNode(true);
      for (const part of copy.querySelectorAll(css)) part.remove();
      return (copy.textContent || "").replace(/\s+/g, " ").trim();
    },
    // Elements of `selectors` under root whose visible text matches re (menus are found by their words).
    byText(root, selectors, re) {
      for (const s of selectors) {
        for (const el of root.querySelectorAll(s)) {
          const t = (el.getAttribute("aria-label") || "") + " " + (el.textContent || "");
          if (re.test(t.trim()) && dom.visible(el)) return el;
        }
      }
      return null;
    },
    visible(el) {
      if (!el || !el.isConnected) return false;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      const cs = getComputedStyle(el);
      return cs.visibility !== "hidden" && cs.display !== "none";
    },
    // Resolves with fn()'s first truthy value; re-checks on DOM changes (event-driven) with a timeout.
    waitFor(fn, timeoutMs = 4000, root = document) {
      return new Promise((resolve, reject) => {
        const hit = fn();
        if (hit) return resolve(hit);
        const obs = new MutationObserver(() => {
          const v = fn();
          if (v) done(v);
        });
        const timer = setTimeout(() => {
          const v = fn();
          v ? done(v) : (obs.disconnect(), reject(new Error("timed out waiting for the page")));
        }, timeoutMs);
        function done(v) {
          clearTimeout(timer);
          obs.disconnect();
          resolve(v);
        }
        obs.observe(root, {childList: true, subtree: true, attributes: true});
      });
    },
    // A real-looking click: the sites' frameworks listen for pointer/mouse events, not just .click().
    click(el) {
      el.scrollIntoView({block: "nearest"});
      const r = el.getBoundingClientRect();
      const opts = {bubbles: true, cancelable: true, composed: true, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, button: 0};
      el.dispatchEvent(new PointerEvent("pointerdown", opts));
      el.dispatchEvent(new MouseEvent("mousedown", opts));
      el.dispatchEvent(new PointerEvent("pointerup", opts));
      el.dispatchEvent(new MouseEvent("mouseup", opts));
      el.click();
    },
    // Types into a composer so the page's editor state sees it (input events), never presses send.
    typeInto(el, text) {
      el.focus();
      if (el.isContentEditable) {
        const sel = getSelection();
        sel.selectAllChildren(el);
        sel.collapseToEnd();
        const ok = document.execCommand && document.execCommand("insertText", false, text);
        if (!ok || !el.textContent.includes(text)) {
          el.textContent = text;
          el.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertText", data: text}));
        }
      } else {
        const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, "value").set.call(el, text);
        el.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertText", data: text}));
        el.dispatchEvent(new Event("change", {bubbles: true}));
      }
    },
  };

  // --- time: page headings + clock times → ISO ---------------------------------------------------
  const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
  const time = {
    // Day from a heading like "Today", "Yesterday", "Friday", "Nov 5", "Nov 5, 2026", "5 Nov 2026".
    parseDay(heading, now = new Date()) {
      const h = (heading || "").trim().toLowerCase();
      const d = new Date(now.getFullYear(), now.getMonth(), now.getDate());
      if (!h || h === "today") return d;
      if (h === "yesterday") return new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1);
      const wd = DAYS.findIndex((n) => h.startsWith(n));
      if (wd >= 0) {
        const back = (d.getDay() - wd + 7) % 7 || 7;
        return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back);
      }
      const iso = h.match(/^(\d{4})-(\d{2})-(\d{2})/);
      if (iso) return new Date(+iso[1], +iso[2] - 1, +iso[3]);
      let m = h.match(/([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?/);
      let month, day, year;
      if (m && MONTHS.includes(m[1])) [month, day, year] = [MONTHS.indexOf(m[1]), +m[2], m[3] && +m[3]];
      else if ((m = h.match(/(\d{1,2})\.?\s+([a-z]{3})[a-z]*\.?(?:\s+(\d{4}))?/)) && MONTHS.includes(m[2]))
        [month, day, year] = [MONTHS.indexOf(m[2]), +m[1], m[3] && +m[3]];
      else if ((m = h.match(/^(\d{1,2})[./](\d{1,2})[./](\d{4})$/))) [day, month, year] = [+m[1], +m[2] - 1, +m[3]];
      else return null;
      if (!year) {
        year = d.getFullYear();
        if (new Date(year, month, day) > d) year -= 1; // "Dec 30" seen in January is last year
      }
      return new Date(year, month, day);
    },
    // Clock like "14:44", "2:44 PM" → [h, m] or null.
    parseClock(text) {
      const m = (text || "").trim().match(/(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?/i);
      if (!m) return null;
      let h = +m[1];
      const ap = (m[3] || "").toLowerCase();
      if (ap.startsWith("p") && h < 12) h += 12;
      if (ap.startsWith("a") && h === 12) h = 0;
      return [h, +m[2]];
    },
    combine(heading, clock, now = new Date()) {
      const day = time.parseDay(heading, now);
      const hm = time.parseClock(clock);
      if (!day || !hm) return null;
      day.setHours(hm[0], hm[1], 0, 0);
      return day.toISOString();
    },
    // A time as a page shows it: "Nov 20, 2026, 9:10 AM", "Nov 20, 9:10 AM", "Yesterday, 9:10 AM", "9:10 AM"
    // (today), or X's relative "5m" / "3h" / "2d". The year rule is parseDay's: a date without a year that would lie
    // in the future is last year's.
    fromShown(text, now = new Date()) {
      const t = (text || "").trim();
      const rel = t.match(/^(\d{1,3})\s*([smhd])$/i);
      if (rel) {
        const unit = {s: 1e3, m: 6e4, h: 36e5, d: 864e5}[rel[2].toLowerCase()];
        return new Date(now.getTime() - +rel[1] * unit).toISOString();
      }
      const clock = t.match(/(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?/i);
      const dayPart = (clock ? t.slice(0, clock.index) + t.slice(clock.index + clock[0].length) : t)
        .replace(/\b(at|um|à|a las|às)\b/gi, " ").replace(/[,·]+/g, " ").replace(/\s+/g, " ").trim();
      if (clock) return time.combine(dayPart, clock[0], now); // no day shown: today
      return dayPart ? time.combine(dayPart, "12:00", now) : null; // a date alone: its noon, as inbox rows do
    },
    fromDatetimeAttr(el) {
      const v = el && el.getAttribute("datetime");
      if (!v) return null;
      const t = new Date(v);
      return isNaN(t) ? null : t.toISOString();
    },
  };

  // FNV-1a, hex: a stable id for messages the page gives no id to (legacy X).
  function hash(str) {
    let h = 0x811c9dc5;
    for (let i = 0; i < str.length; i++) {
      h ^= str.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, "0");
  }

  // 64-bit FNV-1a in four 16-bit limbs (exact in doubles), as 16 hex digits: ids derived from text (a 32-bit hash
  // made two messages of one thread share an id).
  function hash64(str) {
    let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2; // offset basis 0xcbf29ce484222325
    for (let i = 0; i < str.length; i++) {
      h0 ^= str.charCodeAt(i);
      // × 0x100000001b3 = × 0x1b3 plus a shift by 40 bits (limb 2, 8 bits up)
      const t0 = h0 * 0x1b3;
      const t1 = h1 * 0x1b3 + (t0 >>> 16);
      const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
      h3 = (h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)) & 0xffff;
      h0 = t0 & 0xffff; h1 = t1 & 0xffff; h2 = t2 & 0xffff;
    }
    return [h3, h2, h1, h0].map((h) => h.toString(16).padStart(4, "0")).join("");
  }

  ns.dom = dom;
  ns.time = time;
  ns.hash = hash;
  ns.hash64 = hash64;
})();
