"""Background jobs through the real worker (procrastinate on the ``live`` database): a
request defers in its own transaction, the worker runs it, a failing job retries with
back-off and then waits, failed, with its error, for an admin to retry it."""

from __future__ import annotations

from datetime import timedelta

from procrastinate import App, Blueprint, RetryStrategy
from sqlalchemy import func, select, text

from app import worker
from app.core import jobs
from app.core.clock import utcnow
from app.core.idempotency import IdempotencyRecord
from app.leads.models import Lead
from app.notifications.models import Notification
from tests.conftest import Live, auth
from tests.factories.activities import create_activity
from tests.factories.leads import create_lead


async def run_worker(live: Live, app: App | None = None) -> None:
    """Run every job that is due, through procrastinate's worker, then stop."""
    jobs.runtime.sessionmaker = live.sessionmaker
    app = app or worker.create_job_app(live.url, periodic=False)
    async with app.open_async():
        await app.run_worker_async(
            wait=False, install_signal_handlers=False, worker_middleware=[jobs.record_failures]
        )


async def test_rescoring_after_a_rules_change_runs_in_the_worker(live: Live) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        lead = await create_lead(session, owner=world.engineer, territory=world.north, source="web")
        await session.commit()
    async with live.client() as client:
        replaced = await client.put(
            "/api/v1/lead-scoring-rules",
            json={"rules": [{"factor": "source", "match": "web", "points": 70}]},
            headers=auth(world.admin),
        )
        assert replaced.status_code == 200
        async with live.sessionmaker() as session:
            queued = await session.scalar(
                text("SELECT count(*) FROM procrastinate_jobs WHERE task_name = :t"),
                {"t": "leads.rescore_open_leads"},
            )
        assert queued == 1
        await run_worker(live)
        read = (await client.get(f"/api/v1/leads/{lead.id}", headers=auth(world.engineer))).json()
    assert read["score"] == 70


async def test_a_refused_request_defers_no_job(live: Live) -> None:
    async with live.client() as client:
        refused = await client.put(
            "/api/v1/lead-scoring-rules",
            json={"rules": [{"factor": "source", "points": 10}]},  # no match: refused
            headers=auth(live.world.admin),
        )
    assert refused.status_code == 422
    async with live.sessionmaker() as session:
        assert await session.scalar(text("SELECT count(*) FROM procrastinate_jobs")) == 0


async def test_due_reminders_become_one_notification_each(live: Live) -> None:
    world = live.world
    now = utcnow()
    async with live.sessionmaker() as session:
        due = await create_activity(
            session, owner=world.engineer, at=now + timedelta(minutes=20), subject="Call Ravi"
        )
        due.reminder_at = now - timedelta(minutes=1)
        later = await create_activity(session, owner=world.engineer, at=now + timedelta(days=1))
        later.reminder_at = now + timedelta(hours=20)
        await session.commit()
    jobs.runtime.sessionmaker = live.sessionmaker
    app = worker.create_job_app(live.url, periodic=False)
    async with app.open_async():
        for _ in range(2):  # the job runs every minute: the second run adds nothing
            await app.configure_task("activities.send_due_reminders").defer_async(timestamp=0)
            await app.run_worker_async(wait=False, install_signal_handlers=False)
    async with live.sessionmaker() as session:
        made = list((await session.scalars(select(Notification))).all())
    assert [(n.user_id, n.subject_id, n.title) for n in made] == [
        (world.engineer.id, due.id, "Call: Call Ravi")
    ]
    async with live.client() as client:
        mine = await client.get("/api/v1/me/notifications", headers=auth(world.engineer))
        others = await client.get("/api/v1/me/notifications", headers=auth(world.head))
        count = await client.get(
            "/api/v1/me/notifications/unread-count", headers=auth(world.engineer)
        )
    assert [n["kind"] for n in mine.json()["items"]] == ["activity.reminder"]
    assert others.json()["items"] == []  # personal: not even the engineer's head
    assert count.json() == {"unread": 1}


async def test_a_failing_job_retries_then_waits_failed_with_its_error(live: Live) -> None:
    failing = Blueprint()

    @failing.task(name="tests.always_fails", retry=RetryStrategy(max_attempts=1, wait=0))
    async def always_fails() -> None:
        raise RuntimeError("the ERP answered 503")

    jobs.runtime.sessionmaker = live.sessionmaker
    app = jobs.create_job_app(live.url, [*worker.BLUEPRINTS, failing], periodic=False)
    async with app.open_async():
        job_id = await app.configure_task("tests.always_fails").defer_async()
    await run_worker(live, app)
    async with live.client() as client:
        failed = await client.get(
            "/api/v1/jobs", params={"status": "failed"}, headers=auth(live.world.admin)
        )
        assert failed.status_code == 200
        [job] = failed.json()["items"]
        assert job["id"] == job_id and job["task_name"] == "tests.always_fails"
        assert job["attempts"] == 2
        assert "the ERP answered 503" in job["last_error"]
        refused = await client.get("/api/v1/jobs", headers=auth(live.world.head))
        assert refused.status_code == 403
        retried = await client.post(f"/api/v1/jobs/{job_id}/retry", headers=auth(live.world.admin))
        assert retried.status_code == 200 and retried.json()["status"] == "todo"
        again = await client.post(f"/api/v1/jobs/{job_id}/retry", headers=auth(live.world.admin))
        assert again.status_code == 409


async def test_stored_idempotency_answers_are_purged_after_their_retention(live: Live) -> None:
    async with live.client() as client:
        for key in ("old", "new"):
            await client.post(
                "/api/v1/customers",
                json={"name": f"Kept {key}"},
                headers={**auth(live.world.engineer), "Idempotency-Key": key},
            )
    async with live.sessionmaker() as session:
        await session.execute(
            text(
                "UPDATE idempotency_keys SET created_at = created_at - interval '4 days' "
                "WHERE key = 'old'"
            )
        )
        await session.commit()
    jobs.runtime.sessionmaker = live.sessionmaker
    assert await worker.task_functions()["idempotency.purge"](timestamp=0) == 1
    async with live.sessionmaker() as session:
        keys = (await session.scalars(select(IdempotencyRecord.key))).all()
        leads = await session.scalar(select(func.count()).select_from(Lead))
    assert keys == ["new"] and leads == 0
