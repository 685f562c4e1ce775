from app.core.errors import TooManyRequests, Unauthorized


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
