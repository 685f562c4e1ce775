from app.core.errors import Forbidden, NotFound


class SavedViewNotFound(NotFound):
    code, title = "saved_views.not_found", "Saved view not found"


class NotViewOwner(Forbidden):
    code, title = "saved_views.not_owner", "Only the person who saved this view may change it"
