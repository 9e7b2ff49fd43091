"""The one base class of every error kipmon reports to a user as a single line and a non-zero exit."""


class KipmonError(Exception):
    """A known failure: bad input, an unusable path, a lock held by another run. str() is one line."""
