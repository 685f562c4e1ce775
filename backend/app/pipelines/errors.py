from app.core.errors import Conflict, NotFound, UnprocessableEntity


class PipelineNotFound(NotFound):
    code, title = "pipelines.not_found", "Pipeline not found"


class StageNotFound(NotFound):
    code, title = "pipelines.stage_not_found", "Stage not found"


class PipelineNameTaken(Conflict):
    code, title = "pipelines.name_taken", "Another pipeline has this name"


class StageInUse(Conflict):
    code, title = "pipelines.stage_in_use", "Deals are in this stage or passed through it"


class DefaultPipelineRequired(Conflict):
    code, title = (
        "pipelines.default_required",
        "There is always one default pipeline; make another one the default instead",
    )


class StagesIncomplete(Conflict):
    code, title = (
        "pipelines.stages_incomplete",
        "A pipeline keeps at least one open, one won and one lost stage",
    )


class StageDetailsInvalid(UnprocessableEntity):
    code, title = (
        "pipelines.stage_details_invalid",
        "The stage needs details that are missing or invalid",
    )
