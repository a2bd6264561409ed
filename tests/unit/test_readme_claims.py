"""Issue 9, item 28: what README.md tells a new user works as written."""

from __future__ import annotations

import re
from pathlib import Path

from tui.nlp.models import resolve

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_model_named_in_an_example_is_one_that_works():
    """``--model en_core_web_sm`` failed where only the default model is installed."""
    named = re.findall(r"^byline [^\n#]*--model (\S+)", README, re.MULTILINE)
    assert named
    for name in named:
        resolve(name)  # ModelError if the example cannot work on a default install


def test_the_footer_is_not_said_to_show_every_key():
    """``s``, ``p``, ``<``, ``>``, ``m``, ``.``, ``,``, ``1``–``6``, ``j``/``k`` are not in the Footer."""
    assert not re.search(r"every key is (also )?shown in the Footer", README, re.IGNORECASE)
    assert "Every key is shown in the help screen" in README
