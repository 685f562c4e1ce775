from app.core.errors import Conflict, NotFound


class TaxCategoryNotFound(NotFound):
    code, title = "taxes.not_found", "Tax category not found"


class TaxCodeTaken(Conflict):
    code, title = "taxes.code_taken", "Another tax category has this code"
