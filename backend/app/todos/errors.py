from app.core.errors import NotFound


class TodoNotFound(NotFound):
    code, title = "todos.not_found", "To-do not found"
