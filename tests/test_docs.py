"""The README says what the code does: the tolerance table and the two commands."""

from __future__ import annotations

import re

from dashboard.tolerance import rules_markdown
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def test_readme_tolerance_table_matches_the_code() -> None:
    """The table between the markers is exactly what tolerance.rules_markdown() renders."""
    found = re.search(r"<!-- tolerance:start -->\n(.*?)\n<!-- tolerance:end -->", README, re.S)
    assert found, "README lost its tolerance markers"
    assert found.group(1) == rules_markdown().strip()


def test_readme_first_screen_has_the_two_commands() -> None:
    """The first code block holds exactly the run and the test command."""
    block = re.search(r"```bash\n(.*?)```", README, re.S)
    assert block is not None
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines()]
    assert commands == ["python3 -m dashboard.dev app", "python3 -m dashboard.dev test"]


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run calls the README's test command, so CI proves what a newcomer runs."""
    assert "python3 -m dashboard.dev test" in (ROOT / ".ci" / "run").read_text("utf-8")
