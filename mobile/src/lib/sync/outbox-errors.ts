import { toProblem } from "../api/problem";
import type { OutboxError, OutboxItem, OutboxResponse } from "./outbox-types";

/**
 * An edit (PATCH) refused because someone else saved the record first: its fields
 * can be compared with the saved ones, and the person decides which to keep.
 */
export function needsDecision(item: OutboxItem): boolean {
  return item.status === "failed" && item.lastError?.kind === "stale" && item.method === "PATCH" && item.body !== null;
}

/** Answers worth retrying as they are: the server or the network was the problem, not the request. */
export function isTransient(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** What the phone says for refusals whose server title speaks to API clients, not to people. */
const TITLES: Record<string, string> = {
  "leads.possible_duplicates": "Possible duplicate: a lead or customer with the same details exists",
};

/** Turns a 4xx answer into what the sync screen says and offers. */
export function describeRejection(response: OutboxResponse, editable: boolean): OutboxError {
  const found = toProblem(response.status, response.body);
  const problem = { ...found, title: TITLES[found.code] ?? found.title };
  const candidates = (response.body as { candidates?: unknown } | null)?.candidates;
  const base = {
    hints: Array.isArray(candidates) ? candidates.map(describeCandidate) : [],
    status: response.status,
    code: problem.code,
    title: problem.title,
    detail: problem.detail,
    fieldErrors: problem.fieldErrors,
  };
  switch (response.status) {
    case 422:
    case 400:
      return { ...base, kind: "validation", action: editable ? "edit" : "discard" };
    case 412:
      return { ...base, kind: "stale", action: "reload" };
    case 409:
      return { ...base, kind: "conflict", action: "discard" };
    case 401:
      return { ...base, kind: "auth", action: "sign-in" };
    default:
      return { ...base, kind: "rejected", action: "discard" };
  }
}

export function networkError(message: string): OutboxError {
  return {
    kind: "network",
    status: null,
    code: null,
    title: "Waiting for a connection",
    detail: message,
    fieldErrors: [],
    action: "wait",
  };
}

/** The server answers other requests, but this write's answer never came (timeout, reset). */
export function lostAnswer(message: string): OutboxError {
  return {
    kind: "network",
    status: null,
    code: null,
    title: "No answer to this change",
    detail: message,
    fieldErrors: [],
    action: "wait",
  };
}

/** After too many failed attempts: the write waits for the person, and others go on. */
export function setAside(last: OutboxError, attempts: number): OutboxError {
  const cause = [last.title, last.status ? `(${last.status})` : null].filter(Boolean).join(" ");
  return {
    ...last,
    title: `Set aside after ${attempts} failed attempts`,
    detail: `Last time: ${cause}. It is not sent again until you retry it.`,
    action: "retry",
  };
}

export function serverError(response: OutboxResponse): OutboxError {
  const problem = toProblem(response.status, response.body);
  return {
    kind: "server",
    status: response.status,
    code: problem.code,
    title: problem.title,
    detail: problem.detail ?? "The server could not take it now; it will be sent again.",
    fieldErrors: [],
    action: "wait",
  };
}

/** A possible twin the server found, named only when the caller may see it. */
function describeCandidate(candidate: { kind?: string; name?: string | null; match_field?: string }): string {
  const who = candidate.name ?? "someone you cannot see";
  return `Same ${candidate.match_field ?? "details"} as ${candidate.kind ?? "record"} ${who}`;
}

/** An upload whose file is gone from the phone (it cannot be sent again). */
export function fileMissing(): OutboxError {
  return {
    kind: "rejected",
    status: null,
    code: "files.missing_on_phone",
    title: "The photo is no longer on the phone",
    detail: "Discard this upload and take the photo again.",
    fieldErrors: [],
    action: "discard",
  };
}
