"""App-shell detection (crawler/appshell.py): the module's own examples are the table."""

import pytest

from crawler.appshell import EXAMPLES, looks_like_shell


@pytest.mark.parametrize("html,expected", EXAMPLES)
def test_examples(html, expected):
    is_shell, why = looks_like_shell(html)
    assert is_shell is expected, why


def test_reason_names_what_was_seen():
    is_shell, why = looks_like_shell(EXAMPLES[0][0])
    assert is_shell and "#app" in why and "noscript" in why
