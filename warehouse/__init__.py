"""The DuckDB warehouse: migrations, bulk idempotent loads, event clustering, views, checks, search, export."""
