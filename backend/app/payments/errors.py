from app.core.errors import NotFound


class PaymentNotFound(NotFound):
    code, title = "payments.not_found", "Payment not found"
