// Options: service address and token, and a connection test that says exactly what failed.
import {ask} from "../shared/messaging.js";
import * as store from "../shared/storage.js";

const $ = (id) => document.getElementById(id);
const say = (text, kind) => {
  $("result").textContent = text;
  $("result").className = `status ${kind}`;
};

(async () => {
  const s = await store.getSettings();
  $("apiBase").value = s.apiBase;
  $("apiToken").value = s.apiToken;
})();

$("form").addEventListener("submit", async (e) => {
  e.preventDefault();
  await store.saveSettings({apiBase: $("apiBase").value, apiToken: $("apiToken").value});
  say("Saved.", "ok");
});

$("test").addEventListener("click", async () => {
  $("test").disabled = true;
  say("Testing…", "");
  try {
    const r = await ask("testConnection", {apiBase: $("apiBase").value, apiToken: $("apiToken").value});
    say(r.message, r.ok ? "ok" : "err");
  } catch (e) {
    say(`Test failed: ${e.message}`, "err");
  } finally {
    $("test").disabled = false;
  }
});
