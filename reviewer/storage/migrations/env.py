"""Alembic environment: runs on the connection the workspace hands over.

The FTS5 tables and their shadow tables are created by hand in the migrations and
kept away from autogenerate (see ``include_name``).
"""

from alembic import context

from reviewer.storage.models import Base

FTS_PREFIX = "paragraph_fts"


def include_name(name, type_, parent_names):
    if type_ == "table" and name and name.startswith(FTS_PREFIX):
        return False
    return True


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        url = context.config.get_main_option("sqlalchemy.url")
        if url is None:
            raise RuntimeError("no connection given and no sqlalchemy.url in alembic.ini")
        engine = create_engine(url)
        with engine.connect() as connection:
            _run(connection)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_name=include_name,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
