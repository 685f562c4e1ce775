from app.core.errors import Conflict, NotFound


class QuoteNotFound(NotFound):
    code, title = "quotes.not_found", "Quote not found"


class QuoteStatusConflict(Conflict):
    code, title = "quotes.invalid_transition", "The quote's status does not allow this"


class QuoteNotEditable(Conflict):
    code, title = "quotes.not_editable", "Only a draft, pending, approved or sent quote can change"


class QuoteSuperseded(Conflict):
    code, title = "quotes.superseded", "A later revision of this quote exists; it is read-only"


class ApprovalRequired(Conflict):
    code, title = (
        "quotes.approval_required",
        "The quote is not approved as it stands: submit it (again) for approval",
    )


class ApproverLimitExceeded(Conflict):
    code, title = (
        "quotes.beyond_approver_limit",
        "A line's discount is above the approver's own limit",
    )


class CannotApproveOwnQuote(Conflict):
    code, title = "quotes.own_quote", "The author of a quote cannot approve it"


class QuoteExpired(Conflict):
    code, title = "quotes.expired", "The quote's validity date has passed"


class QuoteHasNoLines(Conflict):
    code, title = "quotes.no_lines", "A quote needs at least one line that is not optional"


class AlreadyAccepted(Conflict):
    code, title = "quotes.already_accepted", "The quote was accepted with other optional lines"
