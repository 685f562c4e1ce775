from app.core.errors import Conflict, NotFound, Unauthorized


class ApiKeyNotFound(NotFound):
    code, title = "api_keys.not_found", "API key not found"


class InvalidApiKey(Unauthorized):
    code, title = "api_keys.invalid", "The API key is not valid"


class ApiKeyRevoked(Unauthorized):
    code, title = "api_keys.revoked", "The API key was revoked"


class ApiKeyExpired(Unauthorized):
    code, title = "api_keys.expired", "The API key has expired"


class ApiKeyInactive(Conflict):
    code, title = "api_keys.inactive", "The API key is revoked or expired"
