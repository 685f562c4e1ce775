"""The shared mechanisms: problem bodies, idempotency, request ids, limits, health."""

from __future__ import annotations

import uuid

from httpx import AsyncClient
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.customers.models import Customer
from tests.conftest import World, auth
from tests.support.openapi import openapi_document


async def test_health_and_ready(client: AsyncClient):
    assert (await client.get("/health")).json() == {"status": "ok"}
    ready = (await client.get("/ready")).json()
    assert ready["status"] == "ok" and ready["database"] == "ok"
    assert set(ready["queue"]) == {"waiting", "oldest_waiting_seconds"}


async def test_every_response_has_a_request_id_and_keeps_a_sane_one(client: AsyncClient):
    generated = await client.get("/health")
    assert len(generated.headers["x-request-id"]) == 32
    kept = await client.get("/health", headers={"X-Request-ID": "abc-123"})
    assert kept.headers["x-request-id"] == "abc-123"
    replaced = await client.get("/health", headers={"X-Request-ID": "<script>"})
    assert replaced.headers["x-request-id"] != "<script>"


async def test_unknown_route_and_wrong_method_are_problems(client: AsyncClient, world: World):
    missing = await client.get("/api/v1/nothing-here")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    assert missing.json()["code"] == "not_found"
    wrong = await client.put("/api/v1/customers", headers=auth(world.engineer))
    assert wrong.status_code == 405 and wrong.json()["code"] == "method_not_allowed"


async def test_malformed_json_is_400_not_500(client: AsyncClient, world: World):
    answer = await client.post(
        "/api/v1/customers",
        content=b'{"name": ',
        headers={**auth(world.engineer), "Content-Type": "application/json"},
    )
    assert answer.status_code == 400 and answer.json()["code"] == "malformed_json"


async def test_a_path_that_is_not_an_id_names_no_record(client: AsyncClient, world: World):
    """Record paths match UUIDs only: anything else is no record (404), and a method a
    fixed path lacks is a 405 naming the methods it has (PATCH /leads/counts is not a
    PATCH of a lead called "counts")."""
    answer = await client.get("/api/v1/customers/not-a-uuid", headers=auth(world.engineer))
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/problem+json"
    patch = await client.patch("/api/v1/leads/counts", json={}, headers=auth(world.engineer))
    assert patch.status_code == 405
    assert patch.headers["allow"] == "GET"
    options = await client.options("/api/v1/customers", headers=auth(world.engineer))
    assert options.status_code == 405
    assert options.headers["allow"] == "GET, POST"


async def test_a_patch_without_if_match_is_428_and_documented_as_required(
    client: AsyncClient, world: World
):

    answer = await client.patch(
        f"/api/v1/users/{world.engineer.id}", json={"phone": "1"}, headers=auth(world.admin)
    )
    assert answer.status_code == 428
    assert answer.json()["code"] == "precondition_required"
    operation = openapi_document()["paths"]["/api/v1/users/{user_id}"]["patch"]
    [if_match] = [p for p in operation["parameters"] if p["name"] == "If-Match"]
    assert if_match["required"] is True


async def test_oversized_body_is_413(client: AsyncClient, world: World):
    answer = await client.post(
        "/api/v1/customers",
        content=b"{" + b" " * 1_100_000 + b"}",
        headers={**auth(world.engineer), "Content-Type": "application/json"},
    )
    assert answer.status_code == 413 and answer.json()["code"] == "payload_too_large"


async def test_only_upload_routes_read_a_body_above_the_general_limit(
    client: AsyncClient, world: World
):
    """A multipart body may be announced up to one file's limit, but a route that takes
    no upload stops reading it at the general limit (1 MiB); streamed bodies too."""
    big = b"x" * 2_000_000
    announced = await client.post(
        "/api/v1/customers",
        files={"file": ("a.bin", big, "application/octet-stream")},
        headers=auth(world.engineer),
    )
    assert (announced.status_code, announced.json()["code"]) == (413, "payload_too_large")

    async def chunks(body: bytes, boundary: bytes):
        yield b"--" + boundary + b'\r\nContent-Disposition: form-data; name="file"; '
        yield b'filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
        for start in range(0, len(body), 65536):
            yield body[start : start + 65536]
        yield b"\r\n--" + boundary + b"--\r\n"

    multipart = {**auth(world.engineer), "Content-Type": "multipart/form-data; boundary=b0und"}
    streamed = await client.post(
        "/api/v1/customers", content=chunks(big, b"b0und"), headers=multipart
    )
    assert "content-length" not in streamed.request.headers
    assert (streamed.status_code, streamed.json()["code"]) == (413, "payload_too_large")
    # An upload route reads up to one file (10 MB) and no further.
    too_big_upload = b"\xff\xd8\xff" + b"\x00" * (11 * 1024 * 1024)
    upload = await client.post(
        f"/api/v1/visits/{uuid.uuid4()}/report/photos",
        content=chunks(too_big_upload, b"b0und"),
        headers=multipart,
    )
    assert (upload.status_code, upload.json()["code"]) == (413, "payload_too_large")


async def test_idempotency_key_replays_the_first_answer(
    client: AsyncClient, world: World, session: AsyncSession
):
    headers = {**auth(world.engineer), "Idempotency-Key": str(uuid.uuid4())}
    body = {"name": "Once Only Traders"}
    first = await client.post("/api/v1/customers", json=body, headers=headers)
    second = await client.post("/api/v1/customers", json=body, headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert second.headers["idempotent-replayed"] == "true"
    assert second.headers["etag"] == first.headers["etag"]
    count = await session.scalar(
        select(func.count()).select_from(Customer).where(Customer.name == "Once Only Traders")
    )
    assert count == 1


async def test_same_key_with_another_body_is_422(client: AsyncClient, world: World):
    headers = {**auth(world.engineer), "Idempotency-Key": "key-1"}
    await client.post("/api/v1/customers", json={"name": "A"}, headers=headers)
    other = await client.post("/api/v1/customers", json={"name": "B"}, headers=headers)
    assert other.status_code == 422 and other.json()["code"] == "idempotency.key_reused"


async def test_keys_are_per_caller(client: AsyncClient, world: World, session: AsyncSession):
    body = {"name": "Shared Key Co"}
    await client.post(
        "/api/v1/customers", json=body, headers={**auth(world.engineer), "Idempotency-Key": "k"}
    )
    other = await client.post(
        "/api/v1/customers", json=body, headers={**auth(world.teammate), "Idempotency-Key": "k"}
    )
    assert other.status_code == 201
    assert other.headers.get("idempotent-replayed") is None
    assert other.json()["owner_id"] == str(world.teammate.id)


async def test_a_failed_request_is_not_stored_and_changes_nothing(
    client: AsyncClient, world: World, session: AsyncSession
):
    headers = {**auth(world.engineer), "Idempotency-Key": "retry-me"}
    bad = await client.post(
        "/api/v1/customers",
        json={"name": "Fixed later", "owner_id": str(world.teammate.id)},
        headers=headers,
    )
    assert bad.status_code == 403
    count = await session.scalar(
        select(func.count()).select_from(Customer).where(Customer.name == "Fixed later")
    )
    assert count == 0
    fixed = await client.post("/api/v1/customers", json={"name": "Fixed later"}, headers=headers)
    assert fixed.status_code == 201


async def test_cors_preflight_is_answered(client: AsyncClient):
    answer = await client.options(
        "/api/v1/customers",
        headers={"Origin": "http://localhost:8081", "Access-Control-Request-Method": "POST"},
    )
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] in ("*", "http://localhost:8081")


async def test_tampered_cursor_is_a_field_error_not_a_500(client: AsyncClient, world: World):
    import base64

    import orjson

    for forged in (["name", {"x": 1}, str(uuid.uuid4())], ["created_at", "0001-01-01", "x"]):
        cursor = base64.urlsafe_b64encode(b"0" * 12 + orjson.dumps(forged)).decode()
        answer = await client.get(
            "/api/v1/customers",
            params={"cursor": cursor, "sort": forged[0]},
            headers=auth(world.engineer),
        )
        assert answer.status_code == 422
        assert answer.json()["errors"][0]["loc"] == ["query", "cursor"]


async def test_nul_characters_are_refused_everywhere(client: AsyncClient, world: World):
    in_query = await client.get("/api/v1/customers?q=a%00b", headers=auth(world.engineer))
    assert in_query.status_code == 422 and in_query.json()["errors"][0]["loc"] == ["query"]
    in_body = await client.post(
        "/api/v1/customers", json={"name": "A\u0000B"}, headers=auth(world.engineer)
    )
    assert in_body.status_code == 422 and in_body.json()["errors"][0]["loc"] == ["body"]
    # A form (the password sign-in of the API docs): the fuzzer's NUL in a username was a 500.
    in_form = await client.post(
        "/api/v1/auth/token", data={"username": "a\u0000b@example.com", "password": "x"}
    )
    assert in_form.status_code == 422 and in_form.json()["errors"][0]["loc"] == ["body"]


async def test_explicit_null_for_a_required_field_is_a_422_naming_it(
    client: AsyncClient, world: World, session: AsyncSession
):
    from tests.factories.customers import create_customer

    customer = await create_customer(session, owner=world.engineer)
    await session.commit()
    answer = await client.patch(
        f"/api/v1/customers/{customer.id}",
        json={"name": None, "segment_tags": None, "currency": None},
        headers={**auth(world.engineer), "If-Match": '"1"'},
    )
    assert answer.status_code == 422
    assert {tuple(e["loc"]) for e in answer.json()["errors"]} == {
        ("body", "name"),
        ("body", "segment_tags"),
        ("body", "currency"),
    }
    still = await client.get(f"/api/v1/customers/{customer.id}", headers=auth(world.engineer))
    assert still.json()["name"] == customer.name and still.json()["version"] == 1


async def test_times_outside_sane_years_are_refused(client: AsyncClient, world: World):
    early = await client.post(
        "/api/v1/activities",
        json={"type": "meeting", "subject": "x", "starts_at": "0001-01-01T00:00:00+05:00"},
        headers=auth(world.engineer),
    )
    assert early.status_code == 422
    late = await client.get(
        "/api/v1/me/agenda",
        params={"from": "9999-12-31T12:00:00+00:00"},
        headers=auth(world.engineer),
    )
    assert late.status_code == 422


async def test_money_beyond_the_column_is_refused(client: AsyncClient, world: World):
    answer = await client.post(
        "/api/v1/customers",
        json={"name": "Huge", "credit_limit": "99999999999999999.99"},  # 19 digits
        headers=auth(world.engineer),
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["loc"] == ["body", "credit_limit"]
