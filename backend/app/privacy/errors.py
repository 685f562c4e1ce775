from app.core.errors import Conflict, NotFound


class PrivacyNotFound(NotFound):
    """Also the answer to anyone without privacy:manage: the area is out of their sight."""

    code, title = "privacy.not_found", "Not found"


class SubjectNotFound(NotFound):
    code, title = "privacy.subject_not_found", "No such contact or lead"


class ErasureNotFound(NotFound):
    code, title = "privacy.erasure_not_found", "Erasure not found"


class ErasureRaced(Conflict):
    code, title = "privacy.erasure_raced", "The person is being erased by another request"
