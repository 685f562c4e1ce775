from app.core.errors import Conflict, NotFound


class OpportunityNotFound(NotFound):
    code, title = "opportunities.not_found", "Opportunity not found"


class OpportunityClosed(Conflict):
    code, title = "opportunities.closed", "The opportunity is closed (won or lost)"


class AlreadyInStage(Conflict):
    code, title = "opportunities.already_in_stage", "The opportunity is already in this stage"


class OpportunityNotClosed(Conflict):
    code, title = "opportunities.not_closed", "Only a won or lost opportunity can be reopened"
