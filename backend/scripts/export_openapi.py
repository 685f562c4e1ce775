"""Write the app's OpenAPI document (``--check``: fail if the committed one differs)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.config import Settings
from app.main import create_app


def render() -> str:
    app = create_app(Settings(web_dist=None))
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    paths = [a for a in argv if not a.startswith("--")]
    target = Path(paths[0] if paths else "../openapi/openapi.json")
    document = render()
    if check:
        if not target.exists() or target.read_text() != document:
            print(f"{target} is stale: run `make openapi` and commit it", file=sys.stderr)
            return 1
        print(f"{target} matches the app")
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(document)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
