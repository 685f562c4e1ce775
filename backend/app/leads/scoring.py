"""Lead score: 0-100 from the configurable rules in ``lead_scoring_rules``.

How the rules combine (each contributing rule is returned as a factor with its reason):
  * source: the rule whose ``match`` is the lead's source adds its points;
  * industry: the rule whose ``match`` is the lead's industry (any case) adds its points;
  * value: of the rules whose ``threshold`` (INR) the estimated value reaches, the
    highest threshold adds its points. Values in another currency earn no value points:
    there are no exchange rates to compare them with;
  * completeness: every rule whose ``match`` names a detail the lead has (email, phone,
    company_name, person_name, address, tax_id, industry, product_interest,
    estimated_value) adds its points, reported as one factor;
  * recent activity: of the rules whose ``threshold`` (days) is at least the days since
    the lead's last activity, the smallest adds its points.
The sum is clamped to 0..100. Scores are recomputed whenever the lead changes and, for
every open lead, when the rules change; between changes a score does not decay.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from app.leads.models import Lead, LeadScoringRule, ScoringFactor

COMPANY_CURRENCY = "INR"
COMPLETENESS_FIELDS = (
    "email",
    "phone",
    "company_name",
    "person_name",
    "address",
    "tax_id",
    "industry",
    "product_interest",
    "estimated_value",
)


@dataclass(frozen=True)
class Factor:
    factor: str
    points: int
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {"factor": self.factor, "points": self.points, "reason": self.reason}


def _has(lead: Lead, field: str) -> bool:
    if field == "address":
        return bool(lead.address_line1 and lead.city)
    value = getattr(lead, field, None)
    return value is not None and value != ""


def _days_since(then: datetime, now: datetime) -> Decimal:
    return Decimal(max(0, (now - then).days))


def score_lead(
    lead: Lead, rules: Iterable[LeadScoringRule], *, now: datetime
) -> tuple[int, list[Factor]]:
    active = [r for r in rules if r.is_active]
    by_factor = {f: [r for r in active if r.factor is f] for f in ScoringFactor}
    factors: list[Factor] = []

    for rule in by_factor[ScoringFactor.SOURCE]:
        if rule.match == lead.source.value:
            factors.append(Factor("source", rule.points, f"Source: {lead.source.value}"))

    if lead.industry:
        for rule in by_factor[ScoringFactor.INDUSTRY]:
            if rule.match and rule.match.lower() == lead.industry.lower():
                factors.append(Factor("industry", rule.points, f"Industry: {lead.industry}"))

    if lead.estimated_value is not None and lead.currency == COMPANY_CURRENCY:
        reached = [
            r
            for r in by_factor[ScoringFactor.VALUE]
            if r.threshold is not None and lead.estimated_value >= r.threshold
        ]
        if reached:
            best = max(reached, key=lambda r: r.threshold or 0)
            factors.append(
                Factor(
                    "value",
                    best.points,
                    f"Estimated value {lead.estimated_value} {lead.currency} "
                    f">= {best.threshold} {COMPANY_CURRENCY}",
                )
            )

    present = [
        r
        for r in by_factor[ScoringFactor.COMPLETENESS]
        if r.match in COMPLETENESS_FIELDS and _has(lead, r.match)
    ]
    if present:
        names = ", ".join(r.match or "" for r in present)
        factors.append(
            Factor("completeness", sum(r.points for r in present), f"Details given: {names}")
        )

    last = lead.last_activity_at or lead.captured_at
    if last is not None:
        days = _days_since(last, now)
        within = [
            r
            for r in by_factor[ScoringFactor.RECENT_ACTIVITY]
            if r.threshold is not None and days <= r.threshold
        ]
        if within:
            best = min(within, key=lambda r: r.threshold or 0)
            factors.append(
                Factor(
                    "recent_activity",
                    best.points,
                    f"Last activity {days} days ago (within {best.threshold:.0f} days)",
                )
            )

    total = sum(f.points for f in factors)
    return max(0, min(100, total)), factors


def apply_score(lead: Lead, rules: Iterable[LeadScoringRule], *, now: datetime) -> None:
    score, factors = score_lead(lead, rules, now=now)
    lead.score = score
    lead.score_factors = [f.as_json() for f in factors]
