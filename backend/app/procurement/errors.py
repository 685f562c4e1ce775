from app.core.errors import Conflict, NotFound


class ProcurementRequestNotFound(NotFound):
    code, title = "procurement.not_found", "Procurement request not found"


class ProcurementStatusConflict(Conflict):
    code, title = (
        "procurement.invalid_transition",
        "The procurement request's status does not allow this",
    )


class OverReceipt(Conflict):
    code, title = (
        "procurement.over_receipt",
        "More than the request's outstanding quantity was received",
    )
