from app.core.errors import Conflict, NotFound


class WarehouseNotFound(NotFound):
    code, title = "warehouses.not_found", "Warehouse not found"


class WarehouseCodeTaken(Conflict):
    code, title = "warehouses.code_taken", "Another warehouse has this code"


class WarehouseInactive(Conflict):
    code, title = "warehouses.inactive", "The warehouse is inactive: no stock goes there"


class StockMoveNotFound(NotFound):
    code, title = "stock.move_not_found", "Stock move not found"


class InsufficientStock(Conflict):
    code, title = (
        "stock.insufficient",
        "Not enough available stock (on hand less reserved) for this",
    )


class AlreadyReserved(Conflict):
    code, title = (
        "stock.already_reserved",
        "This document line already holds a reservation for another product or warehouse",
    )
