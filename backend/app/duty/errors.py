from app.core.errors import Conflict, Forbidden, NotFound


class DutyDayNotFound(NotFound):
    code, title = "duty.not_found", "Duty day not found"


class DutyAlreadyStarted(Conflict):
    code, title = "duty.already_started", "Your working day is already started: end it first"


class DutyAlreadyEnded(Conflict):
    code, title = "duty.already_ended", "This working day has already ended"


class NotAPerson(Forbidden):
    code, title = "duty.not_a_person", "Only a signed-in user has working days"
