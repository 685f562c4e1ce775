"""Rescoring on real concurrent transactions (the ``live`` database): a user's edit of a
lead in the middle of a rescoring run neither fails the run nor is lost."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from app.leads import service
from app.leads.models import Lead
from app.users import service as users
from tests.conftest import Live
from tests.factories.leads import create_lead


async def test_a_lead_edited_while_it_is_rescored_keeps_the_edit_and_gets_its_score(
    live: Live,
) -> None:
    world = live.world
    async with live.sessionmaker() as session:
        lead = await create_lead(session, owner=world.engineer, score=0)
        await session.commit()
    async with live.sessionmaker() as editor, live.sessionmaker() as job:
        edited = await editor.get(Lead, lead.id)
        assert edited is not None
        edited.job_title = "Plant head"
        await editor.flush()  # the user's UPDATE holds the row; not committed yet
        rescoring = asyncio.create_task(
            service.rescore_open_batch(job, users.system_principal(), after=None)
        )
        await asyncio.sleep(0.3)  # the run reaches the edited lead
        await editor.commit()
        rescored = await rescoring
        await job.commit()
    assert lead.id in rescored
    async with live.sessionmaker() as session:
        saved = (await session.scalars(select(Lead).where(Lead.id == lead.id))).one()
    assert saved.job_title == "Plant head"
    assert saved.version == lead.version + 2  # the edit, then the new score
    assert saved.score_factors  # the score is explained by the current rules
