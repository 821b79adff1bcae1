from scamscreen.ui import crash


def test_an_unexpected_error_is_logged_and_shown_calmly(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(crash, "show_dialog", shown.append)
    path = crash.install(tmp_path / "logs")
    assert path is not None
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        import sys

        sys.excepthook(type(error), error, error.__traceback__)
    for handler in crash.logger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in text and "Traceback" in text
    assert [str(e) for e in shown] == ["boom in a slot"]
    sys_hook = __import__("sys").excepthook
    assert sys_hook is crash._hook
    monkeypatch.setattr("sys.excepthook", __import__("sys").__excepthook__)
