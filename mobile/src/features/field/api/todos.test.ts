import { deleteTodo, moveTodo, orderTodos, updateTodo, type LocalTodo } from "./todos";

const todo = (id: string, position: number, extra: Partial<LocalTodo> = {}): LocalTodo => ({
  id,
  created_at: "2026-11-29T08:00:00Z",
  updated_at: "2026-11-29T08:00:00Z",
  version: 3,
  owner_id: "me",
  title: `To-do ${id}`,
  notes: null,
  due_date: null,
  priority: "normal",
  is_done: false,
  done_at: null,
  customer_id: null,
  lead_id: null,
  opportunity_id: null,
  position,
  ...extra,
});

describe("to-dos", () => {
  const open = [todo("a", 1), todo("b", 2), todo("c", 3)];

  it("lists open ones by position, then done ones, and hides those deleted on the phone", () => {
    const listed = orderTodos([
      todo("c", 3),
      todo("x", 0, { is_done: true, done_at: "2026-11-29T09:00:00Z" }),
      todo("a", 1),
      todo("gone", 1.5, { deleted_locally: true }),
      todo("b", 2),
    ]);
    expect(listed.map((item) => item.id)).toEqual(["a", "b", "c", "x"]);
  });

  it("moves one up: the server is told what it follows, the phone shows it there at once", () => {
    const moved = moveTodo(open, "c", "up")!;
    expect(moved.write).toEqual(expect.objectContaining({ path: "/api/v1/todos/c/move", body: { after_id: "a" } }));
    expect(orderTodos([open[0]!, open[1]!, moved.local]).map((item) => item.id)).toEqual(["a", "c", "b"]);

    const top = moveTodo(open, "b", "up")!;
    expect(top.write.body).toEqual({ after_id: null });
    expect(orderTodos([open[0]!, top.local, open[2]!]).map((item) => item.id)).toEqual(["b", "a", "c"]);
  });

  it("moves one down, and not past either end", () => {
    const moved = moveTodo(open, "a", "down")!;
    expect(moved.write.body).toEqual({ after_id: "b" });
    expect(orderTodos([moved.local, open[1]!, open[2]!]).map((item) => item.id)).toEqual(["b", "a", "c"]);
    expect(moveTodo(open, "c", "down")).toBeNull();
    expect(moveTodo(open, "a", "up")).toBeNull();
  });

  it("edits and deletes against the version they were made on", () => {
    const done = updateTodo(open[0]!, { is_done: true }, "2026-11-29T10:00:00Z");
    expect(done.write).toEqual(expect.objectContaining({ method: "PATCH", ifMatch: 3, body: { is_done: true } }));
    expect(done.local).toEqual(expect.objectContaining({ is_done: true, done_at: "2026-11-29T10:00:00Z" }));
    const gone = deleteTodo(open[1]!);
    expect(gone.write).toEqual(expect.objectContaining({ method: "DELETE", ifMatch: 3, path: "/api/v1/todos/b" }));
    expect(gone.local.deleted_locally).toBe(true);
  });
});
