from app.core.errors import Forbidden, NotFound, PayloadTooLarge


class PersonNotFound(NotFound):
    code, title = "locations.person_not_found", "No such person among those you may see"


class BatchTooLarge(PayloadTooLarge):
    code, title = "locations.batch_too_large", "Send at most 1,000 pings per batch"


class NotAPerson(Forbidden):
    code, title = "locations.not_a_person", "Only a signed-in user records their location"
