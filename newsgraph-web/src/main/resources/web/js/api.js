// The REST API (docs/api.md), same origin. Every answer is JSON; an error answer carries
// {"error": ..., "parameter": ...}, which becomes an ApiError with that text.

export class ApiError extends Error {
  constructor(status, message, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter || null;
  }
}

/** Query parameters as URLSearchParams; arrays repeat the name, empty values are left out. */
export function params(obj) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(obj || {})) {
    const values = Array.isArray(v) ? v : [v];
    for (const x of values) {
      if (x !== null && x !== undefined && x !== "") p.append(k, String(x));
    }
  }
  return p;
}

/** GET api/<path>?<query>: the parsed JSON, or an ApiError saying what the server said. */
export async function get(path, query) {
  const qs = params(query).toString();
  const url = "api/" + path + (qs ? "?" + qs : "");
  let res;
  try {
    res = await fetch(url, {headers: {Accept: "application/json"}, credentials: "same-origin"});
  } catch (e) {
    throw new ApiError(0, "the server did not answer (" + e.message + "); is newsgraph serve running?");
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status, "the server answered " + res.status + " without JSON for " + url);
  }
  if (!res.ok) {
    throw new ApiError(res.status, (body && body.error) || "the server answered " + res.status,
      body && body.parameter);
  }
  return body;
}

/** Path segments are ids from the API; they are encoded, never trusted as paths. */
export function seg(id) {
  return encodeURIComponent(id);
}
