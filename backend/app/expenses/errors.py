from app.core.errors import Conflict, Forbidden, NotFound


class ExpenseReportNotFound(NotFound):
    code, title = "expenses.not_found", "Expense report not found"


class ExpenseLineNotFound(NotFound):
    code, title = "expenses.line_not_found", "Expense line not found"


class ReportLocked(Conflict):
    code, title = "expenses.locked", "The report is submitted or decided: it cannot change"


class WrongStatus(Conflict):
    code, title = "expenses.wrong_status", "The report is not in a state that allows this"


class EmptyReport(Conflict):
    code, title = "expenses.empty", "A report without lines cannot be submitted"


class NotYours(Forbidden):
    code, title = "expenses.not_yours", "Only the report's owner may do this"


class OwnReport(Forbidden):
    code, title = "expenses.own_report", "Nobody decides on their own expense report"
