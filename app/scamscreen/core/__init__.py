"""The screening engine: pure Python, no Qt, no network, no database.

Everything here is deterministic: the same contact and the same data always give the same
result, so a verdict can be explained and tested.
"""
