"""How a person's mentions are found and replaced (core/personal_data.py)."""

from __future__ import annotations

from app.core.personal_data import ERASED, Identifies, Mentions

JANE = Mentions.of(
    [
        ("Jane  Doe", Identifies.NAME),
        ("Jane.Doe@Example.org", Identifies.EMAIL),
        ("+91 98450 12345", Identifies.PHONE),
    ]
)


def test_a_name_is_replaced_as_whole_words_in_any_case_and_spacing():
    assert JANE.replace_text("Call with jane doe, then JANE   DOE again") == (
        f"Call with {ERASED}, then {ERASED} again"
    )
    assert JANE.replace_text("Janet Doemer and Jane Does") == "Janet Doemer and Jane Does"


def test_an_email_and_a_phone_are_replaced_wherever_they_are():
    assert JANE.replace_text("mail:jane.doe@example.ORG;") == f"mail:{ERASED};"
    text = "Ring +91 98450 12345 or 919845012345 or 9845012345"
    assert JANE.replace_text(text) == f"Ring {ERASED} or {ERASED} or {ERASED}"


def test_json_values_are_replaced_and_keys_kept():
    value = {"contacts_met": [{"name": "Jane Doe", "id": 7}], "Jane Doe": None, "n": 1.5}
    assert JANE.replace(value) == {
        "contacts_met": [{"name": ERASED, "id": 7}],
        "Jane Doe": None,
        "n": 1.5,
    }


def test_a_whole_value_is_told_from_a_mention():
    assert JANE.is_whole(" jane.doe@example.org ")
    assert not JANE.is_whole("Send to jane.doe@example.org")


def test_short_or_erased_values_find_nothing():
    nobody = Mentions.of(
        [("Al", Identifies.NAME), (ERASED, Identifies.NAME), (None, Identifies.EMAIL)]
    )
    assert not nobody
    assert nobody.replace_text("Al said [erased]") == "Al said [erased]"
    assert nobody.like_patterns() == []


def test_like_patterns_find_every_spacing_and_escape_wildcards():
    patterns = Mentions.of([("a_b 100%", Identifies.NAME)]).like_patterns()
    assert "%a\\_b%100\\%%" in patterns
