"""Settings: read once from the environment (``SALES_*`` and ``DATABASE_URL``), cached."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.core.regions import GST_STATES

REPO_ROOT = Path(__file__).resolve().parents[3]
# The embedded PostgreSQL cluster of ``make run`` (app/core/embedded_postgres.py); the
# default URL reaches it through its Unix socket.
EMBEDDED_DATA_DIR = REPO_ROOT / "var" / "postgres"
DEFAULT_DATABASE_URL = f"postgresql+asyncpg://postgres@/sales?host={EMBEDDED_DATA_DIR / 'run'}"
DEV_SECRET = "dev-only-secret-change-me-0123456789abcdef"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SALES_", extra="ignore")

    environment: str = "dev"
    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        validation_alias=AliasChoices("DATABASE_URL", "SALES_DATABASE_URL"),
    )
    secret_key: str = DEV_SECRET
    access_token_minutes: int = 15
    refresh_token_days: int = 30
    # A refresh token spent this recently may be presented again (tabs refreshing at once).
    refresh_reuse_grace_seconds: int = 30
    login_max_failures: int = 10  # per account and client address
    login_max_failures_per_address: int = 30  # per client address, all accounts
    login_window_minutes: int = 15
    max_body_bytes: int = 1_048_576
    cors_origins: list[str] = ["*"]
    # Where users reach the system: links handed out (the calendar feed) are built from
    # it, never from a request's Host header.
    public_url: str = "http://127.0.0.1:8000"
    # Where the web app's map may load tiles from (its Content-Security-Policy).
    csp_img_sources: list[str] = ["https://*.tile.openstreetmap.org"]
    web_dist: Path | None = None
    log_json: bool = False
    # How long a stored Idempotency-Key answer replays; a retry after that is a new
    # request (creates are still safe: the phone sends its own ids).
    idempotency_retention_hours: int = 72
    # The month the fiscal year starts (India: April); document numbers restart then.
    fiscal_year_start_month: int = Field(default=4, ge=1, le=12)
    # The GST state code of the company's registration (core/regions.py): a customer whose
    # place of supply is this state pays CGST + SGST, any other IGST (core/tax.py).
    company_state_code: str = Field(default="29", pattern=r"^[0-9]{2}$")

    @model_validator(mode="after")
    def _known_company_state(self) -> Settings:
        if self.company_state_code not in GST_STATES:
            raise ValueError("SALES_COMPANY_STATE_CODE must be a GST state code, e.g. 29")
        return self

    @model_validator(mode="after")
    def _refuse_weak_secrets_outside_dev(self) -> Settings:
        if self.environment not in {"dev", "test"} and (
            self.secret_key == DEV_SECRET or len(self.secret_key) < 32
        ):
            raise ValueError("SALES_SECRET_KEY must be set to at least 32 random bytes outside dev")
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
