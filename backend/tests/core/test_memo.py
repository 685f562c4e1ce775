"""Lookups remembered for one transaction (core/memo.py): asked again, no statement;
forgotten when the session writes what they read, and when the transaction ends."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.users import service as users
from tests.conftest import World


async def test_a_lookup_is_read_once_per_transaction(
    session: AsyncSession, world: World, count_statements
):
    await session.commit()
    await users.get_user_by_email(session, world.engineer.email)
    with count_statements() as counted:
        again = await users.get_user_by_email(session, world.engineer.email.upper())
        savepoint = await session.begin_nested()
        await savepoint.rollback()  # a refused record's savepoint forgets nothing
        still = await users.get_user_by_email(session, world.engineer.email)
    assert again is not None and again.id == world.engineer.id and still is again
    assert [s for s in counted.statements if "FROM users" in s] == []


async def test_writing_the_directory_or_ending_the_transaction_forgets(
    session: AsyncSession, world: World, count_statements
):
    await session.commit()
    user = await users.find_active_user(session, world.teammate.id)
    assert user is not None
    user.is_active = False
    await session.flush()  # the session wrote a user: the directory's answers are gone
    assert await users.find_active_user(session, world.teammate.id) is None
    user.is_active = True
    await session.commit()
    with count_statements() as counted:
        assert await users.find_active_user(session, world.teammate.id) is not None
    assert len([s for s in counted.statements if "FROM users" in s]) == 1  # read afresh
