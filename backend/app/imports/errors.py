from app.core.errors import Conflict, NotFound


class ImportNotFound(NotFound):
    code, title = "imports.not_found", "Import not found"


class NotAwaitingRun(Conflict):
    code, title = "imports.not_awaiting_run", "This import is not waiting to be run"
