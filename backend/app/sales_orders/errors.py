from app.core.errors import Conflict, NotFound


class SalesOrderNotFound(NotFound):
    code, title = "sales_orders.not_found", "Sales order not found"


class SalesOrderStatusConflict(Conflict):
    code, title = "sales_orders.invalid_transition", "The order's status does not allow this"


class SalesOrderNotEditable(Conflict):
    code, title = "sales_orders.not_editable", "Only a draft order can change"


class SalesOrderHasNoLines(Conflict):
    code, title = "sales_orders.no_lines", "An order needs at least one line"


class MilestonesLocked(Conflict):
    code, title = (
        "sales_orders.milestones_locked",
        "Milestones change only while the order is draft or confirmed and nothing is invoiced",
    )


class QuantityBeyondOrdered(Conflict):
    code, title = (
        "sales_orders.beyond_ordered",
        "More than the line's ordered quantity would be delivered or invoiced",
    )


class AmountBeyondPlanned(Conflict):
    code, title = (
        "sales_orders.beyond_planned",
        "More than the milestone's planned amount would be invoiced or collected",
    )


class BillingModeConflict(Conflict):
    code, title = (
        "sales_orders.billing_mode",
        "An order is billed either by its milestones or by delivered quantities",
    )


class NothingLeftToBill(Conflict):
    code, title = "sales_orders.nothing_to_bill", "Nothing is left to invoice"


class CreditLimitExceeded(Conflict):
    code, title = (
        "sales_orders.credit_limit_exceeded",
        "The order takes the customer over their credit limit",
    )


class ExternalIdTaken(Conflict):
    code, title = "sales_orders.external_id_taken", "Another sales order has this external id"
