"""The `entities` table: canonical ids of people and actors with their English names, kept equal to the lexicon."""

from __future__ import annotations

import duckdb

from transforms.lexicon import load_lexicon


def sync_entities(con: duckdb.DuckDBPyConnection) -> int:
    """Write every lexicon entity into `entities` (insert or update); returns how many the lexicon holds."""
    rows = [(e.id, e.kind, e.name, e.side) for e in load_lexicon().entities.values()]
    con.executemany(
        "INSERT INTO entities VALUES (?, ?, ?, ?) "
        "ON CONFLICT (entity_id) DO UPDATE SET kind = excluded.kind, name = excluded.name, side = excluded.side",
        rows,
    )
    return len(rows)
