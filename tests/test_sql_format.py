"""`marsad sql` output: a DuckDB-style box that fits the terminal, line and markdown formats, exact CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from flows import tables
from flows.cli import app
from tests import report_fixture

COLUMNS = [f"column_{i}" for i in range(12)]
ROW = ["كوريا الشمالية تطلق صاروخا باليستيا " * 3, *[f"value {i} " * 4 for i in range(1, 11)], 42]


def test_box_fits_the_width_cuts_cells_and_drops_middle_columns() -> None:
    out = tables.box(COLUMNS, [ROW] * 3, types=["VARCHAR"] * 11 + ["INTEGER"], width=80)
    lines = out.splitlines()
    assert all(cell_len(line) <= 80 for line in lines), max(cell_len(line) for line in lines)
    header = lines[1]
    assert "column_0" in header and "column_11" in header  # both ends kept
    assert "column_5" not in header and "│ … │" in header  # the middle dropped, marked
    assert "…" in lines[4]  # long cells cut
    assert lines[-1].startswith("3 rows") and "12 columns (" in lines[-1] and "shown" in lines[-1]
    assert lines[4].rstrip().endswith("42 │")  # numbers right-aligned


def test_box_shows_first_and_last_rows_of_a_long_result() -> None:
    rows = [(i, f"row {i}") for i in range(100)]
    out = tables.box(["n", "label"], rows, types=["INTEGER", "VARCHAR"], width=80, max_rows=10)
    body = out.splitlines()
    assert "row 0" in out and "row 4" in out and "row 95" in out and "row 99" in out
    assert "row 50" not in out
    assert any("·" in line for line in body)
    assert body[-1] == "100 rows (10 shown)"


def test_box_keeps_narrow_tables_whole() -> None:
    out = tables.box(["day", "n"], [(date(2017, 7, 4), 1), (None, 2)], types=["DATE", "BIGINT"], width=80)
    assert "2017-07-04" in out and "NULL" in out and "columns" not in out.splitlines()[-1]
    assert out.splitlines()[-1] == "2 rows"
    assert tables.box(["x"], [], width=80).splitlines()[-1] == "0 rows"


def test_display_escapes_control_characters() -> None:
    assert tables.display("a\nb\tc") == "a\\nb\\tc"
    assert tables.display(["a", None]) == "[a, NULL]"
    assert tables.display(datetime(2017, 7, 4, 0, 40, tzinfo=UTC)) == "2017-07-04 00:40:00+00:00"


def test_line_format_gives_one_field_per_line_uncut() -> None:
    out = tables.lines(["event_date", "n"], [(date(2017, 7, 4), 1), (date(2017, 7, 28), 2)])
    assert out == "event_date = 2017-07-04\n         n = 1\n\nevent_date = 2017-07-28\n         n = 2"
    long = "صاروخ " * 100
    assert long.replace("\n", "\\n") in tables.lines(["t"], [(long,)])


def test_markdown_escapes_pipes_and_line_breaks() -> None:
    out = tables.markdown(["a", "b"], [("x|y", "one\ntwo"), (None, 3)])
    assert out.splitlines() == ["| a | b |", "|---|---|", "| x\\|y | one<br>two |", "|  | 3 |"]


def test_csv_and_json_are_exact() -> None:
    row = ('نص, مع "فاصلة"\nوسطر', date(2017, 7, 4), ["a", "b"], None, Decimal("1.10"), 2.5)
    columns = ["text", "day", "list", "none", "dec", "float"]
    parsed = list(csv.reader(io.StringIO(tables.csv_text(columns, [row]))))
    assert parsed == [columns, [row[0], "2017-07-04", '["a", "b"]', "", "1.10", "2.5"]]
    loaded = json.loads(tables.json_lines(columns, [row]))
    assert loaded == {
        "text": row[0],
        "day": "2017-07-04",
        "list": ["a", "b"],
        "none": None,
        "dec": "1.10",
        "float": 2.5,
    }


@pytest.fixture
def db(tmp_path: Path) -> Path:
    report_fixture.build(tmp_path / "w.duckdb").close()
    return tmp_path / "w.duckdb"


def test_cli_sql_on_an_80_column_terminal(db: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["sql", "SELECT * FROM v_dprk_launches", "--db", str(db), "--max-width", "80"])
    assert result.exit_code == 0, result.output
    assert all(cell_len(line) <= 80 for line in result.output.splitlines())
    assert "columns (" in result.output and "--format line" in result.output
    as_line = runner.invoke(
        app, ["sql", "SELECT * FROM v_dprk_launches ORDER BY event_date", "--db", str(db), "-f", "line"]
    )
    assert "first_source = Outlet A" in as_line.output and "     sources = [Outlet A, Outlet B]" in as_line.output
    as_md = runner.invoke(
        app, ["sql", "SELECT event_type, n_sources FROM v_dprk_launches ORDER BY 1", "--db", str(db), "-f", "markdown"]
    )
    assert as_md.output.splitlines()[:3] == ["| event_type | n_sources |", "|---|---|", "| missile_launch | 2 |"]
    as_json = runner.invoke(
        app, ["sql", "SELECT sources FROM v_dprk_launches ORDER BY event_date", "--db", str(db), "-f", "json"]
    )
    assert json.loads(as_json.output.splitlines()[0]) == {"sources": ["Outlet A", "Outlet B"]}
    wrong = runner.invoke(app, ["sql", "SELECT nope FROM events", "--db", str(db)])
    assert wrong.exit_code == 2 and "SQL error" in wrong.output
