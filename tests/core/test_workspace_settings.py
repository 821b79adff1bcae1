"""The Workspace's typed settings: one list of keys, types and defaults that the app's
QSettings and the command line's flags both fill."""

from scamscreen.core.phone import DEFAULT_REGION
from scamscreen.workspace import OPTIONS, Settings


def test_settings_are_read_by_their_keys_with_types_and_defaults():
    stored = {"region": "gb", "retention_days": "30", "trusted/name": "Ana", "updates/source": ""}
    settings = Settings.from_values(lambda key, default: stored.get(key, default))
    assert settings.region == "GB" and settings.retention_days == 30
    assert settings.trusted_name == "Ana" and settings.language == ""
    assert Settings.from_values(lambda key, default: default) == Settings()


def test_a_damaged_value_falls_back_to_its_default():
    stored = {"retention_days": "forever", "region": "  "}
    settings = Settings.from_values(lambda key, default: stored.get(key, default))
    assert settings.retention_days == 0 and settings.region == DEFAULT_REGION


def test_every_option_is_a_setting_and_flags_replace_only_what_was_given():
    assert {o.name for o in OPTIONS} == set(Settings._fields)
    changed = Settings(region="ES").with_values({"language": "es", "region": None, "x": 1})
    assert changed == Settings(region="ES", language="es")
