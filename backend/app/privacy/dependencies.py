from __future__ import annotations

from typing import Any

from fastapi import Depends

from app.auth.dependencies import CurrentPrincipal
from app.core.access import Permission, Principal
from app.privacy import service


async def _may_manage(principal: CurrentPrincipal) -> Principal:
    """privacy:manage, or a 404 (not the 403 of other admin routes: decision 0042). An
    API key never gets here (the permission is for people: 403 before)."""
    service.check_may_manage(principal)
    return principal


# What an API key would need (route_permissions): none may hold it.
_may_manage.required_permission = Permission.PRIVACY_MANAGE  # type: ignore[attr-defined]
CAN_MANAGE: Any = Depends(_may_manage)
