"""The employee login report's answer."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from app.core.schemas import OutputModel
from app.reports.schemas import Span


class PersonLogins(BaseModel):
    user_id: uuid.UUID | None = Field(description="Null: failed sign-ins to no known account")
    user_name: str | None
    role: str | None
    team_name: str | None
    is_active: bool
    first_login_at: datetime | None = Field(description="First successful sign-in")
    last_login_at: datetime | None
    logins: int = Field(description="Successful sign-ins")
    failures: int = Field(description="Wrong password or inactive account")
    throttled: int = Field(description="Refused while too many attempts had failed")
    logouts: int
    active_days: int = Field(description="Company days with a successful sign-in")
    devices: list[str] = Field(description="Devices signed in from (as the apps name them)")
    last_ip_address: str | None = Field(description="Of the last successful sign-in")


class LoginsReport(OutputModel):
    window: Span
    items: list[PersonLogins] = Field(description="By name; the unknown accounts' row last")
