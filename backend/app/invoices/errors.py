from app.core.errors import Conflict, NotFound


class InvoiceNotFound(NotFound):
    code, title = "invoices.not_found", "Invoice not found"


class InvoiceStatusConflict(Conflict):
    code, title = "invoices.invalid_transition", "The invoice's status does not allow this"


class InvoiceHasNoLines(Conflict):
    code, title = "invoices.no_lines", "An invoice needs at least one line to be issued"


class NotAnInvoice(Conflict):
    code, title = "invoices.not_an_invoice", "A credit note is not credited or paid"


class CreditExceedsOpenAmount(Conflict):
    code, title = (
        "invoices.credit_exceeds_open_amount",
        "A credit note may not credit more than the invoice's open amount",
    )


class ExternalIdTaken(Conflict):
    code, title = "invoices.external_id_taken", "Another invoice has this external id"
