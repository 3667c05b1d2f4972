// The only module that talks to the inchdeep service (the only fetch in the extension).
export class ApiError extends Error {
  constructor(message, {status = 0, code = "network"} = {}) {
    super(message);
    this.status = status;
    this.code = code;
    // worth retrying later: service down, overloaded, or waiting for the owner to fix the token
    this.transient = status === 0 || status === 429 || status >= 500 || status === 401 || status === 403;
  }
}

async function call({apiBase, apiToken}, method, path, body, {auth = true, timeoutMs = 15000} = {}) {
  const headers = {Accept: "application/json"};
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (auth) headers.Authorization = `Bearer ${apiToken}`;
  let res;
  try {
    res = await fetch(apiBase + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      cache: "no-store",
    });
  } catch (e) {
    throw new ApiError(`cannot reach the inchdeep service at ${apiBase} (${e.name === "TimeoutError" ? "timed out" : "connection failed"})`);
  }
  const text = await res.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = data && data.error;
    throw new ApiError(`${res.status} ${err?.code || res.statusText}: ${err?.message || text.slice(0, 200) || "request failed"}`, {
      status: res.status,
      code: err?.code || String(res.status),
    });
  }
  return data;
}

export const api = {
  health: (s) => call(s, "GET", "/healthz", undefined, {auth: false, timeoutMs: 5000}),
  listMessages: (s, limit = 1) => call(s, "GET", `/v1/messages?limit=${limit}`),
  postMessages: (s, messages) => call(s, "POST", "/v1/messages", {messages}),
  suggestions: (s) => call(s, "GET", "/v1/suggestions"),
  feedback: (s, body) => call(s, "POST", "/v1/feedback", body),
  action: (s, body) => call(s, "POST", "/v1/actions", body),
  weekly: (s) => call(s, "GET", "/v1/reports/weekly"),
  // queued requests replay through here
  request: (s, method, path, body) => call(s, method, path, body),
};

export function reportUrl({apiBase, apiToken}) {
  return `${apiBase}/v1/reports/weekly.html${apiToken ? `?token=${encodeURIComponent(apiToken)}` : ""}`;
}
