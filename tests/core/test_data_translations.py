"""The data's wording in Spanish (`data/i18n/es/`, see docs/translations.md): every rule,
advice entry, checklist step and company quote is translated, every translation keeps
exactly the {placeholders} of its English wording, and screening and checklists use it
when asked."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from scamscreen.core.checklists import load_checklist
from scamscreen.core.contact import parse_contact
from scamscreen.core.data import data_dir
from scamscreen.core.localise import DataTranslation, folders
from scamscreen.core.screening import Screener

DATA = data_dir()
LANGUAGES = sorted(p.name for p in (DATA / "i18n").iterdir() if p.is_dir())


def fields(template: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(template) if name)


def english(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def pairs(language: str):
    """(where, English, translation) for every wording the data has."""
    words = DataTranslation.load(DATA, language)
    rules = words.rules()
    for rule in english(DATA / "indicators" / "rules.json")["rules"]:
        for key in ("title", "detail"):
            yield f"rule {rule['id']} {key}", rule[key], rules.get(rule["id"], {}).get(key)
    advice = words.advice()
    for entry in english(DATA / "advice.json")["advice"]:
        yield f"advice {entry['id']}", entry["text"], advice.get(entry["id"])
    for path in sorted((DATA / "checklists").glob("*.json")):
        raw = english(path)
        own = words.checklist(path.stem)
        for key in ("title", "intro"):
            yield f"checklist {path.stem} {key}", raw[key], own.get(key)
        for step in raw["steps"]:
            mine = own.get("steps", {}).get(step["id"], {})
            for key in ("title", "text"):
                yield f"checklist {path.stem} {step['id']} {key}", step[key], mine.get(key)
    vendors = words.vendors()
    for path in sorted((DATA / "vendors").glob("*.json")):
        raw = english(path)
        yield (
            f"vendor {raw['id']} how_to_reach",
            raw["how_to_reach"],
            vendors.get(raw["id"], {}).get("how_to_reach"),
        )


def test_there_is_a_spanish_translation():
    assert "es" in LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_wording_is_translated(language):
    missing = [where for where, _, translated in pairs(language) if not translated]
    assert missing == []


def expected_fields(template: str, translated: bool = True) -> list[str]:
    """A translation's placeholders: the English ones, and with each company quote
    `{quote_<policy id>}` its marker `{translated_<policy id>}` (" (traducido)" when the
    quote shown is a translation)."""
    names = fields(template)
    if translated:
        names += [f"translated_{n[len('quote_') :]}" for n in names if n.startswith("quote_")]
    return sorted(names)


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_exactly_the_placeholders(language):
    wrong = [
        (where, expected_fields(source), fields(translated))
        for where, source, translated in pairs(language)
        if translated and expected_fields(source) != fields(translated)
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_name_only_ids_the_data_has(language):
    words = DataTranslation.load(DATA, language)
    rules = {r["id"] for r in english(DATA / "indicators" / "rules.json")["rules"]}
    advice = {a["id"] for a in english(DATA / "advice.json")["advice"]}
    vendors = {p.stem for p in (DATA / "vendors").glob("*.json")}
    assert set(words.rules()) <= rules
    assert set(words.advice()) <= advice
    assert set(words.vendors()) <= vendors
    for path in (DATA / "checklists").glob("*.json"):
        steps = {s["id"] for s in english(path)["steps"]}
        assert set(words.checklist(path.stem).get("steps", {})) <= steps
    placeholder_words = words.placeholder_words()
    assert set(placeholder_words) >= {"org", "tool", "number", "domain", "imitates", "website"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_vendor_labels_are_for_numbers_and_pages_the_vendor_lists(language):
    from scamscreen.core.directory import load_vendor

    for vid, words in DataTranslation.load(DATA, language).vendors().items():
        vendor = load_vendor(DATA / "vendors" / f"{vid}.json")
        assert set(words.get("phones", {})) <= {p.value for p in vendor.phones}, vid
        assert set(words.get("report", {})) <= {r.value for r in vendor.report}, vid


SCAM = {
    "channel": "phone_inbound",
    "claimed_org": "Microsoft",
    "text": "He said my computer had a virus, wanted me to install AnyDesk and to buy "
    "Google Play gift cards. Don't tell your son. Call back 1-844-555-0199.",
}


def test_screening_in_spanish(screener):
    spanish = Screener.load(data_dir(), language="es_MX")
    contact = parse_contact(SCAM)
    english_result = screener.screen(contact)
    result = spanish.screen(contact)
    # the same verdict and reasons, in other words
    assert result.verdict == english_result.verdict and result.score == english_result.score
    assert [f.id for f in result.findings] == [f.id for f in english_result.findings]
    english_words = {f.title for f in english_result.findings} | set(english_result.advice)
    assert not english_words & ({f.title for f in result.findings} | set(result.advice))
    titles = [f.title for f in result.findings]
    assert "Le pidieron pagar con tarjetas de regalo" in titles
    assert "Microsoft dice que no se comunica con la gente de esta forma" in titles  # {org}
    # the organisation's own words (issue 13), translated and marked as a translation
    detail = next(f.detail for f in result.findings if f.id == "policy_never_calls_unsolicited")
    assert "En palabras de Microsoft (traducido): «Microsoft no envía correos" in detail
    assert "unsolicited" not in detail
    website = result.official_contacts[0]
    assert website["label"].startswith("Escriba usted mismo microsoft.com")
    pairs = zip(result.official_contacts, english_result.official_contacts, strict=True)
    assert all(mine["label"] != theirs["label"] for mine, theirs in pairs)


def test_missing_placeholder_values_use_the_language_s_words():
    spanish = Screener.load(data_dir(), language="es")
    result = spanish.screen(parse_contact({"channel": "popup", "text": "Call 1-844-555-0199"}))
    text = " ".join(f.detail for f in result.findings) + " ".join(result.advice)
    assert "the company" not in text and "the company's own website" not in text


def test_english_and_unknown_languages_keep_the_data_s_own_words(screener):
    contact = parse_contact(SCAM)
    expected = screener.screen(contact)
    for language in (None, "en", "en_GB", "xx", "C"):
        result = Screener.load(data_dir(), language=language).screen(contact)
        assert result.findings == expected.findings and result.advice == expected.advice
    assert folders(DATA, "en_US") == [] and folders(DATA, None) == []
    assert [p.name for p in folders(DATA, "es_MX")] == ["es"]


def test_checklists_in_spanish():
    for name in ("verify", "recovery"):
        plain = load_checklist(name, data_dir() / "checklists")
        spanish = load_checklist(name, data_dir() / "checklists", language="es")
        assert spanish.title != plain.title
        assert [s.id for s, _ in spanish.steps] == [s.id for s, _ in plain.steps]
        assert all(
            a.text != b.text for (a, _), (b, _) in zip(spanish.steps, plain.steps, strict=True)
        )
    recovery = load_checklist("recovery", data_dir() / "checklists", language="es")
    steps = recovery.for_contact({"request:remote_access"}, {"tool": "AnyDesk"})
    assert any("(AnyDesk)" in s.text for s in steps)


def test_a_third_language_needs_only_files(tmp_path):
    """A new folder under data/i18n is all it takes; what it leaves out stays English."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("i18n"))
    (data / "i18n" / "fr").mkdir(parents=True)
    (data / "i18n" / "fr" / "rules.json").write_text(
        json.dumps(
            {"rules": {"gift_card_payment": {"title": "On vous a demandé des cartes cadeaux"}}}
        ),
        encoding="utf-8",
    )
    result = Screener.load(data, language="fr").screen(parse_contact(SCAM))
    titles = [f.title for f in result.findings]
    assert "On vous a demandé des cartes cadeaux" in titles
    assert "Microsoft says it doesn't contact people like this" in titles  # still English


def test_a_broken_placeholder_in_a_translation_is_caught_at_load(tmp_path):
    import shutil

    from scamscreen.core.data import DataError

    data = tmp_path / "data"
    shutil.copytree(DATA, data, ignore=shutil.ignore_patterns("i18n"))
    (data / "i18n" / "es").mkdir(parents=True)
    (data / "i18n" / "es" / "advice.json").write_text(
        json.dumps({"advice": {"hang_up": "Cuelgue {ahora"}}), encoding="utf-8"
    )
    with pytest.raises(DataError):
        Screener.load(data, language="es")


def test_the_command_line_in_spanish(capsys):
    from scamscreen import cli
    from scamscreen.core.i18n import set_language

    try:
        cli.run(
            ["--lang", "es", "check", "--channel", "popup", "--text", "Llame al 1-844-555-0199"]
        )
        out = capsys.readouterr().out
    finally:
        set_language("en")
    assert "Nivel de riesgo:" in out and "Por qué:" in out
    assert "Un aviso en su pantalla muestra un número de teléfono" in out
    assert "Risk score" not in out


# -- the companies' quotes -------------------------------------------------------------


def base(language: str) -> str:
    return language.replace("-", "_").split("_")[0].lower()


def quote_problems(data: Path, language: str) -> list[tuple[str, str, str]]:
    """(vendor, policy, problem) for every quote the translation in `data` gets wrong: a
    quote not in the language that has no translation, or one that is not a sentence of
    the same shape (its "…" cuts, its numbers and ™/® kept), is a copy of the English, or
    translates a quote already in the language or a policy the vendor does not have."""
    words = DataTranslation.load(data, language).vendors()
    problems = []
    for path in sorted((data / "vendors").glob("*.json")):
        raw = english(path)
        quotes = words.get(raw["id"], {}).get("quotes", {})
        if not isinstance(quotes, dict):
            problems.append((raw["id"], "*", "quotes is not an object"))
            continue
        own = {p["id"]: p for p in raw["policies"]}
        for pid in sorted(set(quotes) - set(own)):
            problems.append((raw["id"], pid, "no such policy"))
        for pid, policy in own.items():
            quote, text = policy["quote"], quotes.get(pid)
            if policy.get("quote_lang", "en") == base(language):
                if text is not None:
                    problems.append((raw["id"], pid, "already in the language: shown as written"))
            elif not isinstance(text, str) or not text.strip():
                problems.append((raw["id"], pid, "missing"))
            elif text.strip() == quote:
                problems.append((raw["id"], pid, "the original, not a translation"))
            elif text.strip()[-1] not in ".!?":
                problems.append((raw["id"], pid, "does not end as a sentence"))
            elif text.count("…") != quote.count("…"):
                problems.append((raw["id"], pid, "not the same cuts (…)"))
            elif re.findall(r"\d+|[™®]", text) != re.findall(r"\d+|[™®]", quote):
                problems.append((raw["id"], pid, "not the same numbers or marks"))
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_company_quote_is_translated_unless_already_in_the_language(language):
    assert quote_problems(DATA, language) == []
    assert DataTranslation.load(DATA, language).translated_quote()


def _data_with_quotes(tmp_path: Path, change) -> Path:
    import shutil

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    path = data / "i18n" / "es" / "vendors.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    change(raw["vendors"])
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return data


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda v: v["chase"]["quotes"].pop("never_asks_money_transfer"), "missing"),
        (lambda v: v["chase"]["quotes"].update(never_asks_money_transfer=""), "missing"),
        (lambda v: v["chase"]["quotes"].update(never_asks_money_transfer=3), "missing"),
        (
            lambda v: v["chase"]["quotes"].update(
                never_asks_money_transfer="Chase will never ask you to send money to reverse "
                "fraud on your account or resolve an issue."
            ),
            "the original, not a translation",
        ),
        (
            lambda v: v["chase"]["quotes"].update(never_asks_money_transfer="Chase nunca le"),
            "does not end as a sentence",
        ),
        (lambda v: v["chase"]["quotes"].update(never_asks_crypto="Nunca."), "no such policy"),
        (
            lambda v: v["bbva"].setdefault("quotes", {}).update(never_asks_codes="Nunca."),
            "already in the language: shown as written",
        ),
        (
            lambda v: v["hsbc-uk"]["quotes"].update(
                never_asks_codes=v["hsbc-uk"]["quotes"]["never_asks_codes"].replace("4", "6")
            ),
            "not the same numbers or marks",
        ),
        (
            lambda v: v["santander"]["quotes"].update(
                never_asks_codes=v["santander"]["quotes"]["never_asks_codes"].replace(" …", "")
            ),
            "not the same cuts (…)",
        ),
    ],
)
def test_a_missing_or_broken_quote_translation_is_caught(tmp_path, change, expected):
    data = _data_with_quotes(tmp_path, change)
    problems = quote_problems(data, "es")
    assert len(problems) == 1 and problems[0][2] == expected, problems


def test_a_translation_that_forgets_the_marker_is_caught():
    rule = {"title": "t", "detail": "In the words of {org}: “{quote_never_asks_codes}”"}
    spanish = "En palabras de {org}: «{quote_never_asks_codes}»"
    assert expected_fields(rule["detail"]) != fields(spanish)
    assert expected_fields(rule["detail"]) == fields(
        "En palabras de {org}{translated_never_asks_codes}: «{quote_never_asks_codes}»"
    )


SAFE_ACCOUNT = {
    "channel": "phone_inbound",
    "claimed_org": "Chase",
    "text": "This is the Chase fraud department. Your account has been compromised, so you "
    "need to move your money to a safe account today. I'll stay on the line with you.",
}


def test_a_chase_safe_account_call_in_spanish_quotes_chase_in_spanish(screener):
    chase = english(DATA / "vendors" / "chase.json")
    said = {p["id"]: p["quote"] for p in chase["policies"]}
    spanish = Screener.load(data_dir(), language="es").screen(parse_contact(SAFE_ACCOUNT))
    detail = next(f.detail for f in spanish.findings if f.id == "policy_never_asks_money_transfer")
    assert detail.startswith(
        "En palabras de Chase (traducido): «Chase nunca le pedirá que envíe dinero para "
        "revertir un fraude en su cuenta o para resolver un problema.» "
    )
    shown = " ".join(
        [f.title for f in spanish.findings]
        + [f.detail for f in spanish.findings]
        + list(spanish.advice)
    )
    for quote in said.values():  # not one English sentence of Chase's
        for sentence in re.split(r"(?<=[.!?])\s+", quote):
            assert sentence not in shown
    assert not re.search(r"\b(never|will|ask|you|your|money)\b", detail)
    # the English screening still quotes Chase word for word, with no marker
    plain = screener.screen(parse_contact(SAFE_ACCOUNT))
    detail = next(f.detail for f in plain.findings if f.id == "policy_never_asks_money_transfer")
    assert detail.startswith(f"In the words of Chase: “{said['never_asks_money_transfer']}”")
    assert "(traducido)" not in detail and "translated" not in detail


def test_a_quote_already_in_spanish_is_shown_as_written_without_the_marker():
    contact = {
        "channel": "phone_inbound",
        "claimed_org": "BBVA",
        "text": "Le llamamos de BBVA. Díganos el código que le llegó por SMS para cancelar "
        "la operación.",
    }
    result = Screener.load(data_dir(), language="es").screen(parse_contact(contact))
    detail = next(f.detail for f in result.findings if f.id == "policy_never_asks_codes")
    assert detail.startswith("En palabras de BBVA: «Nunca llamamos para pedir claves de acceso")
    assert "traducido" not in detail


def test_a_quote_the_translation_lacks_is_the_company_s_own_without_the_marker(tmp_path):
    """A data update that brings a quote before its translation shows the company's words,
    never an English sentence marked "traducido"."""
    data = _data_with_quotes(tmp_path, lambda v: v["chase"]["quotes"].clear())
    result = Screener.load(data, language="es").screen(parse_contact(SAFE_ACCOUNT))
    detail = next(f.detail for f in result.findings if f.id == "policy_never_asks_money_transfer")
    assert detail.startswith("En palabras de Chase: «Chase will never ask you to send money")
