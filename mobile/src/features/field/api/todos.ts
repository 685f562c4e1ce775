/**
 * My to-do list: ordered by position (my manual order), kept offline. Edits and
 * deletes carry the version they were made on (If-Match), so no one's edit is
 * overwritten silently; moves name the to-do to follow (the server numbers them).
 */
import type { components } from "@/lib/api/schema.gen";
import type { RecordSchema } from "@/lib/local-records";
import type { SyncedKind } from "@/lib/sync/pull";
import type { Applier } from "@/lib/sync/sync-provider";

export type Todo = components["schemas"]["TodoRead"];
export type TodoPriority = Todo["priority"];
export type TodoUpdate = components["schemas"]["TodoUpdate"];

/** A to-do deleted on the phone stays hidden until the server's tombstone removes it. */
export type LocalTodo = Todo & { deleted_locally?: boolean };

export const PRIORITY_LABELS: Record<TodoPriority, string> = { low: "Low", normal: "Normal", high: "High" };

export const todoSchema: RecordSchema<LocalTodo> = {
  search: (todo) => [todo.title, todo.notes].filter(Boolean).join(" "),
  parentId: (todo) => todo.customer_id ?? todo.lead_id ?? todo.opportunity_id ?? null,
};

export const todosSync: SyncedKind<LocalTodo> = { kind: "todos" };

/** The list as shown: open ones by position, then done ones (newest done first); deleted ones hidden. */
export function orderTodos(todos: LocalTodo[]): LocalTodo[] {
  const visible = todos.filter((todo) => !todo.deleted_locally);
  const open = visible.filter((todo) => !todo.is_done).sort((a, b) => a.position - b.position || a.created_at.localeCompare(b.created_at));
  const done = visible.filter((todo) => todo.is_done).sort((a, b) => (b.done_at ?? "").localeCompare(a.done_at ?? ""));
  return [...open, ...done];
}

export function createTodo({
  id,
  title,
  dueDate,
  priority,
  position,
  now,
}: {
  id: string;
  title: string;
  dueDate: string | null;
  priority: TodoPriority;
  position: number;
  now: string;
}) {
  const body = { id, title: title.trim(), due_date: dueDate, priority };
  const local: LocalTodo = {
    id,
    created_at: now,
    updated_at: now,
    version: 0,
    owner_id: "",
    title: body.title,
    notes: null,
    due_date: dueDate,
    priority,
    is_done: false,
    done_at: null,
    customer_id: null,
    lead_id: null,
    opportunity_id: null,
    position,
  };
  const write = {
    kind: "todos.create",
    label: `To-do: ${body.title}`,
    method: "POST" as const,
    path: "/api/v1/todos",
    body,
    entityKind: "todos",
    entityId: id,
  };
  return { local, write };
}

export function updateTodo(todo: LocalTodo, changes: TodoUpdate, now: string) {
  const local: LocalTodo = {
    ...todo,
    ...(changes as Partial<Todo>),
    done_at: changes.is_done === undefined ? todo.done_at : changes.is_done ? now : null,
    updated_at: now,
  };
  const write = {
    kind: "todos.update",
    label: changes.is_done !== undefined ? `${changes.is_done ? "Done" : "Not done"}: ${todo.title}` : `Edit to-do: ${todo.title}`,
    method: "PATCH" as const,
    path: `/api/v1/todos/${todo.id}`,
    body: changes,
    ifMatch: todo.version,
    entityKind: "todos",
    entityId: todo.id,
  };
  return { local, write };
}

export function deleteTodo(todo: LocalTodo) {
  const local: LocalTodo = { ...todo, deleted_locally: true };
  const write = {
    kind: "todos.delete",
    label: `Delete to-do: ${todo.title}`,
    method: "DELETE" as const,
    path: `/api/v1/todos/${todo.id}`,
    ifMatch: todo.version,
    entityKind: "todos",
    entityId: todo.id,
  };
  return { local, write };
}

/**
 * Moves an open to-do one place up or down among the open ones: the server is told
 * which to-do it now follows (null: first); the phone shows it there at once.
 */
export function moveTodo(open: LocalTodo[], todoId: string, direction: "up" | "down") {
  const index = open.findIndex((todo) => todo.id === todoId);
  const target = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= open.length) return null;
  const todo = open[index]!;
  const others = open.filter((candidate) => candidate.id !== todoId);
  // Where it lands among the others: before what is now at `target` in the list without it.
  const before = others[target - 1] ?? null;
  const after = others[target] ?? null;
  const position =
    before && after ? (before.position + after.position) / 2 : before ? before.position + 1 : after ? after.position - 1 : todo.position;
  const local: LocalTodo = { ...todo, position };
  const write = {
    kind: "todos.move",
    label: `Move to-do: ${todo.title}`,
    method: "POST" as const,
    path: `/api/v1/todos/${todo.id}/move`,
    body: { after_id: before ? before.id : null },
    entityKind: "todos",
    entityId: todo.id,
  };
  return { local, write };
}

/** A new to-do goes to the end of the list. */
export function nextPosition(todos: LocalTodo[]): number {
  return todos.reduce((max, todo) => Math.max(max, todo.position), 0) + 1;
}

/** The server deleted it (204, no body): the row goes in the transaction that settles the write. */
export const todoDeleteApplier: Applier = async (records, item) => {
  if (item.entityId) await records.removeServer("todos", item.entityId);
};
