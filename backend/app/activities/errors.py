from app.core.errors import Conflict, NotFound, UnprocessableEntity


class ActivityNotFound(NotFound):
    code, title = "activities.not_found", "Activity not found"


class CalendarNotFound(NotFound):
    code, title = "calendar.not_found", "No calendar feed at this address"


class ActivityClosed(Conflict):
    code, title = "activities.closed", "The activity is already done or cancelled"


class ActivityNeedsTime(UnprocessableEntity):
    code, title = "activities.needs_time", "Meetings and appointments need a start time"


class AgendaRangeTooLong(UnprocessableEntity):
    code, title = "activities.range_too_long", "Ask for at most 62 days at a time"
