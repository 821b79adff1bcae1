"""Keeping ScamScreen's knowledge current: signed update feeds (`manifest`, `signing`,
`http`, `update`, `active`, `publish`) and the known-scam lists.

Nothing here is imported by `scamscreen check` except `active`, which uses the standard
library alone: requests, cryptography and SQLite are loaded only when an update runs.
"""
