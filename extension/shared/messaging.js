// Extension pages (popup, options) ask the service worker, which owns every API call.
export function ask(type, payload = {}) {
  return new Promise((resolve, reject) => {
    chrome.runtime.sendMessage({type, ...payload}, (res) => {
      const err = chrome.runtime.lastError;
      if (err) return reject(new Error(err.message));
      if (!res || !res.ok) return reject(new Error((res && res.error) || "no answer from the inchdeep worker"));
      resolve(res.data);
    });
  });
}
