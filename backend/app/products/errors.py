from app.core.errors import Conflict, NotFound


class ProductNotFound(NotFound):
    code, title = "products.not_found", "Product not found"


class ProductGroupNotFound(NotFound):
    code, title = "product_groups.not_found", "Product group not found"


class SkuTaken(Conflict):
    code, title = "products.sku_taken", "Another product has this SKU"


class ExternalIdTaken(Conflict):
    code, title = "products.external_id_taken", "Another product has this external id"


class GroupNameTaken(Conflict):
    code, title = "product_groups.name_taken", "Another product group has this name"


class GroupInUse(Conflict):
    code, title = "product_groups.in_use", "Products are in this group"
