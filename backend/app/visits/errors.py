from app.core.errors import Conflict, Forbidden, NotFound


class VisitNotFound(NotFound):
    code, title = "visits.not_found", "Visit not found"


class VisitReportNotFound(NotFound):
    code, title = "visits.report_not_found", "This visit has no report yet"


class VisitClosed(Conflict):
    code, title = "visits.closed", "The visit is no longer planned (checked in, done or cancelled)"


class AlreadyCheckedIn(Conflict):
    code, title = "visits.already_checked_in", "The visit is already checked into"


class NotCheckedIn(Conflict):
    code, title = "visits.not_checked_in", "Check in before checking out"


class NotVisited(Conflict):
    code, title = "visits.not_visited", "Only a visit checked into has a report"


class AlreadyReported(Conflict):
    code, title = "visits.already_reported", "This visit has a report: change it instead"


class NotYourVisit(Forbidden):
    code, title = "visits.not_yours", "Only the person making the visit checks in, out and reports"
