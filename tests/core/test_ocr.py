"""Reading pictures (scamscreen.core.ocr, issue 17): the bars on a fixed sample of the
rendered test set, and every kind of bad picture. Each OCR call costs about half a
second here; the whole file stays well under a minute."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from scamscreen.core import ocr
from scamscreen.core.contact import parse_contact

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
SAMPLE = 20  # screenshots: 95 % means at most one miss


def _testset():
    spec = importlib.util.spec_from_file_location("ocr_testset", BENCHMARKS / "ocr_testset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


testset = _testset()


@pytest.fixture(scope="module")
def reader():
    return ocr.Reader()


def png(qimage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert qimage.save(buffer, "PNG")
    return bytes(data.data())


def pillow(qimage) -> Image.Image:
    return Image.open(io.BytesIO(png(qimage)))


def as_file(image: Image.Image, tmp_path: Path, name: str, **options) -> Path:
    path = tmp_path / name
    image.save(path, **options)
    return path


@pytest.fixture(scope="module")
def screenshots(qapp):
    """The fixed sample: every kind, every scaling from 100 to 200 %, both languages."""
    samples = [
        testset.make_sample(i, seed=1717, scale=testset.SCALES[i % 4], photo=False)
        for i in range(SAMPLE)
    ]
    return [(sample, png(testset.render(sample))) for sample in samples]


def extracted(screener, sample, text):
    contact = parse_contact(sample.contact(text))
    result = screener.screen(contact, sample.region).to_dict()
    domains = {link["registrable"] for link in result["extracted"]["links"]}
    domains |= {email.get("domain", "") for email in result["extracted"]["emails"]}
    phones = {phone["e164"] for phone in result["extracted"]["phones"]}
    return phones, domains, result["verdict"]


def test_screenshots_meet_the_bars(reader, screenshots, screener):
    phones_read = domains_read = verdicts_equal = 0
    misses = []
    for sample, data in screenshots:
        reading = reader.read_bytes(data, sample.name)
        phones, domains, verdict = extracted(screener, sample, reading.text)
        typed_verdict = extracted(screener, sample, sample.text)[2]
        phones_read += set(sample.phones) <= phones
        domains_read += set(sample.domains) <= domains
        verdicts_equal += verdict == typed_verdict
        if not (set(sample.phones) <= phones and set(sample.domains) <= domains):
            misses.append((sample.name, reading.text))
    assert phones_read >= 0.95 * SAMPLE, misses
    assert domains_read >= 0.95 * SAMPLE, misses
    assert verdicts_equal >= 0.95 * SAMPLE


def test_the_channel_is_suggested_from_the_shape_and_the_words(reader, screenshots):
    right = sum(reader.read_bytes(data, s.name).channel == s.channel for s, data in screenshots)
    assert right >= 0.9 * SAMPLE


def test_every_format_is_read_and_a_photo_is_turned_upright(reader, qapp, tmp_path):
    sample = testset.make_sample(1, seed=1717, kind="popup", scale=1.5, photo=False)
    image = pillow(testset.render(sample)).convert("RGB")
    for name, options in (("a.bmp", {}), ("a.webp", {"lossless": True}),
                          ("a.jpg", {"quality": 92})):
        reading = reader.read_file(as_file(image, tmp_path, name, **options))
        assert "Microsoft" in reading.text or "Windows" in reading.text, name
    # a camera that saved the picture on its side says so in EXIF (6: turn 90 degrees right)
    exif = Image.Exif()
    exif[0x0112] = 6
    sideways = image.transpose(Image.Transpose.ROTATE_90)
    reading = reader.read_file(as_file(sideways, tmp_path, "side.jpg", exif=exif, quality=92))
    assert (reading.width, reading.height) == image.size
    assert sample.phones[0][-4:] in reading.text.replace(" ", "")


def test_a_transparent_screenshot_is_read_on_white(reader, qapp, tmp_path):
    sample = testset.make_sample(2, seed=1717, kind="email", scale=1.25, photo=False)
    image = pillow(testset.render(sample)).convert("RGBA")
    reading = reader.read_file(as_file(image, tmp_path, "clip.png"))
    assert reading.has_words and reading.channel == "email"


def test_a_picture_without_words_says_so(reader, tmp_path):
    reading = reader.read_file(as_file(Image.new("RGB", (800, 600), (20, 90, 200)),
                                       tmp_path, "blue.png"))
    assert not reading.has_words and reading.text == ""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"Dear customer, your invoice...", "not a picture ScamScreen can read"),
        (b"GIF89a" + bytes(40), "not a picture ScamScreen can read"),
        (b"%PDF-1.7\n" + bytes(40), "not a picture ScamScreen can read"),
    ],
)
def test_files_that_are_not_pictures_are_named_and_refused(reader, tmp_path, content, message):
    path = tmp_path / "shot.png"
    path.write_bytes(content)
    with pytest.raises(ocr.PictureError) as caught:
        reader.read_file(path)
    assert message in caught.value.message
    assert str(path) in str(caught.value)


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "WEBP"])
def test_a_picture_cut_short_is_refused(reader, tmp_path, kind):
    image = Image.effect_noise((600, 400), 60).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, kind)
    path = tmp_path / f"cut.{kind.lower()}"
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    with pytest.raises(ocr.PictureError) as caught:
        reader.read_file(path)
    assert "cut short" in caught.value.message or "damaged" in caught.value.message


def test_a_decompression_bomb_is_refused_before_it_is_decoded(reader, tmp_path, monkeypatch):
    path = tmp_path / "bomb.png"
    Image.new("1", (8000, 7000)).save(path)  # 56 megapixels in a few kilobytes
    assert path.stat().st_size < 100_000

    def no_decoding(self):
        raise AssertionError("the pixels were decoded")

    monkeypatch.setattr(Image.Image, "load", no_decoding)
    monkeypatch.setattr("PIL.ImageFile.ImageFile.load", no_decoding)
    with pytest.raises(ocr.PictureError) as caught:
        reader.read_file(path)
    assert "too large (8000 x 7000)" in caught.value.message


def test_missing_files_and_folders_are_named(reader, tmp_path):
    with pytest.raises(ocr.PictureError, match="there is no such file"):
        reader.read_file(tmp_path / "nowhere.png")
    with pytest.raises(ocr.PictureError, match="folder"):
        reader.read_file(tmp_path)


@pytest.mark.parametrize(
    ("raw", "tidy"),
    [
        ("Go to https://usps-\nsupport.info/track", "Go to https://usps-support.info/track"),
        ("or visit billing-\n\namazon7.xyz to cancel", "or visit billing-amazon7.xyz to cancel"),
        ("or call +1 800 590\n1849 for help", "or call +1 800 590 1849 for help"),
        ("Llame al +34 91\n519 08 98", "Llame al +34 91 519 08 98"),
        ("a well-\nknown shop", "a well-\nknown shop"),
        ("at 10:30\n2 people\n\n\n\nbye\f", "at 10:30\n2 people\n\nbye"),
    ],
)
def test_wrapped_links_and_numbers_are_joined_and_nothing_else(raw, tidy):
    assert ocr.tidy(raw) == tidy


@pytest.mark.parametrize(
    ("text", "size", "channel"),
    [
        ("From: PayPal <billing@x.com>\nSubject: invoice", (1366, 768), "email"),
        ("De: PayPal <billing@x.com>\nPara: tú", (1170, 2532), "email"),
        ("USPS\nToday 9:38\nYour package is on hold", (1170, 2532), "sms"),
        ("Windows Defender\nCall support now", (1366, 768), "popup"),
        ("Shopping list: eggs, milk", (1366, 768), None),
    ],
)
def test_channel_suggestions(text, size, channel):
    assert ocr.suggest_channel(text, *size) == channel


def test_checking_a_contact_never_loads_the_engine():
    """`scamscreen check --json`, the CLI's and the app's imports stay as fast as before:
    neither tesserocr nor Pillow is imported until a picture is checked."""
    code = (
        "import io, sys\n"
        "sys.stdin = io.TextIOWrapper(io.BytesIO(b'{\"text\": \"call 1-844-555-0199\"}'))\n"
        "import scamscreen.cli, scamscreen.core.ocr, scamscreen.cli.picture, scamscreen.ui.app\n"
        "from scamscreen.__main__ import main\n"
        "status = main(['check', '--json'])\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('tesserocr', 'PIL')]\n"
        "print(status, loaded, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.stderr.strip().endswith("0 []"), done.stderr
