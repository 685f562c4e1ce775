from app.core.errors import NotFound, UnprocessableEntity, field_error


class WebhookNotFound(NotFound):
    code, title = "webhooks.not_found", "Webhook not found"


class DeliveryNotFound(NotFound):
    code, title = "webhooks.delivery_not_found", "Webhook delivery not found"


class ReplayTooLarge(UnprocessableEntity):
    code = "webhooks.replay_too_large"

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"The range holds more than {limit} events, the most replayed at once; "
            "replay shorter ranges",
            errors=[field_error("until", f"the range holds more than {limit} events")],
        )
