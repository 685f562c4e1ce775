"""Who may see which rows: the ONE place record scoping is decided.

Authentication (``app.auth``) yields a ``Principal``. Each model registers one
scoping rule here; the repository base (``core/repository.py``) applies it to every
statement, so lists, single reads, writes, exports and reports share one rule.
A model without a rule makes start-up fail (default deny).

The rules of the product:
  * sales engineer: rows they own, and customers of their territories;
  * sales head: rows owned by their team, and customers of their team's territories;
  * admin: everything.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, false, or_, true

from app.core.errors import Forbidden


class Role(StrEnum):
    ADMIN = "admin"
    SALES_HEAD = "sales_head"
    SALES_ENGINEER = "sales_engineer"


class Permission(StrEnum):
    """Named permissions; the clients hide what a user may not do with the same names."""

    CUSTOMERS_READ = "customers:read"
    CUSTOMERS_WRITE = "customers:write"
    CUSTOMERS_REASSIGN = "customers:reassign"
    USERS_READ = "users:read"
    USERS_MANAGE = "users:manage"
    TEAMS_MANAGE = "teams:manage"
    TERRITORIES_MANAGE = "territories:manage"
    AUDIT_READ = "audit:read"
    LOGIN_REPORT_READ = "login_report:read"
    LEADS_READ = "leads:read"
    LEADS_WRITE = "leads:write"
    LEADS_ASSIGN = "leads:assign"
    PIPELINES_MANAGE = "pipelines:manage"
    OPPORTUNITIES_READ = "opportunities:read"
    OPPORTUNITIES_WRITE = "opportunities:write"
    OPPORTUNITIES_ASSIGN = "opportunities:assign"
    LEAD_SCORING_MANAGE = "lead_scoring:manage"
    ACTIVITIES_READ = "activities:read"
    ACTIVITIES_WRITE = "activities:write"


_FIELD_WORK = {
    Permission.CUSTOMERS_READ,
    Permission.CUSTOMERS_WRITE,
    Permission.USERS_READ,
    Permission.LEADS_READ,
    Permission.LEADS_WRITE,
    Permission.OPPORTUNITIES_READ,
    Permission.OPPORTUNITIES_WRITE,
    Permission.ACTIVITIES_READ,
    Permission.ACTIVITIES_WRITE,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.SALES_ENGINEER: frozenset(_FIELD_WORK),
    Role.SALES_HEAD: frozenset(
        _FIELD_WORK
        | {
            Permission.CUSTOMERS_REASSIGN,
            Permission.LEADS_ASSIGN,
            Permission.OPPORTUNITIES_ASSIGN,
            Permission.LOGIN_REPORT_READ,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: a user (with role, team, territories) or an API key."""

    user_id: uuid.UUID | None
    role: Role
    permissions: frozenset[Permission]
    label: str
    team_id: uuid.UUID | None = None
    territory_ids: frozenset[uuid.UUID] = frozenset()
    # For a head: every member of the team they lead, and those members' territories.
    team_member_ids: frozenset[uuid.UUID] = frozenset()
    team_territory_ids: frozenset[uuid.UUID] = frozenset()
    api_key_id: uuid.UUID | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def has(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        if permission not in self.permissions:
            raise Forbidden(
                f"Missing permission {permission.value}", code="auth.missing_permission"
            )

    def visible_owner_ids(self) -> frozenset[uuid.UUID] | None:
        """Owners whose rows this caller sees; ``None`` means everyone (admin)."""
        if self.is_admin:
            return None
        if self.role is Role.SALES_HEAD:
            return self.team_member_ids | ({self.user_id} if self.user_id else set())
        return frozenset({self.user_id}) if self.user_id else frozenset()

    def visible_territory_ids(self) -> frozenset[uuid.UUID] | None:
        if self.is_admin:
            return None
        if self.role is Role.SALES_HEAD:
            return self.team_territory_ids | self.territory_ids
        return self.territory_ids


ScopeRule = Callable[[Principal], ColumnElement[bool]]
_RULES: dict[type[Any], ScopeRule] = {}
_UNSCOPED: dict[type[Any], str] = {}


def register_scope(model: type[Any]) -> Callable[[ScopeRule], ScopeRule]:
    def decorator(rule: ScopeRule) -> ScopeRule:
        _RULES[model] = rule
        return rule

    return decorator


def register_unscoped(model: type[Any], *, reason: str) -> None:
    """Declare a model that is never listed through the scoped repository (e.g. audit)."""
    _UNSCOPED[model] = reason


def scope_clause(model: type[Any], principal: Principal) -> ColumnElement[bool]:
    try:
        rule = _RULES[model]
    except KeyError:
        raise LookupError(f"no scoping rule registered for {model.__name__}") from None
    return rule(principal)


def assert_every_model_scoped(models: Iterable[type[Any]]) -> None:
    missing = [m.__name__ for m in models if m not in _RULES and m not in _UNSCOPED]
    if missing:
        raise RuntimeError(f"models without a scoping rule (default deny): {', '.join(missing)}")


# --- reusable rule shapes ---------------------------------------------------------


def owned_rows(owner_column: Any) -> ScopeRule:
    """Rows carrying an owner: own (engineer), the team's (head), all (admin)."""

    def rule(principal: Principal) -> ColumnElement[bool]:
        owners = principal.visible_owner_ids()
        if owners is None:
            return true()
        return owner_column.in_(owners) if owners else false()

    return rule


def owned_or_in_territory(owner_column: Any, territory_column: Any) -> ScopeRule:
    """Rows visible by owner or by territory (customers, leads)."""

    def rule(principal: Principal) -> ColumnElement[bool]:
        owners = principal.visible_owner_ids()
        territories = principal.visible_territory_ids()
        if owners is None or territories is None:
            return true()
        clauses = []
        if owners:
            clauses.append(owner_column.in_(owners))
        if territories:
            clauses.append(territory_column.in_(territories))
        return or_(*clauses) if clauses else false()

    return rule


def visible_to_everyone(_: Principal) -> ColumnElement[bool]:
    """Company directory data (users, teams, territories): readable by every signed-in user."""
    return true()


def visible_through(foreign_key: Any, parent_model: type[Any]) -> ScopeRule:
    """Child rows (addresses, contacts, stage history) visible exactly when the parent is."""

    def rule(principal: Principal) -> ColumnElement[bool]:
        from sqlalchemy import select

        parent_ids = select(parent_model.id).where(scope_clause(parent_model, principal))
        result: ColumnElement[bool] = foreign_key.in_(parent_ids)
        return result

    return rule
