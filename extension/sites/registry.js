// The explicit list of site adapters. Adding a site = one adapter file + one line here + one manifest match.
(() => {
  "use strict";
  const ns = globalThis.inchdeep;
  ns.registry = Object.freeze([ns.adapters.linkedin, ns.adapters.x]);
  ns.adapterFor = (loc) => ns.registry.find((a) => a.matches(loc)) || null;
})();
