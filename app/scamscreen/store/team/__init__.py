"""Team mode (issue 16): one shared case log for a help desk, on PostgreSQL.

- `address`: which server addresses are accepted (verified TLS only) and how they are shown;
- `connection`: connecting, and failures in words (never with the password);
- `schema`: the tables, roles, row-level security and audit, as numbered migrations;
- `admin`: `team init` and `team add-user`, run by the database's owner;
- `log`: `TeamLog`, the same operations as the SQLite `CaseLog`, for one desk;
- `outbox`: contacts waiting on this computer while the server is away;
- `doctor`: `team doctor`, the server's side checked.

psycopg is imported only by the modules that talk to the server, so `address` and
`outbox` work without it being loaded.
"""
