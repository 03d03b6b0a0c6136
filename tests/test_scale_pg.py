"""The PostgreSQL that the scaling-out tests use: `MARSAD_TEST_PG_URL` (CI starts one with deploy/pg_local.sh).

Without it a developer's run skips those tests with the reason; in CI (`CI=true`) they fail instead, so a missing
database never turns into a green run that tested nothing.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

import pytest

PG_URL_VAR = "MARSAD_TEST_PG_URL"


def pg_server_url() -> str:
    """The test PostgreSQL URL; fails in CI and skips elsewhere when it is not set."""
    url = os.environ.get(PG_URL_VAR)
    if url:
        return url
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{PG_URL_VAR} is not set: .ci/run starts PostgreSQL with deploy/pg_local.sh and exports it")
    pytest.skip(f'{PG_URL_VAR} is not set (eval "$(deploy/pg_local.sh start)" starts a throwaway PostgreSQL)')


def with_database(url: str, database: str) -> str:
    """The same server URL pointing at another database."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{database}"))


def _admin(url: str, *statements: str) -> None:
    import asyncpg

    async def go() -> None:
        con = await asyncpg.connect(url)
        try:
            for statement in statements:
                await con.execute(statement)
        finally:
            await con.close()

    asyncio.run(go())


def fresh_database() -> Iterator[str]:
    """A fresh, empty database on the test PostgreSQL (dropped afterwards): its postgresql:// URL."""
    server = pg_server_url()
    name = f"marsad_{uuid.uuid4().hex[:12]}"
    _admin(server, f'CREATE DATABASE "{name}"')
    try:
        yield with_database(server, name)
    finally:
        _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_database() -> Iterator[str]:
    yield from fresh_database()


def test_postgres_answers(pg_database: str) -> None:
    import asyncpg

    async def version() -> str:
        con = await asyncpg.connect(pg_database)
        try:
            return str(await con.fetchval("SHOW server_version"))
        finally:
            await con.close()

    assert int(asyncio.run(version()).split(".")[0]) >= 13
    assert urlsplit(pg_database).hostname == "127.0.0.1"
