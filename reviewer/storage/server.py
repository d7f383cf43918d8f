"""A team workspace: the same schema on a PostgreSQL server.

``--workspace postgresql://ana@db.example.org:5432/upr`` opens a database instead of a
file.  The password is never part of what the program keeps: libpq finds it (the
``PGPASSWORD`` variable, ``~/.pgpass``, a service file named by ``service=``), or the
window asks for it and hands it to the connection alone.  ``sslmode`` and every other
libpq parameter in the URL's query are passed through as given.

Three things differ from a file, and are settled here:

- **Writes.**  SQLite lets one writer in at a time (BEGIN IMMEDIATE).  The server
  does the same for this program's writes with a transaction-level advisory lock
  taken at the start of each write transaction: two reviewers' clicks land one
  after the other, never half over each other, and readers are never blocked.
- **Upgrades.**  The schema belongs to whoever ran ``team init``; a reviewer's
  program never changes it.  A database behind the program's schema is refused with
  the command that brings it up to date (run by its owner), under a session
  advisory lock so two owners never migrate at once.
- **Who may write.**  PostgreSQL's own roles decide (``reviewer.storage.roles``);
  what this login may do is read once at open, so the program says "read only"
  before the first write instead of failing on it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError

from reviewer.errors import LoginRefused, SchemaTooNew, WorkspaceError
from reviewer.paths import is_server_url as is_server_url  # one test of a URL, re-exported

if TYPE_CHECKING:
    from alembic.config import Config

CHANNEL = "upr_reviewer"  # NOTIFY channel of every change (migration 0007)
WRITE_LOCK = 0x55505200  # pg_advisory_xact_lock key of this program's writes ("UPR\0")
MIGRATE_LOCK = 0x55505201  # pg_advisory_lock key held while the schema is changed
WRITE_OPTION = "upr_write"  # execution option: this transaction writes
TEAM_EXTRA = "pip install 'upr-reviewer[team]'"

# One name per process, set on each of its connections: notifications carry it, so a
# process knows its own changes from a colleague's.
CLIENT_ID = uuid.uuid4().hex[:16]


def redact(url: str) -> str:
    """The URL without its password: what titles, logs, settings and errors show."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, user + host, parts.path, parts.query, parts.fragment))


def database_name(url: str) -> str:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name:
        name = dict(parse_qsl(parts.query)).get("dbname", "") or parts.username or "postgres"
    return name


def sqlalchemy_url(url: str) -> str:
    """The URL for SQLAlchemy's psycopg 3 dialect (``postgresql+psycopg://``)."""
    parts = urlsplit(url.strip())
    netloc = parts.netloc
    query = urlencode(parse_qsl(parts.query, keep_blank_values=True))
    return urlunsplit(("postgresql+psycopg", netloc, parts.path, query, parts.fragment))


def require_driver() -> None:
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise WorkspaceError(
            "a team workspace (postgresql://…) needs the PostgreSQL driver, which this "
            f"installation lacks; install it with: {TEAM_EXTRA}"
        ) from exc


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # psycopg 3 opens a transaction on the first statement: commit the settings
    with dbapi_conn.cursor() as cur:
        cur.execute("SELECT set_config('upr.client', %s, false)", (CLIENT_ID,))
        cur.execute("SET TIME ZONE 'UTC'")
    dbapi_conn.commit()


def _on_begin(conn: Any) -> None:
    if conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def make_server_engine(url: str, password: str | None = None) -> Engine:
    require_driver()
    args: dict[str, Any] = {"application_name": "UPR Reviewer", "connect_timeout": 10}
    if password is not None:  # to the connection only: never in a URL, a log or settings
        args["password"] = password
    engine = create_engine(
        sqlalchemy_url(url),
        connect_args=args,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=5,
    )
    # many rows inserted at once go as multi-row INSERTs of up to 1,000 rows, not one
    # statement per row: the kept counts' statement triggers then run once per batch
    # instead of once per row (10k paragraphs: 0.8 s instead of 7 s)
    engine.dialect.use_insertmanyvalues_wo_returning = True
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def writer_of(engine: Engine) -> Engine:
    """The same pool, each transaction taking the program's write lock first."""
    return engine.execution_options(**{WRITE_OPTION: True})


# ------------------------------------------------------------------------- opening


@dataclass(frozen=True)
class ServerState:
    revision: str | None
    tables: frozenset[str]


def inspect_server(engine: Engine, where: str) -> ServerState:
    with engine.connect() as conn:
        tables = frozenset(
            r[0]
            for r in conn.execute(
                text(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema()"
                )
            )
        )
        revision = None
        if "alembic_version" in tables:  # one read, as Alembic's own (no Alembic import)
            row = conn.execute(text("SELECT version_num FROM alembic_version LIMIT 1")).first()
            revision = row[0] if row is not None else None
    return ServerState(revision, tables)


def open_server(url: str, cfg: Config | None = None, password: str | None = None) -> Engine:
    """The engine of the team workspace at ``url``, its schema at the program's head.

    An empty database gets the schema when this login may create it; a database of
    another program, or one behind or ahead of the program, is refused with what to do.
    ``cfg``: other migration scripts than the program's (tests); Alembic is asked only
    when the database's revision is not the head (``db.HEAD_REVISION``).
    """
    from reviewer.storage.db import HEAD_REVISION, alembic_config, alembic_head

    where = redact(url)
    engine = make_server_engine(url, password)
    try:
        state = inspect_server(engine, where)
        if cfg is None and state.revision == HEAD_REVISION:
            return engine
        cfg = cfg or alembic_config()
        if state.revision == alembic_head(cfg):
            return engine
        from reviewer.storage.db import _is_ours, known_revision

        if state.revision is None and any(not _is_ours(t) for t in state.tables):
            raise WorkspaceError(
                f"{where}: this database belongs to another program (it has tables of its "
                f"own: {', '.join(sorted(state.tables)[:5])}); it was left untouched. "
                "Create an empty database for the team workspace"
            )
        if state.revision is not None and not known_revision(state.revision, cfg):
            raise SchemaTooNew(
                f"{where}: this team workspace was written by a newer version of UPR "
                f"Reviewer (schema {state.revision}); update the program to open it"
            )
        upgrade_server(engine, cfg, where, state.revision)
        return engine
    except WorkspaceError:
        engine.dispose()
        raise
    except DBAPIError as exc:
        engine.dispose()
        raise server_failure(where, exc) from exc


def upgrade_server(engine: Engine, cfg: Config, where: str, current: str | None) -> None:
    """Bring the schema to head in one transaction, one migrating process at a time."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    from reviewer.storage.db import alembic_head

    with engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATE_LOCK})")
        conn.commit()
        try:
            cfg.attributes["connection"] = conn
            with conn.begin():
                now = MigrationContext.configure(conn).get_current_revision()
                if now == alembic_head(cfg):
                    return  # another process upgraded it while this one waited
                if not _may_change_schema(conn):
                    doing = "create its tables" if current is None else "upgrade it"
                    raise WorkspaceError(
                        f"{where}: the team workspace's schema is "
                        f"{'missing' if current is None else 'older than this program'}, "
                        f"and this login may not {doing}; its administrator runs "
                        f"`python -m reviewer team init --url {where}`"
                    )
                command.upgrade(cfg, "head")
        finally:
            cfg.attributes.pop("connection", None)
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATE_LOCK})")
            conn.commit()


def _may_change_schema(conn: Any) -> bool:
    owner = conn.exec_driver_sql(
        "SELECT pg_catalog.pg_get_userbyid(nspowner) = current_user "
        "OR has_schema_privilege(current_schema(), 'CREATE') "
        "FROM pg_namespace WHERE nspname = current_schema()"
    ).scalar()
    return bool(owner)


def server_failure(where: str, exc: BaseException) -> WorkspaceError:
    """The sentence for a server error a person can mend (login, network, rights)."""
    orig = getattr(exc, "orig", None) or exc
    text_ = " ".join(str(orig).split())
    code = getattr(orig, "sqlstate", None)
    if code == "42501" or "permission denied" in text_:
        return WorkspaceError(
            f"{where}: your PostgreSQL role may not do this ({text_}); "
            "ask the team workspace's administrator for the right role"
        )
    if "password authentication failed" in text_ or "no password supplied" in text_:
        return LoginRefused(
            f"{where}: the server refused the login (wrong or missing password); give the "
            "password when asked, or put it in ~/.pgpass or $PGPASSWORD"
        )
    if "does not exist" in text_ and "role" in text_:
        return WorkspaceError(
            f"{where}: the server knows no such user ({text_}); check the user name, "
            "or ask the administrator to make the login (`team grant LOGIN reviewer`)"
        )
    if "does not exist" in text_ and "database" in text_:
        return WorkspaceError(f"{where}: there is no such database on the server ({text_})")
    if "Connection refused" in text_ or "could not connect" in text_ or "timeout" in text_:
        return WorkspaceError(
            f"{where}: cannot reach the PostgreSQL server ({text_}); check the address, "
            "that the server runs, and your network"
        )
    return WorkspaceError(f"{where}: database error: {text_}")


# ------------------------------------------------------------------ colleagues' changes


class Listener:
    """LISTEN on the change channel, on a connection of its own; ``poll`` never waits.

    Each notification names the process that wrote (``CLIENT_ID``) and the table;
    this process's own are skipped: its window already knows what it did.
    """

    def __init__(self, url: str, password: str | None = None):
        self._url, self._password = url, password
        self._conn = self._connect()
        self.tables: set[str] = set()  # what colleagues changed since the last take

    def _connect(self) -> Any:
        import psycopg

        kwargs: dict[str, Any] = {"autocommit": True, "application_name": "UPR Reviewer (live)"}
        if self._password is not None:
            kwargs["password"] = self._password
        conninfo = sqlalchemy_url(self._url).replace("postgresql+psycopg://", "postgresql://", 1)
        conn = psycopg.connect(conninfo, **kwargs)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def poll(self) -> bool:
        """Whether another process committed a change since the last call.

        A lost connection (the server restarted, the network dropped) is made again
        at the next call; what was said meanwhile is unknown, so that call says True.
        """
        import psycopg

        changed = False
        try:
            if self._conn.closed:
                self._conn = self._connect()
                self.tables.add("*")
                return True
            for n in self._conn.notifies(timeout=0):
                client, _, table = n.payload.partition(" ")
                if client != CLIENT_ID:
                    changed = True
                    self.tables.add(table)
        except psycopg.OperationalError:
            try:
                self._conn.close()
            except psycopg.Error:
                pass
            try:
                self._conn = self._connect()
            except psycopg.Error:
                return False  # still away: asked again at the next call
            self.tables.add("*")  # what was said meanwhile is unknown
            return True
        return changed

    def take_tables(self) -> set[str]:
        """The tables colleagues wrote to since the last call (and forgets them)."""
        tables, self.tables = self.tables, set()
        return tables

    def close(self) -> None:
        self._conn.close()
