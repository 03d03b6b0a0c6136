"""The `entities` table: canonical ids of people and actors with their English names, kept equal to the lexicon."""

from __future__ import annotations

import duckdb


def sync_entities(con: duckdb.DuckDBPyConnection) -> int:
    """Write the lexicon entities that `entities` lacks or holds differently; returns how many rows were written."""
    stored = set(con.execute("SELECT entity_id, kind, name, side FROM entities").fetchall())
    from transforms.lexicon import load_lexicon  # (only writers need it: a read-only open does not import it)

    rows = [(e.id, e.kind, e.name, e.side) for e in load_lexicon().entities.values()]
    rows = [row for row in rows if row not in stored]
    if rows:  # on an ordinary open nothing differs and nothing is written
        con.executemany(
            "INSERT INTO entities VALUES (?, ?, ?, ?) "
            "ON CONFLICT (entity_id) DO UPDATE SET kind = excluded.kind, name = excluded.name, side = excluded.side",
            rows,
        )
    return len(rows)
