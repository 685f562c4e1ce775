import { Screen } from "@/components/ui";
import { TodoList } from "@/features/field/components/todo-list";

export default function TodosScreen() {
  return (
    <Screen testID="todos-screen">
      <TodoList />
    </Screen>
  );
}
