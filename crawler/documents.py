"""Moved to kipmon/documents.py (Scrapy-free, shared with the rule examples); kept for old importers."""

from kipmon.documents import *  # noqa: F401,F403
