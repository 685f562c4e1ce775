"""Settings: read once from the environment (``SALES_*`` and ``DATABASE_URL``), cached."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.core.regions import GST_STATES

REPO_ROOT = Path(__file__).resolve().parents[3]
# The embedded PostgreSQL cluster of ``make run`` (app/core/embedded_postgres.py); the
# default URL reaches it through its Unix socket.
EMBEDDED_DATA_DIR = REPO_ROOT / "var" / "postgres"
# Uploaded files (photos, receipts) when no S3-compatible store is configured.
DEFAULT_FILES_DIR = REPO_ROOT / "var" / "files"
DEFAULT_DATABASE_URL = f"postgresql+asyncpg://postgres@/sales?host={EMBEDDED_DATA_DIR / 'run'}"
DEV_SECRET = "dev-only-secret-change-me-0123456789abcdef"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SALES_", extra="ignore")

    environment: str = "dev"
    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        validation_alias=AliasChoices("DATABASE_URL", "SALES_DATABASE_URL"),
    )
    # Connections each API process keeps open. Requests beyond it get overflow
    # connections that are opened and closed per request (a connection set-up, its
    # type introspection and its statement cache lost each time), so it should cover
    # the requests one process serves at once.
    db_pool_size: int = Field(default=20, ge=1)
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
    # Operations (docs/operations.md): the scraper's bearer token for /metrics (unset:
    # no /metrics); requests a minute per API key; Redis for counts shared by API
    # processes (unset: PostgreSQL keeps them).
    metrics_token: str | None = None
    api_key_rate_limit: int = Field(default=600, gt=0)
    redis_url: str | None = None
    # How long a stored Idempotency-Key answer replays; a retry after that is a new
    # request (creates are still safe: the phone sends its own ids).
    idempotency_retention_hours: int = 72
    # The month the fiscal year starts (India: April); document numbers restart then.
    fiscal_year_start_month: int = Field(default=4, ge=1, le=12)
    # The forecast's commit: open deals at least this likely to close (percent), with
    # what was won (reports/forecast; decision 0044).
    forecast_commit_probability: int = Field(default=70, ge=1, le=100)
    # The GST state code of the company's registration (core/regions.py): a customer whose
    # place of supply is this state pays CGST + SGST, any other IGST (core/tax.py).
    company_state_code: str = Field(default="29", pattern=r"^[0-9]{2}$")
    # The letterhead of printed documents (quote and invoice PDFs, core/documents.py).
    # The defaults are the demo company's; set them to your own.
    company_name: str = "Sahyadri Pumps & Valves Pvt Ltd"
    company_address: list[str] = [
        "Plot 42, KIADB Industrial Area, Peenya 2nd Stage",
        "Bengaluru, Karnataka 560058, India",
    ]
    # Empty: none printed (an unregistered business).
    company_gstin: str | None = Field(
        default="29AAKCS4821M1ZQ", pattern=r"^([0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z])?$"
    )
    company_phone: str | None = "+91 80 4123 4567"
    company_email: str | None = "sales@sahyadri-pumps.example"
    # Printed on invoices under "Bank details" (empty: none printed).
    company_bank_details: list[str] = [
        "Sahyadri Pumps & Valves Pvt Ltd, current account 50200012345678",
        "HDFC Bank, Peenya branch, IFSC HDFC0001234",
    ]
    # Field work (docs/decisions/0023-field-work-locations-and-check-ins.md).
    # The company's calendar day, local midnight to midnight in this zone: duty days, pings
    # and routes, and every business date (docs/decisions/0047-the-company-s-day.md).
    field_timezone: str = "Asia/Kolkata"
    # A ping recorded further ahead than this (a phone clock set wrong) is refused.
    location_max_future_minutes: int = Field(default=10, ge=0)
    # Points less precise than this are left out of a day's distance (and its track).
    location_max_accuracy_m: float = Field(default=100.0, gt=0)
    # A hop implying more than this speed is a GPS jump: its point is dropped.
    location_max_speed_kmh: float = Field(default=200.0, gt=0)
    # A check-in further than this from the customer's address is flagged (never refused).
    visit_check_in_radius_m: float = Field(default=300.0, gt=0)
    # A check-in whose fix is less precise than this is flagged as poor accuracy.
    visit_max_accuracy_m: float = Field(default=100.0, gt=0)
    # Expense policy (docs/decisions/0026): a day's lines of a category above its limit
    # (in the report's currency) are flagged, never refused; mileage is km x the rate of
    # the vehicle type.
    expense_daily_limits: dict[str, Decimal] = {
        "travel": Decimal("3000"),
        "fuel": Decimal("1500"),
        "food": Decimal("1000"),
        "lodging": Decimal("4000"),
        "mileage": Decimal("2500"),
        "other": Decimal("2000"),
    }
    mileage_rates: dict[str, Decimal] = {"car": Decimal("9.00"), "two_wheeler": Decimal("4.00")}
    # Uploaded files: visit report photos, expense receipts (docs/decisions/0034). They
    # are kept under ``files_dir`` unless ``files_s3_url`` names an S3-compatible store
    # (MinIO, AWS S3): ``http(s)://host[:port]/bucket[/prefix]``; its keys are the
    # ``files_s3_*`` settings, else boto3's own (AWS_ACCESS_KEY_ID, an instance role).
    files_dir: Path = DEFAULT_FILES_DIR
    files_s3_url: str | None = None
    files_s3_access_key: str | None = None
    files_s3_secret_key: str | None = None
    files_s3_region: str = "us-east-1"
    # One uploaded file at most (a larger one is 413); the request may be this plus the
    # multipart framing (core/middleware.py).
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, gt=0)
    # An image with more pixels than this is refused before it is decoded (a small file
    # can unpack into gigabytes: a decompression bomb).
    max_image_pixels: int = Field(default=50_000_000, gt=0)
    # The longer side of a thumbnail (a JPEG made on upload).
    thumbnail_px: int = Field(default=320, ge=16, le=2048)
    # Webhooks (docs/decisions/0037-webhooks.md). One attempt may take this long in all
    # (connecting, sending, the receiver's answer); a slower receiver counts as failed.
    webhook_timeout_seconds: float = Field(default=10.0, gt=0, le=60)
    # Attempts of one delivery before it is given up (the first one included); the wait
    # after attempt n is base x 4^(n-1) seconds, at most the maximum: 30 s, 2 min, 8 min,
    # 32 min, 2 h, 8.5 h, 12 h (about a day in all).
    webhook_max_attempts: int = Field(default=8, ge=1, le=20)
    webhook_retry_base_seconds: int = Field(default=30, ge=1)
    webhook_retry_max_seconds: int = Field(default=12 * 3600, ge=1)
    # A webhook is disabled (and the admins told) after this many deliveries in a row
    # were given up.
    webhook_disable_after_failures: int = Field(default=5, ge=1)
    # Finished deliveries (and their attempts) are forgotten after this many days.
    webhook_log_retention_days: int = Field(default=30, ge=1)
    # Keys sealing the webhooks' signing secrets in the database (any strings of 32 or
    # more random bytes): the first seals, every one opens (list a new key first, keep
    # the old one until the secrets are rotated). Empty: derived from SALES_SECRET_KEY.
    webhook_secret_keys: list[str] = []
    # Webhooks may be sent to private, loopback and link-local addresses (a receiver in
    # the company's own network). Off: only public addresses (app/webhooks/targets.py).
    webhook_allow_private_targets: bool = False

    @model_validator(mode="after")
    def _known_company_state(self) -> Settings:
        if self.company_state_code not in GST_STATES:
            raise ValueError("SALES_COMPANY_STATE_CODE must be a GST state code, e.g. 29")
        return self

    @model_validator(mode="after")
    def _known_time_zone(self) -> Settings:
        # Every business date is counted in it: a typo must stop the start, not each write.
        try:
            ZoneInfo(self.field_timezone)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(
                "SALES_FIELD_TIMEZONE must be an IANA time zone, e.g. Asia/Kolkata"
            ) from error
        return self

    @model_validator(mode="after")
    def _refuse_weak_secrets_outside_dev(self) -> Settings:
        if self.environment not in {"dev", "test"} and (
            self.secret_key == DEV_SECRET or len(self.secret_key) < 32
        ):
            raise ValueError("SALES_SECRET_KEY must be set to at least 32 random bytes outside dev")
        if self.environment not in {"dev", "test"} and any(
            len(key) < 32 for key in self.webhook_secret_keys
        ):
            raise ValueError("each of SALES_WEBHOOK_SECRET_KEYS must be at least 32 random bytes")
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
