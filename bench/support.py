"""What the benchmarks share: a scratch PostgreSQL database (the server named by
DATABASE_URL, or an embedded one), bulk data through COPY, the API served by uvicorn in
a process of its own, and the statistics they print (ratios, not seconds)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

BACKEND = Path(__file__).resolve().parents[1] / "backend"
sys.path.insert(0, str(BACKEND))

import asyncpg  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from app.auth.tokens import create_access_token  # noqa: E402
from app.core.db import connect_driver  # noqa: E402
from app.core.embedded_postgres import scratch_server  # noqa: E402
from app.core.ids import new_id  # noqa: E402

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


@contextlib.contextmanager
def scratch_database() -> Iterator[str]:
    """A migrated, empty database; dropped (or its embedded server deleted) afterwards."""
    given = os.environ.get("DATABASE_URL")
    with contextlib.ExitStack() as stack:
        server = make_url(given) if given else make_url(stack.enter_context(scratch_server()).url())
        url = server.set(database=f"sales_bench_{uuid.uuid4().hex[:8]}")
        rendered = url.render_as_string(hide_password=False)
        _admin(server, f'CREATE DATABASE "{url.database}"')
        try:
            subprocess.run(
                [sys.executable, "-m", "alembic", "upgrade", "head"],
                cwd=BACKEND,
                env={**os.environ, "DATABASE_URL": rendered},
                check=True,
                capture_output=True,
            )
            yield rendered
        finally:
            _admin(server, f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')


def _admin(server: Any, statement: str) -> None:
    import psycopg

    libpq = server.set(drivername="postgresql", database="postgres")
    with psycopg.connect(libpq.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(statement)


async def connect(url: str) -> asyncpg.Connection:
    return await connect_driver(url)


async def copy(conn: asyncpg.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    await conn.copy_records_to_table(
        table, records=[tuple(r.get(c) for c in columns) for r in rows], columns=columns
    )


def _entity(**values: Any) -> dict[str, Any]:
    return {"id": new_id(), "created_at": NOW, "updated_at": NOW, "version": 1, **values}


async def fill(
    url: str,
    *,
    customers: int,
    leads: int,
    opportunities: int,
    activities: int,
    seed: int = 7,
) -> dict[str, Any]:
    """Two teams, each a head and four engineers in two territories of its own, and the
    records, spread over the engineers. Answers the people and a few names."""
    rng = random.Random(seed)
    conn = await connect(url)
    try:
        territories = [_entity(name=f"T{n}", region="R", postal_prefixes="[]") for n in range(4)]
        teams = [_entity(name=f"Team {n}") for n in range(2)]
        admin = _entity(
            email="admin@bench.example",
            full_name="Admin",
            password_hash="x",
            role="admin",
            is_active=True,
        )
        heads, engineers = [], []
        for t, team in enumerate(teams):
            heads.append(
                _entity(
                    email=f"head{t}@bench.example",
                    full_name=f"Head {t}",
                    password_hash="x",
                    role="sales_head",
                    is_active=True,
                    team_id=team["id"],
                )
            )
            for n in range(4):
                engineers.append(
                    _entity(
                        email=f"eng{t}{n}@bench.example",
                        full_name=f"Engineer {t}{n}",
                        password_hash="x",
                        role="sales_engineer",
                        is_active=True,
                        team_id=team["id"],
                    )
                )
        await copy(conn, "territories", territories)
        await copy(conn, "teams", teams)
        await copy(conn, "users", [admin, *heads, *engineers])
        links = []
        for index, engineer in enumerate(engineers):
            territory = territories[(index // 4) * 2 + index % 2]
            engineer["territory_id"] = territory["id"]
            links.append({"user_id": engineer["id"], "territory_id": territory["id"]})
        await copy(conn, "user_territories", links)
        for head, team in zip(heads, teams, strict=True):
            await conn.execute(
                "UPDATE teams SET head_id = $1 WHERE id = $2", head["id"], team["id"]
            )

        words = ["Agro", "Steel", "Pharma", "Textiles", "Motors", "Foods", "Power", "Chem"]
        cities = ["Pune", "Nagpur", "Bengaluru", "Chennai", "Delhi", "Jaipur"]
        made_customers, addresses, contacts = [], [], []
        for n in range(customers):
            owner = engineers[rng.randrange(len(engineers))]
            name = f"{rng.choice(words)} {rng.choice(words)} {n:06d} Pvt Ltd"
            customer = _entity(
                name=name,
                segment_tags="[]",
                credit_limit=100000,
                currency="INR",
                payment_terms_days=30,
                owner_id=owner["id"],
                territory_id=owner["territory_id"],
                email_opt_in=False,
                sms_opt_in=False,
                is_archived=False,
                email=f"accounts{n}@customer{n}.example",
                phone=f"+91 9{n:09d}",
            )
            made_customers.append(customer)
            for kind in ("billing", "shipping")[: rng.randint(1, 2)]:
                addresses.append(
                    _entity(
                        customer_id=customer["id"],
                        kind=kind,
                        line1=f"Plot {n}",
                        city=rng.choice(cities),
                        country="IN",
                        postal_code=f"4110{n % 100:02d}",
                        latitude=18.5,
                        longitude=73.8,
                    )
                )
            for c in range(rng.randint(1, 3)):
                contacts.append(
                    _entity(
                        customer_id=customer["id"],
                        name=f"Contact {n}-{c}",
                        email=f"c{n}.{c}@x.example",
                        phone=f"+91 8{n:07d}{c:02d}",
                        preferred_channel="phone",
                        email_opt_in=False,
                        sms_opt_in=False,
                        is_primary=c == 0,
                    )
                )
        await copy(conn, "customers", made_customers)
        await copy(conn, "customer_addresses", addresses)
        await copy(conn, "contacts", contacts)

        made_leads = []
        for n in range(leads):
            owner = engineers[rng.randrange(len(engineers))]
            made_leads.append(
                _entity(
                    person_name=f"Prospect {n}",
                    company_name=f"{rng.choice(words)} Prospects {n}",
                    email=f"lead{n}@prospect.example",
                    country="IN",
                    source="web",
                    currency="INR",
                    captured_at=NOW - timedelta(minutes=n),
                    status="new",
                    status_changed_at=NOW,
                    score=rng.randint(0, 100),
                    score_factors="[]",
                    owner_id=owner["id"],
                    territory_id=owner["territory_id"],
                )
            )
        await copy(conn, "leads", made_leads)

        pipeline = await conn.fetchrow("SELECT id FROM pipelines WHERE is_default")
        stages = await conn.fetch(
            "SELECT id FROM pipeline_stages WHERE pipeline_id = $1 AND kind = 'open'",
            pipeline["id"],
        )
        deals = []
        for n in range(opportunities):
            customer = made_customers[rng.randrange(len(made_customers))]
            amount = rng.randint(1, 500) * 10000
            deals.append(
                _entity(
                    customer_id=customer["id"],
                    title=f"Deal {n}",
                    amount=amount,
                    currency="INR",
                    expected_close_date=(NOW + timedelta(days=rng.randint(1, 200))).date(),
                    owner_id=customer["owner_id"],
                    territory_id=customer["territory_id"],
                    pipeline_id=pipeline["id"],
                    stage_id=rng.choice(stages)["id"],
                    status="open",
                    probability=40,
                    weighted_amount=amount * 4 // 10,
                    stage_entered_at=NOW,
                    details="{}",
                    skipped_stage_ids="[]",
                )
            )
        await copy(conn, "opportunities", deals)

        made_activities = []
        for n in range(activities):
            customer = made_customers[rng.randrange(len(made_customers))]
            when = NOW + timedelta(hours=rng.randint(-500, 500))
            made_activities.append(
                _entity(
                    type="call",
                    subject=f"Call {n}",
                    status="planned",
                    owner_id=customer["owner_id"],
                    customer_id=customer["id"],
                    due_at=when,
                    scheduled_at=when,
                )
            )
        await copy(conn, "activities", made_activities)
        await conn.execute("ANALYZE")
        return {
            "admin": admin,
            "heads": heads,
            "engineers": engineers,
            "customers": made_customers,
        }
    finally:
        await conn.close()


def token(user: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {create_access_token(user['id'], user['role'])}"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def served(url: str, *, workers: int = 1) -> Iterator[str]:
    """The API in a uvicorn process of its own (one worker, like the issue's figures)."""
    port = _free_port()
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "app.main:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=BACKEND,
        env={
            **os.environ,
            "DATABASE_URL": url,
            "SALES_LOG_JSON": "true",
            "SALES_ACCESS_TOKEN_MINUTES": "600",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/ready", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or child.poll() is not None:
                    raise SystemExit("the API did not start") from None
                time.sleep(0.2)
        yield base
    finally:
        child.send_signal(signal.SIGTERM)
        child.wait(30)


class Http:
    """A lean HTTP/1.1 keep-alive client over asyncio streams: the bench measures the
    server, so the client must cost as little as the raw SQL's driver does."""

    def __init__(self, base: str, headers: dict[str, str] | None = None) -> None:
        host, _, port = base.removeprefix("http://").partition(":")
        self.host, self.port = host, int(port)
        self.headers = "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())

    async def __aenter__(self) -> Http:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        return self

    async def __aexit__(self, *_: object) -> None:
        self.writer.close()

    async def get(self, path: str) -> tuple[int, bytes]:
        request = f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n{self.headers}\r\n"
        self.writer.write(request.encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        body = await self.reader.readexactly(length) if length else b""
        return int(head[9:12]), body


async def throughput(
    base: str, path: str, headers: dict[str, str], *, seconds: float = 5, connections: int = 16
) -> float:
    """Requests per second with ``connections`` kept busy."""
    done = 0
    stop = time.monotonic() + seconds

    async def one() -> None:
        nonlocal done
        async with Http(base, headers) as client:
            while time.monotonic() < stop:
                status, body = await client.get(path)
                assert status == 200, body[:200]
                done += 1

    started = time.monotonic()
    await asyncio.gather(*(one() for _ in range(connections)))
    return done / (time.monotonic() - started)


def p50(samples: list[float]) -> float:
    return statistics.median(samples)


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[18]


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:6.2f} ms"


def dump(name: str, figures: dict[str, Any]) -> None:
    print(json.dumps({"bench": name, **figures}, default=str))
