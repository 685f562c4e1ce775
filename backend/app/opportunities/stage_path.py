"""The stage path: which open stages a deal reached, passed through or skipped.

A move forward over open stages (Potential -> Order acceptance) goes past the stages in
between. Each of them that asks for details (Purchase order: PO number and date;
Advance: amount and date received) must get its details in the same request (values
the deal already holds count, e.g. from an earlier pass): the deal then passes
through it, and its details are kept like the target's. A stage asking for nothing
(Proposal) is skipped: recorded so in the history and on the deal, so a stage bar does
not tick it as done. Missing details of any stage are one 422 naming each field at
``["body", "details", key]`` with the stage in its message. Closing (won or lost) is
not a skip: a deal may close from any open stage. Decision record:
docs/decisions/0013-skipped-stages-and-reopening.md.

Pure functions over a pipeline's stages: no database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.core.errors import FieldError
from app.pipelines import service as pipelines
from app.pipelines.errors import StageDetailsInvalid
from app.pipelines.service import Pipeline, PipelineStage, StageKind


@dataclass
class StagePath:
    """What entering ``target`` takes: the details checked per stage, the stages gone
    past with their details (passed) and without (skipped)."""

    target_details: dict[str, Any]
    passed: list[PipelineStage] = field(default_factory=list)
    passed_details: dict[str, Any] = field(default_factory=dict)
    skipped: list[PipelineStage] = field(default_factory=list)

    @property
    def details(self) -> dict[str, Any]:
        """Every detail this move captures (the target's win on a shared key)."""
        return {**self.passed_details, **self.target_details}


def open_stages(pipeline: Pipeline) -> list[PipelineStage]:
    """The open stages in pipeline order (``stages`` is ordered by position)."""
    return [s for s in pipeline.stages if s.kind is StageKind.OPEN]


def stages_between(
    pipeline: Pipeline, start: PipelineStage | None, target: PipelineStage
) -> list[PipelineStage]:
    """The open stages strictly between ``start`` and ``target`` when ``target`` is an open
    stage after it; none for a move back, a close, or an unknown start."""
    stages = open_stages(pipeline)
    if start is None or start not in stages or target not in stages:
        return []
    return stages[stages.index(start) + 1 : stages.index(target)]


def stages_before(pipeline: Pipeline, target: PipelineStage) -> list[PipelineStage]:
    stages = open_stages(pipeline)
    return stages[: stages.index(target)] if target in stages else []


def _keys(stage: PipelineStage) -> set[str]:
    return {spec["key"] for spec in stage.required_fields}


def _asks_for_details(stage: PipelineStage) -> bool:
    return any(spec.get("required", True) for spec in stage.required_fields)


def check_path(
    gone_past: Sequence[PipelineStage],
    target: PipelineStage,
    details: Mapping[str, Any],
    *,
    held: Mapping[str, Any],
    target_may_use_held: bool = False,
) -> StagePath:
    """Split ``details`` (one flat object, as the move sends it) between the stages gone
    past and the target, check each stage's, and raise ONE 422 naming every missing or
    invalid field. ``held`` (the deal's details) fills the stages gone past, and the
    target too when ``target_may_use_held`` (a reopen returns to where the deal was)."""
    passed = [s for s in gone_past if _asks_for_details(s)]
    path = StagePath(
        target_details={},
        passed=passed,
        skipped=[s for s in gone_past if not _asks_for_details(s)],
    )
    errors: list[FieldError] = []
    claimed: set[str] = set()
    for stage in passed:
        keys = _keys(stage)
        claimed |= keys
        given = {k: held[k] for k in keys if k in held}
        given.update({k: v for k, v in details.items() if k in keys})
        try:
            path.passed_details.update(pipelines.check_stage_details(stage, given))
        except StageDetailsInvalid as invalid:
            errors.extend(invalid.errors or [])
    target_keys = _keys(target)
    own = {k: v for k, v in details.items() if k not in claimed or k in target_keys}
    if target_may_use_held:
        own = {**{k: held[k] for k in target_keys if k in held}, **own}
    try:
        path.target_details = pipelines.check_stage_details(target, own)
    except StageDetailsInvalid as invalid:
        errors.extend(invalid.errors or [])
    if errors:
        raise StageDetailsInvalid(errors=errors)
    return path


def skipped_after(
    pipeline: Pipeline,
    skipped_ids: Sequence[str],
    *,
    target: PipelineStage,
    path: StagePath,
) -> list[str]:
    """The deal's skipped stages once it is in ``target`` (an open stage): those before it
    skipped earlier, less the ones now passed through, plus the ones now skipped; in
    pipeline order. A close keeps them as they are (the caller does not call this)."""
    before = stages_before(pipeline, target)
    passed = {str(s.id) for s in path.passed}
    wanted = (set(skipped_ids) - passed) | {str(s.id) for s in path.skipped}
    return [str(s.id) for s in before if str(s.id) in wanted]
