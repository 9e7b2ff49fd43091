"""Moved to kipmon/extract.py (Scrapy-free, shared with the rule examples); kept for old importers."""

from kipmon.extract import *  # noqa: F401,F403
