from app.core.errors import Conflict, NotFound


class CustomerNotFound(NotFound):
    code, title = "customers.not_found", "Customer not found"


class ContactNotFound(NotFound):
    code, title = "contacts.not_found", "Contact not found"


class ExternalIdTaken(Conflict):
    code, title = "customers.external_id_taken", "Another customer has this external id"


class CustomerArchived(Conflict):
    code, title = "customers.archived", "The customer is archived"
