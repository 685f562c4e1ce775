from app.core.errors import Conflict, NotFound, UnprocessableEntity, field_error


class TargetNotFound(NotFound):
    code, title = "targets.not_found", "Target not found"


class TargetExists(Conflict):
    code, title = "targets.exists", "This subject already has a target for the period"

    def __init__(self) -> None:
        super().__init__(
            "A target of this subject, period and currency exists: change that one instead"
        )


class PeriodMisaligned(UnprocessableEntity):
    code, title = "targets.period_misaligned", "The period does not start there"

    def __init__(self, msg: str) -> None:
        super().__init__(errors=[field_error("period_start", msg)])
