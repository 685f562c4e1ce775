"""Sign-in, token rotation, sign-out, throttling and the login report."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from httpx import ASGITransport, AsyncClient
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import LoginEvent
from app.core.clock import utcnow
from tests.conftest import World, auth
from tests.factories.users import PASSWORD, create_user


async def login(client: AsyncClient, email: str, password: str = PASSWORD, **extra: str):
    return await client.post(
        "/api/v1/auth/login",
        json={"email": email, "password": password, **extra},
        headers={"User-Agent": "pytest-agent/1.0"},
    )


async def test_login_returns_tokens_that_open_users_me(client: AsyncClient, world: World):
    answer = await login(client, world.engineer.email, device_name="Pixel 8")
    assert answer.status_code == 200
    tokens = answer.json()
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] == 15 * 60
    me = await client.get(
        "/api/v1/users/me", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )
    assert me.status_code == 200
    assert me.json()["email"] == world.engineer.email
    assert "customers:read" in me.json()["permissions"]
    assert "users:manage" not in me.json()["permissions"]


async def test_email_is_case_insensitive(client: AsyncClient, world: World):
    assert (await login(client, world.engineer.email.upper())).status_code == 200


async def test_wrong_password_and_unknown_email_get_the_same_answer(
    client: AsyncClient, world: World
):
    wrong = await login(client, world.engineer.email, "not-the-password")
    unknown = await login(client, "nobody@test.example", "not-the-password")
    assert wrong.status_code == unknown.status_code == 401
    strip = lambda b: {k: v for k, v in b.items() if k != "request_id"}  # noqa: E731
    assert strip(wrong.json()) == strip(unknown.json())


async def test_every_attempt_is_recorded_for_the_login_report(
    client: AsyncClient, world: World, session: AsyncSession
):
    await login(client, world.engineer.email, "wrong-password", device_name="Galaxy S25")
    await login(client, world.engineer.email, device_name="Galaxy S25")
    events = (
        await session.scalars(
            select(LoginEvent)
            .where(LoginEvent.email == world.engineer.email)
            .order_by(LoginEvent.occurred_at)
        )
    ).all()
    assert [(e.succeeded, e.outcome) for e in events] == [(False, "bad_credentials"), (True, "ok")]
    assert all(e.ip_address == "203.0.113.7" for e in events)
    assert all(e.user_agent == "pytest-agent/1.0" and e.device_name == "Galaxy S25" for e in events)


async def test_ten_failures_in_fifteen_minutes_lock_the_account_with_retry_after(
    client: AsyncClient, world: World
):
    for _ in range(10):
        assert (await login(client, world.engineer.email, "bad-guess")).status_code == 401
    locked = await login(client, world.engineer.email)  # even the right password
    assert locked.status_code == 429
    assert locked.json()["code"] == "auth.throttled"
    assert 1 <= int(locked.headers["retry-after"]) <= 15 * 60
    other = await login(client, world.teammate.email)
    assert other.status_code == 200


async def test_unknown_emails_are_throttled_too(client: AsyncClient, world: World):
    for _ in range(10):
        await login(client, "ghost@test.example", "guess")
    assert (await login(client, "ghost@test.example", "guess")).status_code == 429


async def test_failures_older_than_the_window_do_not_count(
    client: AsyncClient, world: World, session: AsyncSession
):
    old = utcnow() - timedelta(minutes=16)
    for _ in range(12):
        session.add(
            LoginEvent(
                email=world.engineer.email,
                succeeded=False,
                outcome="bad_credentials",
                occurred_at=old,
                ip_address="203.0.113.7",  # the test client's address
            )
        )
    await session.commit()
    assert (await login(client, world.engineer.email)).status_code == 200


async def test_inactive_user_cannot_sign_in(
    client: AsyncClient, session: AsyncSession, world: World
):
    gone = await create_user(session, is_active=False)
    await session.commit()
    assert (await login(client, gone.email)).status_code == 401


async def test_refresh_rotates_and_a_reused_refresh_token_revokes_the_family(
    client: AsyncClient, world: World, session: AsyncSession
):
    first = (await login(client, world.engineer.email)).json()
    rotated = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}
    )
    assert rotated.status_code == 200
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]

    # A minute later (past the grace for tabs refreshing at once), the spent token comes
    # back: a stolen copy.
    await session.execute(
        text(
            "UPDATE refresh_tokens SET rotated_at = rotated_at - interval '1 minute', "
            "revoked_at = revoked_at - interval '1 minute' WHERE rotated_at IS NOT NULL"
        )
    )
    await session.commit()
    replayed = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}
    )
    assert replayed.status_code == 401
    # The stolen-token case: the legitimate newer token is now dead too.
    after_theft = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": second["refresh_token"]}
    )
    assert after_theft.status_code == 401


async def test_two_tabs_refreshing_with_one_token_both_stay_signed_in(
    client: AsyncClient, world: World
):
    first = (await login(client, world.engineer.email)).json()
    body = {"refresh_token": first["refresh_token"]}
    tab_one = await client.post("/api/v1/auth/refresh", json=body)
    tab_two = await client.post("/api/v1/auth/refresh", json=body)  # moments later
    assert tab_one.status_code == tab_two.status_code == 200
    for tab in (tab_one, tab_two):
        again = await client.post(
            "/api/v1/auth/refresh", json={"refresh_token": tab.json()["refresh_token"]}
        )
        assert again.status_code == 200


async def test_the_grace_ends_with_a_sign_out(client: AsyncClient, world: World):
    first = (await login(client, world.engineer.email)).json()
    second = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]}
    )
    out = await client.post(
        "/api/v1/auth/logout", json={"refresh_token": second.json()["refresh_token"]}
    )
    assert out.status_code == 204
    late = await client.post("/api/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert late.status_code == 401


async def test_a_stranger_cannot_lock_the_owner_out_from_elsewhere(
    app: Any, client: AsyncClient, world: World
):
    for _ in range(10):
        assert (await login(client, world.engineer.email, "bad-guess")).status_code == 401
    assert (await login(client, world.engineer.email)).status_code == 429  # that address
    transport = ASGITransport(app=app, client=("198.51.100.20", 40000))
    async with AsyncClient(transport=transport, base_url="http://test") as office:
        assert (await login(office, world.engineer.email)).status_code == 200


async def test_password_spraying_from_one_address_is_slowed_down(
    app: Any, client: AsyncClient, world: World
):
    for n in range(30):
        await login(client, f"guess{n}@test.example", "Summer2026!")
    sprayed = await login(client, world.teammate.email)  # a real account, right password
    assert sprayed.status_code == 429
    assert int(sprayed.headers["retry-after"]) >= 1
    transport = ASGITransport(app=app, client=("198.51.100.20", 40000))
    async with AsyncClient(transport=transport, base_url="http://test") as elsewhere:
        assert (await login(elsewhere, world.teammate.email)).status_code == 200


async def test_an_access_token_without_an_expiry_is_refused(client: AsyncClient, world: World):
    from jose import jwt

    from app.core.config import get_settings

    forever = jwt.encode(
        {"sub": str(world.admin.id), "typ": "access", "iat": 1, "role": "admin"},
        get_settings().secret_key,
        algorithm="HS256",
    )
    answer = await client.get("/api/v1/users/me", headers={"Authorization": f"Bearer {forever}"})
    assert answer.status_code == 401


async def test_logout_revokes_the_refresh_token(client: AsyncClient, world: World):
    tokens = (await login(client, world.engineer.email)).json()
    out = await client.post("/api/v1/auth/logout", json={"refresh_token": tokens["refresh_token"]})
    assert out.status_code == 204
    again = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
    )
    assert again.status_code == 401


async def test_oauth2_form_login_for_the_docs(client: AsyncClient, world: World):
    answer = await client.post(
        "/api/v1/auth/token", data={"username": world.engineer.email, "password": PASSWORD}
    )
    assert answer.status_code == 200 and answer.json()["access_token"]


async def test_missing_and_forged_tokens_are_401(client: AsyncClient, world: World):
    missing = await client.get("/api/v1/users/me")
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    forged = await client.get("/api/v1/users/me", headers={"Authorization": "Bearer abc.def.ghi"})
    assert forged.status_code == 401
    assert forged.json()["code"] == "auth.invalid_token"


async def test_login_report_head_sees_team_admin_sees_all_engineer_denied(
    client: AsyncClient, world: World
):
    await login(client, world.engineer.email)
    await login(client, world.engineer_other_team.email)
    team_view = await client.get("/api/v1/login-events", headers=auth(world.head))
    assert team_view.status_code == 200
    emails = {e["email"] for e in team_view.json()["items"]}
    assert world.engineer.email in emails and world.engineer_other_team.email not in emails
    all_view = await client.get("/api/v1/login-events", headers=auth(world.admin))
    assert {world.engineer.email, world.engineer_other_team.email} <= {
        e["email"] for e in all_view.json()["items"]
    }
    denied = await client.get("/api/v1/login-events", headers=auth(world.engineer))
    assert denied.status_code == 403
