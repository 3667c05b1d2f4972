// Popup: this week's counts, the suggestions, bulk unfollow (run by the worker, paced), the report link.
import {ask} from "../shared/messaging.js";
import * as store from "../shared/storage.js";

const $ = (id) => document.getElementById(id);
const LABEL_NAMES = {genuine: "genuine", pitch: "pitch", auto_dm: "auto-DM", newsletter: "newsletter"};

function showError(text) {
  $("error").hidden = false;
  $("error").textContent = text;
}

function li(children) {
  const item = document.createElement("li");
  item.append(...children);
  return item;
}
function span(cls, text) {
  const s = document.createElement("span");
  s.className = cls;
  s.textContent = text; // names and reasons come from strangers' messages: text only
  return s;
}

function renderList(id, items) {
  const ul = $(id);
  ul.replaceChildren();
  $(`${id}-count`).textContent = items.length ? `(${items.length})` : "";
  if (!items.length) ul.append(li([span("empty", "Nothing here this week.")]));
  for (const it of items) {
    const row = li([span("name", it.party_name || it.party_id), span("reason", it.reason || "")]);
    row.dataset.party = it.party_id;
    ul.append(row);
  }
}

async function loadCounts() {
  try {
    const r = await ask("weekly");
    const t = r.totals || {};
    $("week").textContent = r.week || "";
    $("incoming").textContent = String(t.incoming ?? 0);
    $("noise").textContent = `${Math.round((t.noise_ratio || 0) * 100)}%`;
    const ul = $("by-label");
    ul.replaceChildren();
    for (const [label, n] of Object.entries(t.by_label || {})) {
      const item = li([document.createTextNode(`${LABEL_NAMES[label] || label} ${n}`)]);
      item.dataset.label = label;
      ul.append(item);
    }
  } catch (e) {
    showError(`Can't load this week's report: ${e.message}`);
  }
}

let unfollowItems = [];
async function loadSuggestions() {
  try {
    const s = await ask("suggestions");
    unfollowItems = s.unfollow || [];
    renderList("unfollow", unfollowItems);
    renderList("mute", s.mute || []);
    renderList("reply", s.reply || []);
    const bulk = $("bulk");
    bulk.hidden = !unfollowItems.length;
    bulk.textContent = `Unfollow all ${unfollowItems.length} (one every few seconds)`;
  } catch (e) {
    showError(`Can't load suggestions: ${e.message}`);
  }
}

function renderJob(job) {
  if (!job) return;
  const el = $("bulk-status");
  el.textContent = job.message || "";
  el.className = "status" + (job.failed ? " err" : !job.running ? " ok" : "");
  $("bulk").disabled = !!job.running;
}

$("bulk").addEventListener("click", async () => {
  $("bulk").disabled = true;
  try {
    await ask("bulkUnfollow", {parties: unfollowItems.map((i) => ({party_id: i.party_id, party_name: i.party_name}))});
  } catch (e) {
    renderJob({failed: true, message: e.message});
    $("bulk").disabled = false;
  }
});
$("settings").addEventListener("click", (e) => {
  e.preventDefault();
  chrome.runtime.openOptionsPage();
});

store.onChange(["bulkJob"], (job) => {
  renderJob(job);
  if (job && !job.running) loadSuggestions();
});

(async () => {
  const {url} = await ask("reportUrl");
  $("report").href = url;
  renderJob(await store.getBulkJob());
  await Promise.all([loadCounts(), loadSuggestions()]);
})();
