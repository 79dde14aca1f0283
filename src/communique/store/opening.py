"""Opening the store's file: every way it can fail is one sentence naming the file (not a DuckDB file,
a DuckDB file of another program, a folder, missing, in use by another writer)."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb

from ..errors import BadInput


def open_database(path: Path, read_only: bool, tables: tuple[str, ...]) -> duckdb.DuckDBPyConnection:
    """A connection to the store at `path`, its schema created where it may write; BadInput otherwise."""
    if read_only and not path.exists():
        raise BadInput(f"The database {path} does not exist; run `communique ingest` first "
                       "or give the right file with --db.")
    if path.is_dir():
        raise BadInput(f"The database {path} is a folder; give a database file with --db.")
    try:
        db = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise BadInput(_open_error(path, exc)) from exc
    try:
        if not read_only:
            db.execute(resources.files(__package__).joinpath("schema.sql").read_text("utf-8"))
        for table in tables:  # a DuckDB file made by another program has none of them
            db.execute(f"SELECT * FROM {table} LIMIT 0")
    except duckdb.Error as exc:
        db.close()
        raise BadInput(f"The database {path} is not a communique store ({first_line(exc)}); "
                       "give a file made by `communique ingest` with --db.") from exc
    return db


def _open_error(path: Path, exc: Exception) -> str:
    """Why a database file cannot be opened, in one sentence naming it."""
    message = first_line(exc)
    if "not a valid DuckDB database" in message or "Invalid Input Error" in message:
        return (f"{path} is not a DuckDB database; give the file `communique ingest` made with --db, "
                "or a new file name to start a new store.")
    if "lock" in message.lower():
        return (f"The database {path} is in use by another program ({message}); wait for it to finish, "
                "or give another file with --db.")
    return f"The database {path} cannot be opened ({message}); check the file, or give another with --db."


def first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
