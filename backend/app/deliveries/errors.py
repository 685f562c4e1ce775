from app.core.errors import Conflict, NotFound


class DeliveryNotFound(NotFound):
    code, title = "deliveries.not_found", "Delivery not found"


class DeliveryStatusConflict(Conflict):
    code, title = "deliveries.invalid_transition", "The delivery's status does not allow this"


class OrderNotDeliverable(Conflict):
    code, title = (
        "deliveries.order_not_deliverable",
        "Only a confirmed or partly delivered order is delivered",
    )


class NothingToDeliver(Conflict):
    code, title = "deliveries.nothing_outstanding", "Every line of the order is delivered"
