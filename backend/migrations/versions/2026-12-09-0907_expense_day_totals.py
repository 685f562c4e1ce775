"""expense_day_totals: each owner's claims per day, category and currency (rejected
lines left out), kept by a statement-level trigger on expense_lines, for the policy's
daily limits (decision 0029)

Revision ID: 5e1d7a90c2b4
Revises: 97b34c17d103
Create Date: 2026-12-09 09:07:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "5e1d7a90c2b4"
down_revision: str | None = "97b34c17d103"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# One function for the three triggers: each statement's lines (its transition tables)
# summed per key and added to the totals in one upsert, keys in order (two writers
# lock the keys they share in the same order). An update counts only the lines whose
# key, amount or rejection changed, so approving a report writes no total.


def _add(amounts: str) -> str:
    """The upsert adding ``amounts`` (owner, day, category, currency, amount rows) to
    the totals, summed per key."""
    return f"""
        INSERT INTO expense_day_totals AS t
            (owner_id, expense_date, category, currency, amount)
        {amounts.strip()}
        GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (owner_id, expense_date, category, currency)
        DO UPDATE SET amount = t.amount + excluded.amount;"""


# Each changed line moves its amount from its old key to its new one.
_MOVED = """
        SELECT k.owner_id, k.expense_date, k.category, k.currency, sum(k.amount)
        FROM new_lines n JOIN old_lines o USING (id)
        CROSS JOIN LATERAL (VALUES
            (n.owner_id, n.expense_date, n.category, n.currency,
             CASE WHEN n.decision <> 'rejected' THEN n.amount ELSE 0 END),
            (o.owner_id, o.expense_date, o.category, o.currency,
             CASE WHEN o.decision <> 'rejected' THEN -o.amount ELSE 0 END)
        ) AS k (owner_id, expense_date, category, currency, amount)
        WHERE (n.owner_id, n.expense_date, n.category, n.currency, n.amount,
               n.decision = 'rejected')
              IS DISTINCT FROM
              (o.owner_id, o.expense_date, o.category, o.currency, o.amount,
               o.decision = 'rejected')"""

# Lines inserted add their amounts; lines deleted take theirs away.
_INSERTED = """
        SELECT owner_id, expense_date, category, currency, sum(amount)
        FROM new_lines WHERE decision <> 'rejected'"""
_DELETED = """
        SELECT owner_id, expense_date, category, currency, -sum(amount)
        FROM old_lines WHERE decision <> 'rejected'"""

KEEP = f"""
CREATE FUNCTION expense_day_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN{_add(_INSERTED)}
    ELSIF TG_OP = 'DELETE' THEN{_add(_DELETED)}
    ELSE{_add(_MOVED)}
    END IF;
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "expense_day_totals",
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("expense_date", sa.Date(), nullable=False),
        sa.Column(
            "category",
            sa.Enum(
                "travel",
                "fuel",
                "food",
                "lodging",
                "mileage",
                "other",
                name="expensecategory",
                native_enum=False,
                length=15,
            ),
            nullable=False,
        ),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.PrimaryKeyConstraint(
            "owner_id", "expense_date", "category", "currency", name=op.f("pk_expense_day_totals")
        ),
    )
    op.execute(KEEP)
    op.execute(
        "CREATE TRIGGER expense_day_totals_on_insert AFTER INSERT ON expense_lines"
        " REFERENCING NEW TABLE AS new_lines"
        " FOR EACH STATEMENT EXECUTE FUNCTION expense_day_totals_keep()"
    )
    op.execute(
        "CREATE TRIGGER expense_day_totals_on_update AFTER UPDATE ON expense_lines"
        " REFERENCING OLD TABLE AS old_lines NEW TABLE AS new_lines"
        " FOR EACH STATEMENT EXECUTE FUNCTION expense_day_totals_keep()"
    )
    op.execute(
        "CREATE TRIGGER expense_day_totals_on_delete AFTER DELETE ON expense_lines"
        " REFERENCING OLD TABLE AS old_lines"
        " FOR EACH STATEMENT EXECUTE FUNCTION expense_day_totals_keep()"
    )
    op.execute(
        "INSERT INTO expense_day_totals (owner_id, expense_date, category, currency, amount)"
        " SELECT owner_id, expense_date, category, currency, sum(amount) FROM expense_lines"
        " WHERE decision <> 'rejected' GROUP BY 1, 2, 3, 4"
    )


def downgrade() -> None:
    for trigger in ("on_insert", "on_update", "on_delete"):
        op.execute(f"DROP TRIGGER expense_day_totals_{trigger} ON expense_lines")
    op.execute("DROP FUNCTION expense_day_totals_keep()")
    op.drop_table("expense_day_totals")
