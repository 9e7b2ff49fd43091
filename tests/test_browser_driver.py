"""The browser driver the report and web tests rely on: if it stopped collecting console messages, the web
tests' "no CSP refusal, no script error" check would pass on a broken page, so that is tested here."""

from browser import Browser


def test_console_messages_and_script_errors_are_collected_per_tab():
    with Browser() as b:
        b.goto("data:text/html,<script>console.log('halo'); tidakAda()</script><p>x</p>")
        b.eval("1")  # drain the events that arrived after the load
        assert "halo" in b.console and any(m.startswith("Uncaught") for m in b.console), b.console
        tab = b.open("data:text/html,<meta name=viewport content='width=device-width'><p id=a>hai</p>", width=412)
        assert tab.viewport_width() == 412 and tab.box("#a")["width"] > 0
        assert tab.console == [] and tab is not b.tab
