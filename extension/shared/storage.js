// The only module that touches chrome.storage. Settings, the offline queue, the bulk-unfollow job state.
export const DEFAULTS = Object.freeze({apiBase: "http://127.0.0.1:8000", apiToken: ""});
const QUEUE = "outbox";
const BULK = "bulkJob";

const local = () => chrome.storage.local;

export async function getSettings() {
  const s = await local().get(["apiBase", "apiToken"]);
  return {
    apiBase: (s.apiBase || DEFAULTS.apiBase).replace(/\/+$/, ""),
    apiToken: s.apiToken || DEFAULTS.apiToken,
  };
}

export async function saveSettings({apiBase, apiToken}) {
  await local().set({apiBase: (apiBase || DEFAULTS.apiBase).trim().replace(/\/+$/, ""), apiToken: (apiToken || "").trim()});
}

// Queue mutations are serialised: read-modify-write from concurrent handlers must not lose entries.
let chain = Promise.resolve();
function serial(fn) {
  const run = chain.then(fn, fn);
  chain = run.catch(() => {});
  return run;
}

export function queueRead() {
  return serial(async () => (await local().get(QUEUE))[QUEUE] || []);
}

// Adds entries, replacing any with the same key (a message queued twice is still one message).
export function queueAdd(entries) {
  return serial(async () => {
    const q = (await local().get(QUEUE))[QUEUE] || [];
    const byKey = new Map(q.map((e) => [e.key, e]));
    for (const e of entries) byKey.set(e.key, {...byKey.get(e.key), ...e});
    const next = [...byKey.values()];
    await local().set({[QUEUE]: next});
    return next.length;
  });
}

export function queueRemove(keys) {
  const drop = new Set(keys);
  return serial(async () => {
    const q = (await local().get(QUEUE))[QUEUE] || [];
    const next = q.filter((e) => !drop.has(e.key));
    await local().set({[QUEUE]: next});
    return next.length;
  });
}

export async function getBulkJob() {
  return (await local().get(BULK))[BULK] || null;
}

export async function setBulkJob(job) {
  await local().set({[BULK]: job});
}

// Calls fn(newValue, key) when any of `keys` changes in local storage.
export function onChange(keys, fn) {
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== "local") return;
    for (const k of keys) if (k in changes) fn(changes[k].newValue, k);
  });
}
