"""The data's wording in another language: `data/i18n/<lang>/`.

The English wording stays in the data files themselves (rules, advice, checklists,
vendors); a translation is a set of files that map the same ids to translated words:

    data/i18n/es/rules.json              {"rules": {rule id: {"title": …, "detail": …}}}
    data/i18n/es/advice.json             {"advice": {advice id: text}}
    data/i18n/es/checklists/<name>.json  {"title": …, "intro": …, "steps": {id: {"title", "text"}}}
    data/i18n/es/vendors.json            {"vendors": {vendor id: {"how_to_reach": …,
                                           "phones": {number: label}, "report": {url: label},
                                           "quotes": {policy id: the policy's quote, translated}}}}
    data/i18n/es/words.json              {"placeholders": {"org": "la empresa", …},
                                          "translated_quote": "traducido"}

Adding a language is adding such a folder: nothing here names one. A missing file or
id keeps the English words (a newer data update may bring a rule before its
translation), so a translation can never stop screening. Nothing is read for English,
and `scamscreen check` without `--lang` never imports this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scamscreen.core.data import DataError, load_json


def folders(data: Path, language: str | None) -> list[Path]:
    """The translation folders for `language` ("es_MX" tries es_MX, then es), most
    specific first; none for English or no language."""
    if not language:
        return []
    code = language.replace("-", "_").split(".")[0]
    tried = [code, code.split("_")[0]] if "_" in code else [code]
    if tried[-1].lower() in ("en", "c", "posix", ""):
        return []
    out = []
    for name in dict.fromkeys(tried):
        folder = data / "i18n" / name
        if folder.is_dir():
            out.append(folder)
    return out


class DataTranslation:
    """The translated words for one language (empty when there is none)."""

    def __init__(self, sources: list[Path]) -> None:
        self.sources = sources
        self._cache: dict[str, dict[str, Any]] = {}

    @classmethod
    def load(cls, data: Path, language: str | None) -> DataTranslation:
        return cls(folders(data, language))

    def __bool__(self) -> bool:
        return bool(self.sources)

    def _file(self, name: str) -> dict[str, Any]:
        """The merged contents of `name` (the more specific folder wins)."""
        if name not in self._cache:
            merged: dict[str, Any] = {}
            for folder in reversed(self.sources):
                path = folder / name
                if path.is_file():
                    raw = load_json(path)
                    if not isinstance(raw, dict):
                        raise DataError(path, "is not a JSON object")
                    _merge(merged, raw)
            self._cache[name] = merged
        return self._cache[name]

    def section(self, name: str, key: str) -> dict[str, Any]:
        value = self._file(name).get(key, {})
        return value if isinstance(value, dict) else {}

    def rules(self) -> dict[str, dict[str, str]]:
        return self.section("rules.json", "rules")

    def advice(self) -> dict[str, str]:
        return self.section("advice.json", "advice")

    def vendors(self) -> dict[str, dict[str, Any]]:
        return self.section("vendors.json", "vendors")

    def placeholder_words(self) -> dict[str, str]:
        return self.section("words.json", "placeholders")

    def translated_quote(self) -> str:
        """The word that marks a company's quote as translated ("traducido"); "" when the
        translation has none, and then the companies' own words are shown as written."""
        value = self._file("words.json").get("translated_quote", "")
        return value.strip() if isinstance(value, str) else ""

    def checklist(self, name: str) -> dict[str, Any]:
        return self._file(f"checklists/{name}.json")


def _merge(into: dict[str, Any], other: dict[str, Any]) -> None:
    for key, value in other.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value
