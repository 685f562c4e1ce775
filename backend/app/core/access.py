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
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ARRAY, ColumnElement, Uuid, any_, false, literal, or_, true

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
    JOBS_MANAGE = "jobs:manage"
    PRODUCTS_READ = "products:read"
    PRODUCTS_WRITE = "products:write"
    PRICES_WRITE = "prices:write"
    TAXES_WRITE = "taxes:write"
    DISCOUNTS_MANAGE = "discounts:manage"
    QUOTES_READ = "quotes:read"
    QUOTES_WRITE = "quotes:write"
    QUOTES_APPROVE = "quotes:approve"
    SALES_ORDERS_READ = "sales_orders:read"
    SALES_ORDERS_WRITE = "sales_orders:write"
    STOCK_READ = "stock:read"
    STOCK_WRITE = "stock:write"
    WAREHOUSES_MANAGE = "warehouses:manage"
    PROCUREMENT_READ = "procurement:read"
    PROCUREMENT_WRITE = "procurement:write"
    # Field work: duty days, location pings, visits and reports, to-dos.
    FIELD_READ = "field:read"
    FIELD_WRITE = "field:write"
    INVOICES_READ = "invoices:read"
    INVOICES_WRITE = "invoices:write"
    PAYMENTS_READ = "payments:read"
    PAYMENTS_WRITE = "payments:write"
    # Heads approve their team's expense reports and mark them reimbursed.
    EXPENSES_APPROVE = "expenses:approve"
    DELIVERIES_READ = "deliveries:read"
    DELIVERIES_WRITE = "deliveries:write"
    # Integrations: creating, rotating and revoking API keys (admins).
    API_KEYS_MANAGE = "api_keys:manage"
    # Integrations: webhooks (subscriptions, their delivery log, replays; admins).
    WEBHOOKS_MANAGE = "webhooks:manage"
    # Reports and the dashboard: everyone reads them over the records they may see.
    REPORTS_READ = "reports:read"
    # Set sales targets: admins anyone's, heads their team's (docs/decisions/0043).
    TARGETS_MANAGE = "targets:manage"
    # GDPR: exporting and erasing a person's data (admins; decision 0042).
    PRIVACY_MANAGE = "privacy:manage"


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
    # The catalogue (products, taxes, price lists, prices, discount limits) is read by
    # everyone who sells; only admins change it (Role.ADMIN has every permission).
    Permission.PRODUCTS_READ,
    Permission.QUOTES_READ,
    Permission.QUOTES_WRITE,
    Permission.SALES_ORDERS_READ,
    Permission.SALES_ORDERS_WRITE,
    # Stock levels are company data every seller quotes from (docs/decisions/0019).
    Permission.STOCK_READ,
    Permission.FIELD_READ,
    Permission.FIELD_WRITE,
    # Engineers follow what their customers owe; heads and admins bill and book payments.
    Permission.INVOICES_READ,
    Permission.PAYMENTS_READ,
    # The field team arranges the delivery of their own orders (docs/decisions/0021).
    Permission.DELIVERIES_READ,
    Permission.DELIVERIES_WRITE,
    # Reports cover the caller's own records (an engineer's), the team's (a head's).
    Permission.REPORTS_READ,
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
            # Heads approve their team's discounts above the engineers' limits.
            Permission.QUOTES_APPROVE,
            # Heads correct stock (adjustments, transfers) and run procurement; the
            # warehouses themselves are master data (admins).
            Permission.STOCK_WRITE,
            Permission.PROCUREMENT_READ,
            Permission.PROCUREMENT_WRITE,
            Permission.INVOICES_WRITE,
            Permission.PAYMENTS_WRITE,
            Permission.EXPENSES_APPROVE,
            Permission.TARGETS_MANAGE,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}


class ApiScope(StrEnum):
    """What an API key may be granted: a resource, read or write. A permission whose
    action is not ``read`` (``customers:reassign``, ``leads:assign``) rides on its
    resource's write scope."""

    CUSTOMERS_READ = "customers:read"
    CUSTOMERS_WRITE = "customers:write"
    USERS_READ = "users:read"
    LEADS_READ = "leads:read"
    LEADS_WRITE = "leads:write"
    OPPORTUNITIES_READ = "opportunities:read"
    OPPORTUNITIES_WRITE = "opportunities:write"
    ACTIVITIES_READ = "activities:read"
    ACTIVITIES_WRITE = "activities:write"
    PRODUCTS_READ = "products:read"
    PRODUCTS_WRITE = "products:write"
    PRICES_WRITE = "prices:write"
    TAXES_WRITE = "taxes:write"
    QUOTES_READ = "quotes:read"
    QUOTES_WRITE = "quotes:write"
    SALES_ORDERS_READ = "sales_orders:read"
    SALES_ORDERS_WRITE = "sales_orders:write"
    STOCK_READ = "stock:read"
    STOCK_WRITE = "stock:write"
    WAREHOUSES_WRITE = "warehouses:write"
    PROCUREMENT_READ = "procurement:read"
    PROCUREMENT_WRITE = "procurement:write"
    INVOICES_READ = "invoices:read"
    INVOICES_WRITE = "invoices:write"
    PAYMENTS_READ = "payments:read"
    PAYMENTS_WRITE = "payments:write"
    DELIVERIES_READ = "deliveries:read"
    DELIVERIES_WRITE = "deliveries:write"
    REPORTS_READ = "reports:read"


# Never granted to an API key: administration (the directory, keys, jobs, company
# policy), the audit and login reports, approvals (a person decides), and field work
# (a person's own day, visits, expenses and to-dos).
PEOPLE_ONLY: frozenset[Permission] = frozenset(
    {
        Permission.USERS_MANAGE,
        Permission.TEAMS_MANAGE,
        Permission.TERRITORIES_MANAGE,
        Permission.AUDIT_READ,
        Permission.LOGIN_REPORT_READ,
        Permission.PIPELINES_MANAGE,
        Permission.LEAD_SCORING_MANAGE,
        Permission.JOBS_MANAGE,
        Permission.DISCOUNTS_MANAGE,
        Permission.QUOTES_APPROVE,
        Permission.EXPENSES_APPROVE,
        Permission.FIELD_READ,
        Permission.FIELD_WRITE,
        Permission.API_KEYS_MANAGE,
        # A webhook carries every record's changes whatever a key's row scope.
        Permission.WEBHOOKS_MANAGE,
        # Targets are set by people for people.
        Permission.TARGETS_MANAGE,
        # Erasing a person is an admin's decision, recorded as theirs.
        Permission.PRIVACY_MANAGE,
    }
)
_RIDES_ON_WRITE = {
    Permission.CUSTOMERS_REASSIGN: ApiScope.CUSTOMERS_WRITE,
    Permission.LEADS_ASSIGN: ApiScope.LEADS_WRITE,
    Permission.OPPORTUNITIES_ASSIGN: ApiScope.OPPORTUNITIES_WRITE,
    Permission.WAREHOUSES_MANAGE: ApiScope.WAREHOUSES_WRITE,
}
# The scope that carries each permission an API key may hold.
KEY_SCOPE_OF: dict[Permission, ApiScope] = {
    **{p: ApiScope(p.value) for p in Permission if p.value in {s.value for s in ApiScope}},
    **_RIDES_ON_WRITE,
}
_undecided = set(Permission) - set(KEY_SCOPE_OF) - PEOPLE_ONLY
if _undecided or set(KEY_SCOPE_OF) & PEOPLE_ONLY:
    # A new permission must say whether a key may hold it, and under which scope.
    raise RuntimeError(f"permissions neither scoped for API keys nor people-only: {_undecided}")


def permissions_of_scopes(scopes: Iterable[str]) -> frozenset[Permission]:
    """The permissions an API key with these scopes holds."""
    granted = set(scopes)
    return frozenset(p for p, scope in KEY_SCOPE_OF.items() if scope.value in granted)


_MAX_CLAUSES = 256
_Sql = TypeVar("_Sql")


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: a user (with role, team, territories) or an API key.

    An API key is nobody's account: ``user_id`` is None, its permissions come from its
    scopes, and its role only gives its reach (``visible_owner_ids``): every row like
    an admin, a team's like that team's head, a territory's like an engineer of it
    who owns nothing (docs/decisions/0036)."""

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
    # Scope clauses and scoped statements built for this caller (``clause``): the
    # principal is cached per process (users.service), so a request reuses them instead
    # of rebuilding them.
    _clauses: dict[Hashable, Any] = field(default_factory=dict, compare=False, repr=False)
    # The read path's compiled pages that hold this caller's own lookups (core/reads/),
    # dropped with the principal when the directory changes.
    _reads: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def clause(self, key: Hashable, build: Callable[[], _Sql]) -> _Sql:
        """A SQL clause (or a statement) about this caller, built once (``key`` names
        it): SQL expressions are immutable, so one serves every statement. (Keys a
        caller can vary, the entities a pull asks for, are bounded: past
        ``_MAX_CLAUSES`` all are forgotten.)"""
        clause = self._clauses.get(key)
        if clause is None:
            if len(self._clauses) >= _MAX_CLAUSES:
                self._clauses.clear()
            clause = self._clauses[key] = build()
        return clause

    @property
    def is_admin(self) -> bool:
        """An admin's reach and rules (an API key reaching every row counts too)."""
        return self.role is Role.ADMIN

    @property
    def kind(self) -> str:
        """``user``, ``api_key`` (an integration: nobody's account) or ``system``."""
        if self.api_key_id is not None:
            return "api_key"
        return "user" if self.user_id is not None else "system"

    def has(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        """The one permission check (routes' ``requires`` and services alike). An API
        key's refusal names the scope it lacks, or says no key may do this."""
        if permission in self.permissions:
            return
        if self.api_key_id is None:
            raise Forbidden(
                f"Missing permission {permission.value}", code="auth.missing_permission"
            )
        scope = KEY_SCOPE_OF.get(permission)
        if scope is None:
            raise Forbidden(
                f"API keys cannot do this ({permission.value}): it is for a signed-in person",
                code="auth.not_for_api_keys",
            )
        raise Forbidden(f"This API key lacks the scope {scope.value}", code="auth.missing_scope")

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


@dataclass(frozen=True)
class ScopeRule:
    """One model's scoping rule, declared by the columns it reads.

    Declared rather than written as a function so that the same rule can be applied to
    other columns holding the same keys: the event stream keeps each change's owner,
    territory and parent, and the change feed asks "could this caller see the record
    before or after this change?" with the record's own rule (``over``).
    """

    shape: str  # "owner" | "owner_or_territory" | "personal" | "parent" | "everyone" | "custom"
    owner: Any = None
    territory: Any = None
    parent: Any = None
    parent_model: type[Any] | None = None
    custom: Callable[[Principal], ColumnElement[bool]] | None = None

    def __call__(self, principal: Principal) -> ColumnElement[bool]:
        if self.shape == "everyone":
            return true()
        if self.shape == "personal":
            user = principal.user_id
            return self.owner == user if user is not None else false()
        if self.shape == "custom" and self.custom is not None:
            return self.custom(principal)
        if self.shape == "parent":
            from sqlalchemy import select

            assert self.parent_model is not None
            parent_ids = select(self.parent_model.id).where(
                scope_clause(self.parent_model, principal)
            )
            result: ColumnElement[bool] = self.parent.in_(parent_ids)
            return result
        owners = principal.visible_owner_ids()
        if owners is None:
            return true()
        clauses = [_among(self.owner, owners)] if owners else []
        if self.shape == "owner_or_territory":
            territories = principal.visible_territory_ids() or frozenset()
            if territories:
                clauses.append(_among(self.territory, territories))
        return or_(*clauses) if clauses else false()

    def over(self, *, owner: Any = None, territory: Any = None, parent: Any = None) -> ScopeRule:
        """The same rule reading other columns (the event stream's copy of the keys)."""
        return replace(self, owner=owner, territory=territory, parent=parent)

    @property
    def keys(self) -> dict[str, str]:
        """Which attribute of the model holds each key this rule reads."""
        found = {"owner": self.owner, "territory": self.territory, "parent": self.parent}
        return {name: column.key for name, column in found.items() if column is not None}


def _among(column: Any, ids: frozenset[uuid.UUID]) -> ColumnElement[bool]:
    """``column = ANY(:ids)``: one array parameter, so the statement's text (and its
    cached compilation) is the same however many ids a caller has."""
    return column == any_(literal(sorted(ids), ARRAY(Uuid())))  # type: ignore[no-any-return]


_RULES: dict[type[Any], ScopeRule] = {}
_UNSCOPED: dict[type[Any], str] = {}


def register_scope(model: type[Any], rule: ScopeRule) -> ScopeRule:
    _RULES[model] = rule
    return rule


def register_unscoped(model: type[Any], *, reason: str) -> None:
    """Declare a model that is never listed through the scoped repository (e.g. jobs)."""
    _UNSCOPED[model] = reason


def scope_rule(model: type[Any]) -> ScopeRule:
    try:
        return _RULES[model]
    except KeyError:
        raise LookupError(f"no scoping rule registered for {model.__name__}") from None


def scope_clause(model: type[Any], principal: Principal) -> ColumnElement[bool]:
    """The rows of ``model`` this caller may see (built once per caller and model: SQL
    expressions are immutable, so one clause serves every statement)."""
    rule = scope_rule(model)
    return principal.clause(id(rule), lambda: rule(principal))


def assert_every_model_scoped(models: Iterable[type[Any]]) -> None:
    missing = [m.__name__ for m in models if m not in _RULES and m not in _UNSCOPED]
    if missing:
        raise RuntimeError(f"models without a scoping rule (default deny): {', '.join(missing)}")


# --- the rule shapes ----------------------------------------------------------------


def owned_rows(owner_column: Any) -> ScopeRule:
    """Rows carrying an owner: own (engineer), the team's (head), all (admin)."""
    return ScopeRule("owner", owner=owner_column)


def owned_or_in_territory(owner_column: Any, territory_column: Any) -> ScopeRule:
    """Rows visible by owner or by territory (customers)."""
    return ScopeRule("owner_or_territory", owner=owner_column, territory=territory_column)


def personal_rows(user_column: Any) -> ScopeRule:
    """Rows for one person only (their notifications): not their head's, not an admin's."""
    return ScopeRule("personal", owner=user_column)


def visible_to_everyone() -> ScopeRule:
    """Company directory data (users, teams, territories): readable by every signed-in user."""
    return ScopeRule("everyone")


def visible_through(foreign_key: Any, parent_model: type[Any]) -> ScopeRule:
    """Child rows (addresses, contacts, stage history) visible exactly when the parent is."""
    return ScopeRule("parent", parent=foreign_key, parent_model=parent_model)


def custom_rule(rule: Callable[[Principal], ColumnElement[bool]]) -> ScopeRule:
    """A rule no shape fits; records under it get no tombstones in the change feed."""
    return ScopeRule("custom", custom=rule)


# --- who may be given a record, and where it may be put -----------------------------


def check_assignment(
    principal: Principal,
    *,
    owner_id: uuid.UUID | None = None,
    territory_id: uuid.UUID | None = None,
    reassign: Permission | None = None,
) -> None:
    """The one rule for placing a record: its owner must be someone the caller manages
    (themselves, or with ``reassign`` a member of their team; an admin anyone), and its
    territory one the caller covers (an engineer's own, a head's team's; an admin any).
    Whether the owner is an active user and the territory exists is the directory's
    check; this decides what the caller may do. Refusals name the field (422)."""
    from app.core.errors import InvalidReference

    if owner_id is not None and owner_id != principal.user_id:
        if reassign is not None:
            principal.require(reassign)
        owners = principal.visible_owner_ids()
        if owners is not None and owner_id not in owners:
            raise InvalidReference("owner_id")
    if territory_id is not None:
        territories = principal.visible_territory_ids()
        if territories is not None and territory_id not in territories:
            raise InvalidReference("territory_id")
