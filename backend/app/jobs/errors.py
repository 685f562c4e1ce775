from app.core.errors import Conflict, NotFound


class JobNotFound(NotFound):
    code, title = "jobs.not_found", "Job not found"


class JobNotRetryable(Conflict):
    code, title = "jobs.not_retryable", "Only a failed job can be retried"
