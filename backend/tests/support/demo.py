"""The mark of tests that read the demo data.

They run on a database of their worker's that holds the demo (the ``demo_database_url``
fixture), each inside its own rolled-back transaction. The demo is seeded once per run:
the first worker dumps it to ``var/cache`` and the other restores the dump.
"""

import pytest

DEMO = pytest.mark.demo
