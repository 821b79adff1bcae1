from scamscreen.core.text import edit_distance, fold, fold_name


def test_fold_ignores_case_accents_and_invisible_characters():
    assert fold("  Código   de\u200bVERIFICACIÓN ") == "codigo deverificacion"
    assert fold("\u202eMicrosoft\u202c") == "microsoft"


def test_fold_name_turns_punctuation_into_spaces():
    assert fold_name("Best-Buy's Geek_Squad!") == "best buy s geek squad"


def test_edit_distance_counts_swaps_as_one():
    assert edit_distance("microsoft", "micrsoft", 2) == 1
    assert edit_distance("microsoft", "mircosoft", 2) == 1
    assert edit_distance("apple", "apple", 1) == 0


def test_edit_distance_stops_past_the_limit():
    assert edit_distance("microsoft", "amazon", 2) == 3
    assert edit_distance("a", "abcdef", 1) == 2
