from app.core.errors import NotFound


class DiscountLimitNotFound(NotFound):
    code, title = "discount_limits.not_found", "No discount limit for this role"
