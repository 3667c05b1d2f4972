// Options: service address and token. What is shown as connected is always what is saved: Save and Test both store
// the fields first, then test the stored settings, and opening the page tests them again (the service may have
// restarted, moved or lost the user since).
import {ask} from "../shared/messaging.js";
import * as store from "../shared/storage.js";

const $ = (id) => document.getElementById(id);
const say = (text, kind) => {
  $("result").textContent = text;
  $("result").className = `status ${kind}`;
};

async function testSaved(prefix) {
  say(`${prefix}Testing…`, "");
  try {
    const r = await ask("testConnection", await store.getSettings());
    say(prefix + r.message, r.ok ? "ok" : "err");
  } catch (e) {
    say(`${prefix}Test failed: ${e.message}`, "err");
  }
}

async function saveThenTest(button) {
  button.disabled = true;
  try {
    await store.saveSettings({apiBase: $("apiBase").value, apiToken: $("apiToken").value});
    const saved = await store.getSettings();
    $("apiBase").value = saved.apiBase; // as stored (no trailing slash)
    await testSaved("Saved. ");
  } catch (e) {
    say(`Not saved: ${e.message}`, "err");
  } finally {
    button.disabled = false;
  }
}

(async () => {
  const s = await store.getSettings();
  $("apiBase").value = s.apiBase;
  $("apiToken").value = s.apiToken;
  await testSaved("Saved settings: ");
})();

$("form").addEventListener("submit", (e) => {
  e.preventDefault();
  saveThenTest($("save"));
});
$("test").addEventListener("click", () => saveThenTest($("test")));
