"""ScamScreen: checks a "support" contact against official vendor contacts and scam indicators."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("scamscreen")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
