"""Read a folder of test pictures with one OCR engine, for `benchmarks/ocr.py --compare`.

    PYTHON benchmarks/ocr_engines.py ENGINE FOLDER

runs under whichever Python has the engine installed (each candidate lives in its own
scratch virtual environment, so their dependencies never meet), reads FOLDER/truth.jsonl
and prints one JSON line per picture: {"file", "text", "seconds"}, then a last line
{"load_seconds", "peak_rss_mb"}. Standard library only, besides the engine.

Engines:
  scamscreen            scamscreen.core.ocr, the engine the app ships (needs the project)
  tesseract             tesserocr on the picture as it is (no preparation), eng+spa
  rapidocr-onnxruntime  rapidocr_onnxruntime 1.4 (PP-OCRv4 models in the wheel)
  rapidocr              rapidocr 3.x with onnxruntime (PP-OCRv6 small models in the wheel)
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _lines_from_boxes(items: list[tuple[Any, str]]) -> str:
    """Boxes (4 corner points) and their words, put back in reading order: top to bottom,
    and left to right within a line (boxes whose middles are within half a line)."""
    placed = []
    for box, text in items:
        ys = [p[1] for p in box]
        xs = [p[0] for p in box]
        placed.append(((min(ys) + max(ys)) / 2, max(ys) - min(ys), min(xs), text))
    placed.sort()
    lines: list[list[tuple[float, str]]] = []
    last_mid, last_h = None, 0.0
    for mid, height, x, text in placed:
        if last_mid is not None and abs(mid - last_mid) < max(height, last_h) / 2:
            lines[-1].append((x, text))
        else:
            lines.append([(x, text)])
            last_mid, last_h = mid, height
    return "\n".join(" ".join(t for _, t in sorted(line)) for line in lines)


def engine(name: str) -> Callable[[Path], str]:
    if name == "scamscreen":
        from scamscreen.core import ocr

        reader = ocr.Reader()
        return lambda path: reader.read_file(path).text
    if name == "tesseract":
        import tesserocr
        from PIL import Image

        tessdata = os.environ.get("TESSDATA_PREFIX", "/usr/share/tesseract-ocr/5/tessdata/")
        api = tesserocr.PyTessBaseAPI(path=tessdata, lang="eng+spa")

        def read(path: Path) -> str:
            with Image.open(path) as image:
                api.SetImage(image)
                return str(api.GetUTF8Text())

        return read
    if name == "rapidocr-onnxruntime":
        from rapidocr_onnxruntime import RapidOCR

        ocr1 = RapidOCR()

        def read1(path: Path) -> str:
            result, _ = ocr1(str(path))
            return _lines_from_boxes([(box, text) for box, text, _score in result or []])

        return read1
    if name == "rapidocr":
        from rapidocr import RapidOCR as RapidOCR3

        ocr3 = RapidOCR3(params={"Global.log_level": "error"})

        def read3(path: Path) -> str:
            out = ocr3(str(path))
            if out.txts is None:
                return ""
            return _lines_from_boxes(list(zip(out.boxes.tolist(), out.txts, strict=True)))

        return read3
    raise SystemExit(f"unknown engine {name!r}")


def main(argv: list[str]) -> int:
    name, folder = argv[0], Path(argv[1])
    truth = (folder / "truth.jsonl").read_text("utf-8")
    records = [json.loads(line) for line in truth.splitlines()]
    start = time.perf_counter()
    read = engine(name)
    read(folder / records[0]["file"])  # the first call loads the models
    load = time.perf_counter() - start
    for record in records:
        began = time.perf_counter()
        text = read(folder / record["file"])
        seconds = time.perf_counter() - began
        print(json.dumps({"file": record["file"], "text": text, "seconds": seconds},
                         ensure_ascii=False), flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"load_seconds": load, "peak_rss_mb": peak}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
