"""The country a number written without its country code is read in, when the person
has not chosen one: the one source of that default for the app, the command line, the
case log and the lists. (A module of its own, so that naming it loads nothing:
`core.phone`, which uses it, loads libphonenumber.)"""

DEFAULT_REGION = "US"
