"""Docs against code: every CLI command has help and appears in the README (as datasette and
sqlite-utils test theirs)."""
from pathlib import Path

import pytest

from banmian.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_has_help_and_readme_mention(name):
    command = cli.commands[name]
    assert (command.help or "").strip(), f"banmian {name} has no help text"
    assert f"banmian {name}" in README, f"README never shows `banmian {name}`"


def test_readme_first_screen_gives_demo_and_test():
    first_screen = "\n".join(README.splitlines()[:30])
    assert "make demo" in first_screen and "make test" in first_screen
