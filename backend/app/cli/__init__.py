"""Command line of the backend: ``python -m app.cli <command>`` (see ``--help``).

Every command that needs a database gets one the same way (``database.py``): the
server named by ``DATABASE_URL``, or else the embedded PostgreSQL under ``var/``.
"""
