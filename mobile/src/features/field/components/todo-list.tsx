import { Ionicons } from "@expo/vector-icons";
import { useState } from "react";
import { Pressable, StyleSheet, Text, View } from "react-native";

import { Button, Card, ChoiceChips, EmptyState, Muted, TextField } from "@/components/ui";
import { WriteStateBadge } from "@/components/write-state-badge";
import { formatDate } from "@/lib/format";
import { colors, font, space } from "@/theme";

import { PRIORITY_LABELS, type LocalTodo, type TodoPriority } from "../api/todos";
import { useTodoActions, useTodos } from "../hooks/use-field";

const PRIORITIES = (Object.keys(PRIORITY_LABELS) as TodoPriority[]).map((value) => ({ value, label: PRIORITY_LABELS[value] }));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function IconButton({ name, label, onPress, disabled, testID }: {
  name: keyof typeof Ionicons.glyphMap;
  label: string;
  onPress: () => void;
  disabled?: boolean;
  testID?: string;
}) {
  return (
    <Pressable
      accessibilityRole="button"
      accessibilityLabel={label}
      disabled={disabled}
      onPress={onPress}
      hitSlop={6}
      style={[styles.icon, disabled ? styles.iconDisabled : null]}
      testID={testID}
    >
      <Ionicons name={name} size={22} color={colors.primary} />
    </Pressable>
  );
}

function TodoRow({ todo, first, last }: { todo: LocalTodo; first: boolean; last: boolean }) {
  const actions = useTodoActions();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(todo.title);
  return (
    <Card testID={`todo-${todo.id}`}>
      <View style={styles.row}>
        <IconButton
          name={todo.is_done ? "checkbox" : "square-outline"}
          label={todo.is_done ? `Mark not done: ${todo.title}` : `Mark done: ${todo.title}`}
          onPress={() => void actions.update(todo, { is_done: !todo.is_done })}
          testID={`todo-done-${todo.id}`}
        />
        {editing ? (
          <View style={styles.grow}>
            <TextField label="Title" value={title} onChangeText={setTitle} testID={`todo-title-${todo.id}`} />
            <Button
              label="Save"
              disabled={!title.trim()}
              onPress={() => {
                setEditing(false);
                if (title.trim() !== todo.title) void actions.update(todo, { title: title.trim() });
              }}
              testID={`todo-save-${todo.id}`}
            />
          </View>
        ) : (
          <Pressable style={styles.grow} onPress={() => setEditing(true)} accessibilityLabel={`Edit ${todo.title}`}>
            <Text style={[styles.title, todo.is_done ? styles.done : null]}>{todo.title}</Text>
            <View style={styles.meta}>
              {todo.due_date ? <Muted>Due {formatDate(todo.due_date)}</Muted> : null}
              {todo.priority !== "normal" ? <Muted>{PRIORITY_LABELS[todo.priority]} priority</Muted> : null}
              <WriteStateBadge entityId={todo.id} />
            </View>
          </Pressable>
        )}
      </View>
      {!editing ? (
        <View style={styles.tools}>
          {!todo.is_done ? (
            <>
              <IconButton name="arrow-up" label={`Move up: ${todo.title}`} disabled={first} onPress={() => void actions.move(todo.id, "up")} testID={`todo-up-${todo.id}`} />
              <IconButton name="arrow-down" label={`Move down: ${todo.title}`} disabled={last} onPress={() => void actions.move(todo.id, "down")} testID={`todo-down-${todo.id}`} />
            </>
          ) : null}
          <IconButton name="trash-outline" label={`Delete: ${todo.title}`} onPress={() => void actions.remove(todo)} testID={`todo-delete-${todo.id}`} />
        </View>
      ) : null}
    </Card>
  );
}

export function TodoList() {
  const todos = useTodos();
  const actions = useTodoActions();
  const [title, setTitle] = useState("");
  const [due, setDue] = useState("");
  const [priority, setPriority] = useState<TodoPriority>("normal");
  const dueProblem = due.trim() && !DATE.test(due.trim()) ? "Use YYYY-MM-DD" : null;
  const open = (todos.data ?? []).filter((todo) => !todo.is_done);

  const add = async () => {
    if (!title.trim() || dueProblem) return;
    await actions.add(title, due.trim() || null, priority);
    setTitle("");
    setDue("");
    setPriority("normal");
  };

  return (
    <View testID="todo-list">
      <Card>
        <TextField label="New to-do" value={title} onChangeText={setTitle} placeholder="What needs doing?" testID="todo-new-title" />
        <TextField label="Due (YYYY-MM-DD, optional)" value={due} onChangeText={setDue} error={dueProblem} testID="todo-new-due" />
        <ChoiceChips label="Priority" choices={PRIORITIES} value={priority} onChange={setPriority} />
        <Button label="Add to-do" disabled={!title.trim()} onPress={() => void add()} testID="todo-add" />
      </Card>
      {todos.data?.length === 0 ? <EmptyState message="Nothing to do. Add a to-do above." /> : null}
      {todos.data?.map((todo) => (
        <TodoRow
          key={`${todo.id}-${todo.version}-${todo.title}`}
          todo={todo}
          first={open[0]?.id === todo.id}
          last={open[open.length - 1]?.id === todo.id}
        />
      ))}
    </View>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: "row", alignItems: "flex-start", gap: space.sm },
  grow: { flex: 1 },
  title: { fontSize: font.body, color: colors.text, fontWeight: "600", paddingTop: 2 },
  done: { textDecorationLine: "line-through", color: colors.muted },
  meta: { flexDirection: "row", gap: space.sm, flexWrap: "wrap", marginTop: 2 },
  tools: { flexDirection: "row", justifyContent: "flex-end", gap: space.md, marginTop: space.xs },
  icon: { padding: 2 },
  iconDisabled: { opacity: 0.3 },
});
