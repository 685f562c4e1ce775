from app.core.errors import NotFound


class NotificationNotFound(NotFound):
    code, title = "notifications.not_found", "Notification not found"
