"""Fuzz the API from its own OpenAPI document with schemathesis (part of `make test`).

Starts a throwaway seeded stack (`python -m app.cli serve-scratch`), signs in as the
demo admin (who may call every operation) and runs schemathesis with every check and
a bounded number of examples per operation: any server error or any answer outside
the documented schema fails the run. Usage: python scripts/fuzz_api.py [--max-examples N]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]
# Operations that end a session or rotate secrets would sign the fuzzer out halfway.
EXCLUDED = ["/api/v1/auth/logout", "/api/v1/me/calendar-feed/rotate"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(url: str, child: subprocess.Popen[bytes], seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if child.poll() is not None:
            raise SystemExit(f"the API stopped early (exit {child.returncode})")
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"the API did not answer at {url}")


def _get(base: str, path: str, token: str) -> object:
    request = urllib.request.Request(f"{base}{path}", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=30) as answer:
        return json.load(answer)


def _record_ids(base: str, token: str) -> dict[str, str]:
    """Ids of real demo records, so the fuzzer's requests reach the business rules
    behind the 404 (each path parameter gets one real record)."""
    first = {
        "customer_id": "/api/v1/customers?limit=1",
        "lead_id": "/api/v1/leads?limit=1",
        "opportunity_id": "/api/v1/opportunities?limit=1",
        "activity_id": "/api/v1/activities?limit=1",
        "user_id": "/api/v1/users?limit=1",
    }
    ids = {name: _get(base, path, token)["items"][0]["id"] for name, path in first.items()}  # type: ignore[index]
    customer = _get(base, f"/api/v1/customers/{ids['customer_id']}", token)
    ids["contact_id"] = customer["contacts"][0]["id"]  # type: ignore[index]
    # The by-external-id routes reach a real customer (the demo's carry SAP ids).
    ids["external_id"] = customer["external_id"]  # type: ignore[index]
    pipeline = _get(base, "/api/v1/pipelines", token)[0]  # type: ignore[index]
    ids["pipeline_id"], ids["stage_id"] = pipeline["id"], pipeline["stages"][1]["id"]
    ids["team_id"] = _get(base, "/api/v1/teams", token)[0]["id"]  # type: ignore[index]
    ids["territory_id"] = _get(base, "/api/v1/territories", token)[0]["id"]  # type: ignore[index]
    return ids


def _config(ids: dict[str, str]) -> Path:
    """The committed settings plus this run's record ids, in a temporary config file."""
    lines = [(BACKEND / "schemathesis.toml").read_text(), "", "[parameters]"]
    lines += [f'"path.{name}" = "{value}"' for name, value in sorted(ids.items())]
    path = Path(tempfile.mkdtemp(prefix="sales-fuzz-")) / "schemathesis.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _token(base: str) -> str:
    body = json.dumps({"email": "admin@example.com", "password": "demo-pass-1"}).encode()
    request = urllib.request.Request(
        f"{base}/api/v1/auth/login", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        return str(json.load(answer)["access_token"])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-examples", type=int, default=15)
    parser.add_argument("--seed", type=int, default=20261129)
    parser.add_argument(
        "--include-path-regex", help="only the operations whose path matches (a change's)"
    )
    args = parser.parse_args()
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "serve-scratch", "--port", str(port)],
        cwd=BACKEND,
        env={**os.environ, "SALES_ACCESS_TOKEN_MINUTES": "120"},
        stdout=subprocess.DEVNULL,
    )
    try:
        _wait(f"{base}/ready", server)
        token = _token(base)
        config = _config(_record_ids(base, token))
        command = [
            str(Path(sys.executable).with_name("schemathesis")),
            "--config-file",
            str(config),
            "run",
            f"{base}/openapi.json",
            "--checks",
            "all",
            "--exclude-checks",
            # The demo admin sees every record, so "another user's object" cannot be
            # told apart here; record scoping is tested route by route (test_matrix).
            "object_level_authorization,ignored_auth",
            "--max-examples",
            str(args.max_examples),
            "--seed",
            str(args.seed),
            "--phases",
            "examples,coverage,fuzzing",
            "--workers",
            "2",
            "--header",
            f"Authorization: Bearer {token}",
            "--suppress-health-check",
            "all",
            "--no-color",
        ]
        for path in EXCLUDED:
            command += ["--exclude-path", path]
        if args.include_path_regex:
            command += ["--include-path-regex", args.include_path_regex]
        return subprocess.run(command, cwd=BACKEND, check=False).returncode
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
