"""The iCalendar feed (RFC 5545) Google Calendar, Outlook and phones subscribe to."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Alarm, Calendar, Event

from app.activities.models import Activity, ActivityStatus, ActivityType
from app.core.clock import utcnow

DEFAULT_LENGTH = {
    ActivityType.CALL: timedelta(minutes=15),
    ActivityType.EMAIL: timedelta(minutes=15),
    ActivityType.TASK: timedelta(minutes=30),
    ActivityType.MEETING: timedelta(hours=1),
    ActivityType.APPOINTMENT: timedelta(hours=1),
}
STATUS = {
    ActivityStatus.PLANNED: "CONFIRMED",
    ActivityStatus.DONE: "CONFIRMED",
    ActivityStatus.CANCELLED: "CANCELLED",
}


def render_feed(owner_name: str, activities: list[Activity]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Sales Management System//Activities//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{owner_name}: sales activities")
    calendar.add("x-published-ttl", "PT15M")
    stamp = utcnow()
    for activity in activities:
        start = activity.scheduled_at
        end = activity.ends_at or start + DEFAULT_LENGTH[activity.type]
        event = Event()
        event.add("uid", f"{activity.id}@sales-management")
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", f"[{activity.type.value}] {activity.subject}")
        event.add("status", STATUS[activity.status])
        event.add("sequence", activity.version)
        event.add("last-modified", activity.updated_at)
        description = "\n\n".join(p for p in (activity.description, activity.outcome) if p)
        if description:
            event.add("description", description)
        if activity.location:
            event.add("location", activity.location)
        if activity.latitude is not None and activity.longitude is not None:
            event.add("geo", (activity.latitude, activity.longitude))
        if activity.reminder_at and activity.status is ActivityStatus.PLANNED:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", activity.subject)
            alarm.add("trigger", activity.reminder_at - start)
            event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
