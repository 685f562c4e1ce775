from typing import Any, ClassVar

from app.core.errors import AppError, TooManyRequests, Unauthorized


class BadCredentials(Unauthorized):
    code, title = "auth.bad_credentials", "Wrong email or password"
    keeps_changes = True  # the failed attempt stays in the login report


class InvalidRefreshToken(Unauthorized):
    code, title = "auth.invalid_refresh_token", "The refresh token is invalid, expired or revoked"
    keeps_changes = True  # a reused token's family stays revoked


class InvalidAccessToken(Unauthorized):
    code, title = "auth.invalid_token", "The access token is invalid or expired"


class LoginThrottled(TooManyRequests):
    code, title = "auth.throttled", "Too many failed logins; try again later"
    keeps_changes = True


class OAuthError(AppError):
    """An error of the OAuth2 token endpoint (RFC 6749 §5.2): a problem body that also
    carries the ``error`` member OAuth2 client libraries read."""

    status, code, title = 400, "oauth.invalid_request", "The token request is malformed"
    error: ClassVar[str] = "invalid_request"

    def extensions(self) -> dict[str, Any]:
        return {"error": self.error}


class InvalidClient(OAuthError):
    status, code, title = 401, "oauth.invalid_client", "Client authentication failed"
    error = "invalid_client"


class UnsupportedGrantType(OAuthError):
    code, title = "oauth.unsupported_grant_type", "Only grant_type client_credentials is supported"
    error = "unsupported_grant_type"


class InvalidScope(OAuthError):
    code, title = "oauth.invalid_scope", "The scope asked for is not the key's"
    error = "invalid_scope"


class CallerGone(Unauthorized):
    code, title = "auth.caller_gone", "The person who asked for this is no longer an active user"
