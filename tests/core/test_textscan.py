from scamscreen.core.data import data_dir
from scamscreen.core.textscan import Lexicon

INDICATORS = data_dir() / "indicators"  # the shipped data


def small(*entries):
    return Lexicon([(text, cat, text) for text, cat in entries], negatable={"gift_card"})


def test_phrases_match_whole_words_ignoring_case_accents_and_punctuation():
    lexicon = small(("gift card", "gift_card"), ("codigo de verificacion", "one_time_code"))
    found = lexicon.scan("He wanted a GIFT-CARD... a Gift Card! Y el Código de Verificación.")
    assert found.categories == {"gift_card": "gift card", "one_time_code": "codigo de verificacion"}
    assert small(("gift card", "gift_card")).scan("giftcardigan").categories == {}


def test_a_trailing_star_matches_word_endings():
    lexicon = small(("refund*", "refund_script"), ("pay back the diff*", "refund_script"))
    assert "refund_script" in lexicon.scan("They REFUNDED too much").categories
    assert "refund_script" in lexicon.scan("please pay back the difference").categories
    assert lexicon.scan("a refurbished laptop").categories == {}


def test_overlapping_phrases_of_different_categories_are_all_found():
    lexicon = small(("knew my", "knows_details"), ("my account number", "personal_info"))
    found = lexicon.scan("he knew my account number")
    assert set(found.categories) == {"knows_details", "personal_info"}


def test_a_denied_request_is_not_a_request():
    lexicon = small(("gift cards", "gift_card"))
    assert lexicon.scan("We will never ask you for gift cards.").categories == {}
    assert lexicon.scan("Nunca le pediremos gift cards").categories == {}
    assert lexicon.scan("he didn't want gift cards").categories == {}


def test_a_condition_is_not_a_denial():
    lexicon = small(("gift cards", "gift_card"))
    assert "gift_card" in lexicon.scan("If you don't pay with gift cards you go to jail").categories
    assert "gift_card" in lexicon.scan("Don't worry, just buy the gift cards").categories


def test_remote_tools_are_named_once_in_order():
    tools = Lexicon(
        [
            ("anydesk", "remote_tool", "AnyDesk"),
            ("any desk", "remote_tool", "AnyDesk"),
            ("team viewer", "remote_tool", "TeamViewer"),
        ]
    )
    found = tools.scan("First Team Viewer, then any desk, then AnyDesk again")
    assert found.tools == ["TeamViewer", "AnyDesk"]


def test_the_shipped_lexicons_read_english_and_spanish(screener):
    scan = screener.lexicon.scan
    english = scan("He said my computer has a virus and told me to download AnyDesk.")
    assert {"fake_infection", "remote_tool"} <= set(english.categories)
    assert english.tools == ["AnyDesk"]
    spanish = scan("Me pidió tarjetas de regalo de Google Play y que no cuelgue.")
    assert {"gift_card", "stay_on_line"} <= set(spanish.categories)
    assert set(screener.lexicon.languages) >= {"en", "es"}


def test_ordinary_messages_match_nothing_alarming(screener):
    for text in [
        "Your Amazon order has shipped and will arrive Tuesday.",
        "My grandson's friend installed the printer for me.",
        "Reminder: your AT&T bill of $84.12 is due on the 14th.",
    ]:
        found = screener.lexicon.scan(text).categories
        alarming = {"gift_card", "remote_access", "threat", "urgency", "one_time_code"}
        assert alarming.isdisjoint(found), (text, found)


SAMPLES = [
    "He said my computer has a virus and told me to download AnyDesk.",
    "Me pidió tarjetas de regalo de Google Play y que no cuelgue.",
    "We will never ask for your password. Your order has shipped.",
]


def _scan_all(lexicon):
    return [(lexicon.scan(t).categories, lexicon.scan(t).tools) for t in SAMPLES]


def test_the_compiled_lexicon_is_cached_and_reads_the_same(tmp_path, monkeypatch):
    monkeypatch.setenv("SCAMSCREEN_CACHE", str(tmp_path))
    fresh = Lexicon.load(INDICATORS, use_cache=False)
    first = Lexicon.load(INDICATORS)  # builds and writes the cache
    assert len(list(tmp_path.glob("lexicon-*.marshal"))) == 1
    cached = Lexicon.load(INDICATORS)  # reads it
    assert _scan_all(fresh) == _scan_all(first) == _scan_all(cached)
    assert cached.languages == fresh.languages


def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("SCAMSCREEN_CACHE", str(tmp_path))
    Lexicon.load(INDICATORS)
    (cache,) = tmp_path.glob("lexicon-*.marshal")
    for damage in [b"", b"\x00garbage", cache.read_bytes()[:100]]:
        cache.write_bytes(damage)
        fresh = Lexicon.load(INDICATORS, use_cache=False)
        assert _scan_all(Lexicon.load(INDICATORS)) == _scan_all(fresh)


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("SCAMSCREEN_CACHE", str(blocker / "cache"))
    fresh = Lexicon.load(INDICATORS, use_cache=False)
    assert _scan_all(Lexicon.load(INDICATORS)) == _scan_all(fresh)


def test_changed_data_gets_a_new_cache_entry(tmp_path, monkeypatch):
    import shutil


    monkeypatch.setenv("SCAMSCREEN_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "indicators"
    shutil.copytree(INDICATORS, folder)
    Lexicon.load(folder)
    assert "gift_card" not in Lexicon.load(folder).scan("a zorblax voucher").categories
    path = folder / "lexicon-en.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"gift card*"', '"zorblax voucher"'))
    assert "gift_card" in Lexicon.load(folder).scan("a zorblax voucher").categories
    assert len(list((tmp_path / "cache").glob("lexicon-*.marshal"))) == 1  # old one removed
