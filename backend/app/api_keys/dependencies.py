from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends

from app.api_keys import service
from app.api_keys.models import ApiKey
from app.auth.dependencies import DB, requires
from app.core.access import Permission, Principal

CAN_MANAGE = requires(Permission.API_KEYS_MANAGE)


async def get_api_key_or_404(
    api_key_id: uuid.UUID, session: DB, principal: Principal = CAN_MANAGE
) -> ApiKey:
    return await service.get_api_key(session, principal, api_key_id)


VisibleApiKey = Annotated[ApiKey, Depends(get_api_key_or_404)]
