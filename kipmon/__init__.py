"""kipmon: a scheduled compliance crawler and monitor for Indonesian public-information openness.

This package holds what every layer shares: the vocabulary (vocab), configuration (config),
the registry of public bodies (registry), the SQLite store (store) and the command line (cli).
The work itself lives in the top-level packages crawler/, checks/, reports/ and schedules/.
"""

__version__ = "0.1.0"
