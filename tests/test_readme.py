"""The README's quickstart is exactly two commands, and CI runs the README's test command."""

import re

from tests.conftest import ROOT


def commands() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Bắt đầu nhanh", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section, re.DOTALL)


def test_quickstart_has_two_commands_install_examples_then_tests() -> None:
    install, test = commands()
    assert "\n" not in install and "\n" not in test
    assert "examples/tat_ca.py" in install
    assert '".[test]"' in test and "pytest" in test


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    assert commands()[1] in ci


def test_the_quickstart_installs_extras_that_exist_under_any_pip() -> None:
    """An extra named with '_' is published as '-' (PEP 685); pip before 24 then ignores
    ``.[a_b]`` with only a warning, and the examples fail for want of matplotlib."""
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["optional-dependencies"]
    assert all(re.fullmatch(r"[a-z0-9]+", name) for name in extras), list(extras)
    for command in commands():
        for asked in re.findall(r'"\.\[([^\]]+)\]"', command):
            assert set(asked.split(",")) <= set(extras), asked
