from app.core.errors import Conflict, NotFound


class UserNotFound(NotFound):
    code, title = "users.not_found", "User not found"


class TeamNotFound(NotFound):
    code, title = "teams.not_found", "Team not found"


class TerritoryNotFound(NotFound):
    code, title = "territories.not_found", "Territory not found"


class EmailTaken(Conflict):
    code, title = "users.email_taken", "A user with this email already exists"


class NameTaken(Conflict):
    code, title = "name_taken", "The name is already used"
