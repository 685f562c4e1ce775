/**
 * RFC 9457 problem details, as every error of the API is shaped:
 * {type, title, status, detail, code, request_id, errors?: [{loc, msg, type}]}.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string | null;
  requestId: string | null;
  fieldErrors: FieldProblem[];
}

const LOCATION_PREFIXES = new Set(["body", "query", "path", "header"]);

function fieldName(loc: unknown): string {
  if (!Array.isArray(loc)) return "";
  const parts = loc.map(String);
  if (parts.length > 1 && LOCATION_PREFIXES.has(parts[0]!)) parts.shift();
  return parts.join(".");
}

const text = (value: unknown): string | null => (typeof value === "string" && value ? value : null);

export function toProblem(status: number, body: unknown): Problem {
  const raw = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(raw.errors) ? (raw.errors as Record<string, unknown>[]) : [];
  return {
    status,
    code: text(raw.code) ?? `http_${status}`,
    title: text(raw.title) ?? `Request failed (${status})`,
    detail: text(raw.detail),
    requestId: text(raw.request_id),
    fieldErrors: errors.map((error) => ({
      field: fieldName(error.loc),
      message: text(error.msg) ?? "invalid",
    })),
  };
}

/** An error answer of the API, thrown by the client so screens can show `title`, `detail` and field errors. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

/** No answer arrived: offline, server down, or the connection dropped. */
export class NetworkError extends Error {
  constructor(message = "No connection to the server") {
    super(message);
    this.name = "NetworkError";
  }
}
