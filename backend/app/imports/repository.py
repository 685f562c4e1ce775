"""Every query of the imports domain. An import is read through the scoped base; its rows
are reached by the id of an import already found visible (or by the job running it)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.interchange import SourceRecord
from app.core.pagination import SortOptions
from app.core.repository import ScopedRepository
from app.imports.errors import ImportNotFound
from app.imports.models import Import, ImportRow

IMPORT_SORT = SortOptions("-created_at", created_at=Import.created_at)
ROWS = cast(Table, ImportRow.__table__)


class ImportRepository(ScopedRepository[Import]):
    model = Import
    not_found = ImportNotFound

    def of_resource(self, resource: str) -> Select[Import]:
        return self.scoped().where(Import.resource == resource)

    async def get_of_resource(self, resource: str, import_id: uuid.UUID) -> Import:
        stmt = self.of_resource(resource).where(Import.id == import_id)
        found = (await self.session.scalars(stmt)).one_or_none()
        if found is None:
            raise ImportNotFound()
        return found

    async def unscoped_lock(self, import_id: uuid.UUID) -> Import | None:
        """The import, its row locked until the transaction ends (the job that runs it)."""
        stmt = select(Import).where(Import.id == import_id).with_for_update()
        return (await self.session.scalars(stmt)).one_or_none()

    async def unscoped_add_progress(self, import_id: uuid.UUID, done: int) -> None:
        await self.session.execute(
            update(Import)
            .where(Import.id == import_id)
            .values(processed_rows=Import.processed_rows + done)
        )


class ImportRowRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def unscoped_insert(self, import_id: uuid.UUID, records: Sequence[SourceRecord]) -> None:
        await self.session.execute(
            insert(ROWS),
            [
                {
                    "import_id": import_id,
                    "row_number": record.row,
                    "rows": record.rows or [record.row],
                    "external_id": (record.external_id or "")[:100] or None,
                    "data": record.data,
                    "columns": record.columns,
                    "read_problem": record.problem,
                }
                for record in records
            ],
        )

    async def unscoped_pending(
        self, import_id: uuid.UUID, *, dry_run: bool, limit: int
    ) -> list[ImportRow]:
        """The next records the phase has not reached, in file order."""
        outcome = ImportRow.dry_run_outcome if dry_run else ImportRow.outcome
        stmt = (
            select(ImportRow)
            .where(ImportRow.import_id == import_id, outcome.is_(None))
            .order_by(ImportRow.row_number)
            .limit(limit)
        )
        return list((await self.session.scalars(stmt)).all())

    async def unscoped_record(
        self, import_id: uuid.UUID, *, dry_run: bool, results: Sequence[dict[str, Any]]
    ) -> None:
        """Each record's outcome of the phase (one statement, executed for the set):
        ``results`` hold ``row_number``, ``outcome``, ``problem``, ``record_id``."""
        if not results:
            return
        values: dict[str, Any] = (
            {"dry_run_outcome": bindparam("b_outcome"), "dry_run_problem": bindparam("b_problem")}
            if dry_run
            else {
                "outcome": bindparam("b_outcome"),
                "problem": bindparam("b_problem"),
                "record_id": bindparam("b_record_id"),
            }
        )
        stmt = (
            update(ROWS)
            .where(
                ROWS.c.import_id == import_id,
                ROWS.c.row_number == bindparam("b_row"),
            )
            .values(**values)
        )
        await self.session.execute(
            stmt,
            [
                {
                    "b_row": result["row_number"],
                    "b_outcome": result["outcome"],
                    "b_problem": result["problem"],
                    "b_record_id": result["record_id"],
                }
                for result in results
            ],
        )

    async def unscoped_counts(self, import_id: uuid.UUID, *, dry_run: bool) -> dict[str, int]:
        outcome = ImportRow.dry_run_outcome if dry_run else ImportRow.outcome
        stmt = (
            select(outcome, func.count())
            .where(ImportRow.import_id == import_id, outcome.is_not(None))
            .group_by(outcome)
        )
        return {str(row[0]): int(row[1]) for row in (await self.session.execute(stmt)).all()}

    async def unscoped_page(
        self,
        import_id: uuid.UUID,
        *,
        dry_run: bool,
        outcome: str | None,
        after_row: int | None,
        limit: int | None,
    ) -> list[ImportRow]:
        """The records in file order (after ``after_row``; of one outcome when given)."""
        stmt = select(ImportRow).where(ImportRow.import_id == import_id)
        if outcome is not None:
            column = ImportRow.dry_run_outcome if dry_run else ImportRow.outcome
            stmt = stmt.where(column == outcome)
        if after_row is not None:
            stmt = stmt.where(ImportRow.row_number > after_row)
        stmt = stmt.order_by(ImportRow.row_number)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list((await self.session.scalars(stmt)).all())
