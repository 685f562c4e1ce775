from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.errors import Conflict, NotFound

if TYPE_CHECKING:
    from app.leads.schemas import DuplicateCandidate


class LeadNotFound(NotFound):
    code, title = "leads.not_found", "Lead not found"


class IllegalTransition(Conflict):
    code, title = "leads.illegal_transition", "The lead's status does not allow this"


class LeadConverted(Conflict):
    code, title = "leads.converted", "The lead was converted; change the customer or deal instead"


class ConvertedDifferently(Conflict):
    code, title = (
        "leads.converted_differently",
        "The lead was already converted, linked to another customer or contact",
    )


class PossibleDuplicates(Conflict):
    code, title = (
        "leads.possible_duplicates",
        'Leads or customers with the same details exist; send "allow_duplicate": true '
        "to create it anyway",
    )

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        super().__init__()
        self.candidates = candidates


class CustomerMayExist(PossibleDuplicates):
    """Converting a lead whose details match existing customers or contacts (same code,
    so clients show the candidates the same way)."""

    title = (
        'Customers with the same details exist; link one with "customer_id" or send '
        '"create_new_customer": true'
    )
