from app.core.errors import Conflict, NotFound


class ExportNotFound(NotFound):
    code, title = "exports.not_found", "Export not found"


class ExportNotReady(Conflict):
    code, title = "exports.not_ready", "The export's file is not written yet"


class ExportFileMissing(NotFound):
    code, title = "exports.file_missing", "The export's file is missing from the store"
