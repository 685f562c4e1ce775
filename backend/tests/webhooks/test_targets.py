"""Webhooks reach public addresses only, unless private ones are allowed: an address
literal is refused when the webhook is saved, and every send resolves the host itself and
connects only to what it checked (so a name turned private later is refused too). A
receiver's Retry-After is honoured."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.config import get_settings
from app.webhooks import targets
from app.webhooks.models import Webhook
from app.webhooks.sender import retry_after
from tests.conftest import World, auth
from tests.factories.webhooks import create_webhook
from tests.support.receiver import Answer, Receiver
from tests.webhooks.conftest import Clock, deliver
from tests.webhooks.test_delivery import _log, _new_customer


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.10", False),
        ("127.0.0.1", False),
        ("169.254.169.254", False),  # a cloud's metadata service
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fc00::1", False),
        ("fe80::1", False),
        ("::ffff:10.0.0.1", False),  # IPv4 inside IPv6 is judged as IPv4
        ("::ffff:8.8.8.8", True),
    ],
)
def test_which_addresses_are_public(address: str, public: bool) -> None:
    assert targets.is_public(ipaddress.ip_address(address)) is public


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://localhost:8080/hooks",
        "http://api.localhost/hooks",
        "http://[::1]/hooks",
        "https://10.0.0.5:5432/",
        "http://[::ffff:127.0.0.1]/hooks",
    ],
)
async def test_a_private_url_is_refused_when_saved(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(get_settings(), "webhook_allow_private_targets", False)
    answer = await client.post(
        "/api/v1/webhooks",
        json={"url": url, "event_types": ["customer.created"]},
        headers=auth(world.admin),
    )
    assert answer.status_code == 422, answer.text
    [error] = answer.json()["errors"]
    assert error["loc"][-1] == "url"
    assert "private" in error["msg"] or "localhost" in error["msg"]
    assert await session.scalar(select(func.count()).select_from(Webhook)) == 0


async def test_an_operator_may_allow_private_receivers(
    client: AsyncClient, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "webhook_allow_private_targets", True)
    answer = await client.post(
        "/api/v1/webhooks",
        json={"url": "http://10.0.0.5:8080/hooks", "event_types": ["customer.created"]},
        headers=auth(world.admin),
    )
    assert answer.status_code == 201, answer.text


async def test_a_send_to_a_private_address_is_refused_and_logged(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Saved while allowed, sent after the operator turned it off.
    webhook, _ = await create_webhook(session, by=world.admin, url=receiver.url)
    monkeypatch.setattr(get_settings(), "webhook_allow_private_targets", False)
    await _new_customer(client, world, "Refused Receiver Ltd")

    assert await deliver(sessionmaker) == 1
    assert receiver.received == []
    [logged] = await _log(client, world, webhook.id)
    assert logged["status"] == "pending" and logged["last_status_code"] is None
    assert logged["last_error"] == (
        "refused: the URL must not point to a private or reserved address (127.0.0.1)"
    )


def _named(receiver: Receiver, host: str) -> str:
    port = urlsplit(receiver.url).port
    return f"http://{host}:{port}/hooks/sales"


async def test_a_name_that_resolves_to_a_private_address_is_refused_when_sent(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(get_settings(), "webhook_allow_private_targets", False)
    # A public-looking name, saved without a resolution; it points inside when sent.
    webhook, _ = await create_webhook(
        session, by=world.admin, url=_named(receiver, "hooks.erp.example")
    )

    async def rebound(host: str, port: int) -> list[str]:
        assert host == "hooks.erp.example"
        return ["93.184.215.14", "127.0.0.1"]

    monkeypatch.setattr(targets, "resolve", rebound)
    await _new_customer(client, world, "Rebinding Ltd")

    assert await deliver(sessionmaker) == 1
    assert receiver.received == []
    [logged] = await _log(client, world, webhook.id)
    assert logged["last_error"] == (
        "refused: hooks.erp.example resolves to a private address (127.0.0.1)"
    )


async def test_the_guarded_sender_connects_to_the_checked_address_under_the_name(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The guard in the path of a real send: the name resolved once, its address
    checked and connected to, the Host header still the name."""
    monkeypatch.setattr(get_settings(), "webhook_allow_private_targets", False)
    url = _named(receiver, "hooks.erp.example")
    webhook, _ = await create_webhook(session, by=world.admin, url=url)
    resolved: list[str] = []

    async def this_machine(host: str, port: int) -> list[str]:
        resolved.append(host)
        return ["127.0.0.1"]

    real_is_public = targets.is_public
    monkeypatch.setattr(targets, "resolve", this_machine)
    # This machine's loopback stands for a public server.
    monkeypatch.setattr(
        targets, "is_public", lambda address: str(address) == "127.0.0.1" or real_is_public(address)
    )
    await _new_customer(client, world, "Guarded Send Ltd")

    assert await deliver(sessionmaker) == 1
    [request] = receiver.received
    assert request.headers["host"] == urlsplit(url).netloc
    assert resolved == ["hooks.erp.example"]
    [logged] = await _log(client, world, webhook.id)
    assert logged["status"] == "succeeded"


async def test_a_receivers_retry_after_is_honoured(
    client: AsyncClient,
    world: World,
    session: AsyncSession,
    sessionmaker: async_sessionmaker[AsyncSession],
    receiver: Receiver,
    clock: Clock,
) -> None:
    answers = iter([Answer(429, headers={"Retry-After": "3600"}), Answer(204)])
    receiver.answer = lambda _: next(answers)
    webhook, _ = await create_webhook(session, by=world.admin, url=receiver.url)
    await _new_customer(client, world, "Busy ERP Ltd")

    assert await deliver(sessionmaker) == 1
    [logged] = await _log(client, world, webhook.id)
    assert logged["last_status_code"] == 429
    # Longer than the back-off's first wait (30 s): the receiver's hour.
    due = clock.now + timedelta(seconds=3600)
    assert logged["next_attempt_at"] == due.isoformat().replace("+00:00", "Z")
    clock.advance(seconds=get_settings().webhook_retry_base_seconds)
    assert await deliver(sessionmaker) == 0  # the back-off alone would send now
    clock.advance(seconds=3600)
    assert await deliver(sessionmaker) == 1
    assert len(receiver.received) == 2


def test_retry_after_reads_seconds_and_dates() -> None:
    now = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)
    assert retry_after("120", now) == 120.0
    assert retry_after("Mon, 30 Nov 2026 10:05:00 GMT", now) == 300.0
    assert retry_after("Mon, 30 Nov 2026 09:00:00 GMT", now) == 0.0  # already past
    assert retry_after("soon", now) is None
    assert retry_after("-5", now) is None
    assert retry_after(None, now) is None
