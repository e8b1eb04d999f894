"""Prefect environment defaults, set before `import prefect`.

No network here: analytics off (else telemetry errors and "database is locked"); Prefect's home under
the product's state folder so a run never touches the user's ~/.prefect.
"""

from __future__ import annotations

import os

from pipeline.settings import home, private_dir


def prefect_defaults() -> None:
    base = home() / "prefect"
    if "PREFECT_HOME" not in os.environ:  # a caller that chose PREFECT_HOME (bts serve --dry-run) owns it
        private_dir(base)
    os.environ.setdefault("PREFECT_HOME", str(base))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_API_DATABASE_CONNECTION_URL", f"sqlite+aiosqlite:///{base / 'prefect.db'}")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    os.environ.setdefault("PREFECT_UI_ENABLED", "true")


prefect_defaults()
