"""The OCR test set: scam pop-ups, text messages and emails drawn with Qt, as a person's
screenshot or photo of them would look (issue 17). Nothing is stored: every picture is
drawn again from a seed, so `benchmarks/ocr.py` and `tests/ocr/` see the same set on
every machine that has the same fonts.

Each sample knows what it shows: the words in reading order (what a person would type
into the "what you saw" box), the phone numbers (E.164) and the domains on it, and the
channel it came through. The pictures vary in font, text size, colours, display scaling
(100-200 %), language (English and Spanish) and, for "photos of a screen", perspective,
rotation, blur, noise and JPEG compression.

    python benchmarks/ocr_testset.py OUT_DIR [--count N]    writes the PNG/JPEG files
                                                             and truth.jsonl, to look at

Qt is imported inside the functions: the module can be read without a display.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SCREEN = (1366, 768)  # the commonest laptop screen, in physical pixels
PHONE_SCREEN = (390, 844)  # a phone's screen in logical pixels (scaled by `scale`)
SCALES = (1.0, 1.25, 1.5, 2.0)
FONTS = ("DejaVu Sans", "Liberation Sans", "Open Sans", "Roboto", "DejaVu Serif",
         "Liberation Serif")


@dataclass
class Sample:
    """One picture and what is on it."""

    name: str
    kind: str  # popup, sms, email
    lang: str  # en, es
    region: str  # the country the numbers are written for
    scale: float
    font: str
    photo: bool
    scam: bool
    lines: list[str] = field(default_factory=list)  # the words shown, in reading order
    phones: list[str] = field(default_factory=list)  # E.164
    domains: list[str] = field(default_factory=list)
    spec: dict[str, Any] = field(default_factory=dict)  # what the painter needs

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def channel(self) -> str:
        return {"popup": "popup", "sms": "sms", "email": "email"}[self.kind]

    def contact(self, text: str | None = None) -> dict[str, Any]:
        """The contact as a person would type it (or with `text` read off the picture)."""
        return {"channel": self.channel, "region": self.region,
                "text": self.text if text is None else text}


# ---------------------------------------------------------------------------------------
# What the pictures say


def _us_phone(rng: random.Random) -> tuple[str, str]:
    area = rng.choice(["800", "833", "844", "855", "866", "877", "888"])
    exchange = f"{rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    line = f"{rng.randint(0, 9999):04d}"
    shown = rng.choice([
        "+1-{a}-{b}-{c}", "1-{a}-{b}-{c}", "({a}) {b}-{c}", "+1 ({a}) {b}-{c}",
        "{a}-{b}-{c}", "+1 {a} {b} {c}", "1 ({a}) {b} {c}",
    ]).format(a=area, b=exchange, c=line)
    return shown, f"+1{area}{exchange}{line}"


def _es_phone(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        digits = "900" + f"{rng.randint(0, 999999):06d}"
        shown = rng.choice(["{0} {1} {2}", "+34 {0} {1} {2}"]).format(
            digits[:3], digits[3:6], digits[6:])
    else:
        digits = "91" + f"{rng.randint(2000000, 9999999)}"
        shown = rng.choice(["{0} {1} {2} {3}", "+34 {0} {1} {2} {3}"]).format(
            digits[:2], digits[2:5], digits[5:7], digits[7:])
    return shown, f"+34{digits}"


def _phone(rng: random.Random, lang: str) -> tuple[str, str]:
    return _es_phone(rng) if lang == "es" else _us_phone(rng)


def _domain(rng: random.Random, brand: str, lang: str) -> str:
    words = (["soporte", "seguridad", "ayuda", "alerta", "pago", "cliente"] if lang == "es"
             else ["support", "security", "help", "alert", "billing", "secure", "service"])
    word = rng.choice(words)
    number = rng.choice(["", "", str(rng.randint(2, 99)), str(rng.randint(100, 999))])
    tld = rng.choice(["com", "net", "info", "online", "support", "xyz"])
    if rng.random() < 0.7:
        return f"{brand}-{word}{number}.{tld}"
    return f"{word}-{brand}{number}.{tld}"


POPUP_EN = {
    "page_title": ["Windows Defender Security Center", "Microsoft Security Alert",
                   "Windows Security - Threat Detected"],
    "dialog_title": ["Windows Defender - Security Warning", "Microsoft Windows Alert",
                     "** ACCESS TO THIS PC HAS BEEN BLOCKED **"],
    "body": [
        "Access to this PC has been blocked for security reasons.",
        "Your computer has alerted us that it has been infected with a Trojan Spyware.",
        "The following data has been compromised: Email credentials, Banking passwords,",
        "Facebook login, Pictures and documents.",
        "Windows Defender scan has found potentially unwanted Adware on this device.",
        "Do not restart or shut down your computer. Closing this page may result in",
        "your personal information being stolen and your Windows registration suspended.",
    ],
    "call": ["Call Windows Support: {phone} (Toll-Free)",
             "Contact Microsoft Support immediately: {phone}",
             "Please call us at {phone} to unlock your computer"],
    "footer": "Microsoft Support {phone} (Security Help Line)",
    "buttons": ("Cancel", "OK"),
}
POPUP_ES = {
    "page_title": ["Centro de seguridad de Windows Defender", "Alerta de seguridad de Microsoft",
                   "Seguridad de Windows - Amenaza detectada"],
    "dialog_title": ["Windows Defender - Aviso de seguridad", "Alerta de Microsoft Windows",
                     "** EL ACCESO A ESTE EQUIPO HA SIDO BLOQUEADO **"],
    "body": [
        "El acceso a este equipo ha sido bloqueado por motivos de seguridad.",
        "Su equipo nos ha avisado de que ha sido infectado con un troyano espía.",
        "Se han robado estos datos: contraseñas del correo, claves del banco,",
        "acceso a Facebook, fotos y documentos.",
        "El análisis de Windows Defender ha encontrado programas no deseados.",
        "No reinicie ni apague el equipo. Si cierra esta página, pueden robar",
        "su información personal y suspender su licencia de Windows.",
    ],
    "call": ["Llame al soporte técnico de Windows: {phone} (gratuito)",
             "Póngase en contacto con Microsoft de inmediato: {phone}",
             "Llámenos al {phone} para desbloquear su equipo"],
    "footer": "Soporte de Microsoft {phone} (línea de ayuda)",
    "buttons": ("Cancelar", "Aceptar"),
}

SMS_SCAMS_EN = [
    ("USPS", "USPS: Your package is on hold due to an incomplete address. "
     "Update your details within 24 hours: https://{domain}/track", "usps"),
    ("Chase", "Chase Alert: we detected an unusual sign-in on your account. "
     "If this was not you, call us now at {phone}.", "chase"),
    ("Amazon", "Amazon: a charge of $749.99 for an iPhone 15 was approved. "
     "Not you? Call {phone} or visit {domain} to cancel.", "amazon"),
    ("Norton", "Your Norton subscription expires today. Renew now or call "
     "{phone} for help: https://{domain}", "norton"),
]
SMS_SCAMS_ES = [
    ("Correos", "Correos: su paquete no se ha podido entregar. Pague 1,99 EUR "
     "de tasas en https://{domain}/pago antes de 24 horas.", "correos"),
    ("BBVA", "BBVA: hemos detectado un acceso no autorizado a su cuenta. "
     "Si no ha sido usted, llame al {phone} ahora.", "bbva"),
    ("Amazon", "Amazon: se ha aprobado un cargo de 749,99 EUR. Si no lo reconoce, "
     "llame al {phone} o entre en {domain}", "amazon"),
]
SMS_SAFE_EN = ["Hi Mum, running late, I'll be home by 7. Can you feed the cat?",
               "Your dentist appointment is on Tuesday at 10:30. Reply C to confirm."]
SMS_SAFE_ES = ["Hola mamá, llego tarde, estaré en casa a las 7. ¿Le das de comer al gato?",
               "Su cita con el dentista es el martes a las 10:30. Responda C para confirmar."]

EMAIL_EN = {
    "brands": [("Norton", "norton"), ("McAfee", "mcafee"), ("PayPal", "paypal"),
               ("Geek Squad", "geeksquad")],
    "subject": "Your {brand} subscription has been renewed - Invoice #{invoice}",
    "body": [
        "Dear Customer,",
        "Thank you for renewing your {brand} Total Protection plan. Your card has",
        "been charged $399.99 for 3 years of protection on 5 devices.",
        "If you did not authorize this charge or wish to cancel, please call our",
        "billing department at {phone} within 24 hours to receive a full refund.",
        "Order date: 11/28/2026    Payment: Automatic renewal",
        "Thank you, {brand} Billing Team",
    ],
    "folders": ["Inbox", "Starred", "Sent", "Drafts", "Spam"],
    "labels": ("From:", "To:", "Date:"),
}
EMAIL_ES = {
    "brands": [("Norton", "norton"), ("McAfee", "mcafee"), ("PayPal", "paypal")],
    "subject": "Su suscripción a {brand} se ha renovado - Factura n.º {invoice}",
    "body": [
        "Estimado cliente:",
        "Gracias por renovar su plan {brand} Total Protection. Hemos cargado",
        "349,99 EUR en su tarjeta por 3 años de protección en 5 dispositivos.",
        "Si no ha autorizado este cargo o desea cancelarlo, llame a nuestro",
        "departamento de facturación al {phone} en menos de 24 horas.",
        "Fecha del pedido: 28/11/2026    Pago: renovación automática",
        "Atentamente, el equipo de facturación de {brand}",
    ],
    "folders": ["Recibidos", "Destacados", "Enviados", "Borradores", "Spam"],
    "labels": ("De:", "Para:", "Fecha:"),
}
EMAIL_SAFE_EN = [
    "Hi Sam,", "Thanks for lunch yesterday. The photos from the garden are on the",
    "club's page: {domain}/photos. See you at the meeting on Thursday.", "Best, Jo",
]
EMAIL_SAFE_ES = [
    "Hola Sam:", "Gracias por la comida de ayer. Las fotos del jardín están en la",
    "página del club: {domain}/fotos. Nos vemos en la reunión del jueves.", "Un abrazo, Jo",
]

THEMES_POPUP = [  # page background, page text, dialog background, dialog text, dialog title bar
    ("#0067b8", "#ffffff", "#ffffff", "#1b1b1b", "#0067b8"),
    ("#b00020", "#ffffff", "#ffffff", "#202020", "#b00020"),
    ("#101010", "#ffffff", "#f3f3f3", "#101010", "#2b579a"),
    ("#1e5aa8", "#ffff66", "#fffbe6", "#7a0000", "#c50f1f"),
]


def make_sample(index: int, seed: int = 17, kind: str | None = None,
                scale: float | None = None, photo: bool | None = None,
                lang: str | None = None) -> Sample:
    """Sample `index` of the set made from `seed`: the same arguments, the same picture."""
    rng = random.Random(f"{seed}-{index}")
    kind = kind or ("popup", "sms", "email")[index % 3]
    lang = lang or ("en" if rng.random() < 0.6 else "es")
    scale = scale if scale is not None else rng.choice(SCALES)
    photo = photo if photo is not None else rng.random() < 0.2
    font = rng.choice(FONTS)
    sample = Sample(name=f"{index:03d}-{kind}-{lang}-{int(scale * 100)}{'-photo' if photo else ''}",
                    kind=kind, lang=lang, region="ES" if lang == "es" else "US",
                    scale=scale, font=font, photo=photo, scam=True)
    sample.spec["seed"] = f"{seed}-{index}"
    {"popup": _popup, "sms": _sms, "email": _email}[kind](sample, rng)
    return sample


def _popup(sample: Sample, rng: random.Random) -> None:
    words = POPUP_ES if sample.lang == "es" else POPUP_EN
    shown, e164 = _phone(rng, sample.lang)
    domain = _domain(rng, rng.choice(["microsoft", "windows", "defender"]), sample.lang)
    path = rng.choice(["/alert/index.html", "/es/aviso.php?id=8841", "/win/?err=0x80070424"])
    theme = rng.choice(THEMES_POPUP)
    # as many lines as the screen has room for at this scaling
    more = {1.0: 3, 1.25: 3, 1.5: 2, 2.0: 0}[sample.scale]
    body = rng.sample(words["body"][:2], 2) + words["body"][2:3 + rng.randint(0, more)]
    spec = {
        "url": f"https://{domain}{path}",
        "page_title": rng.choice(words["page_title"]),
        "dialog_title": rng.choice(words["dialog_title"]),
        "body": body,
        "call": rng.choice(words["call"]).format(phone=shown),
        "footer": words["footer"].format(phone=shown),
        "buttons": words["buttons"],
        "theme": theme,
        "size": 13 + rng.randint(0, 3),
    }
    sample.spec.update(spec)
    sample.lines = [spec["url"], spec["page_title"], spec["dialog_title"], *body,
                    spec["call"], *spec["buttons"], spec["footer"]]
    sample.phones = [e164]
    sample.domains = [domain]


def _sms(sample: Sample, rng: random.Random) -> None:
    es = sample.lang == "es"
    dark = rng.random() < 0.35
    sample.scam = rng.random() < 0.8
    sample.domains = []
    if sample.scam:
        sender, message, brand = rng.choice(SMS_SCAMS_ES if es else SMS_SCAMS_EN)
        shown, e164 = _phone(rng, sample.lang)
        domain = _domain(rng, brand, sample.lang)
        message = message.format(phone=shown, domain=domain)
        if shown in message:
            sample.phones = [e164]
        if domain in message:
            sample.domains = [domain]
    else:
        sender = rng.choice(["Mum", "Jo", "Dr. Patel"] if not es else ["Mamá", "Jo", "Clínica"])
        message = rng.choice(SMS_SAFE_ES if es else SMS_SAFE_EN)
    time_label = rng.choice(["9:41", "14:07", "20:15"])
    day = rng.choice(["Today 9:38", "Yesterday 18:02"] if not es else ["Hoy 9:38", "Ayer 18:02"])
    sample.spec.update({"sender": sender, "message": message, "dark": dark, "time": time_label,
                        "day": day, "size": 15 + rng.randint(0, 3)})
    sample.lines = [time_label, sender, day, message]


def _email(sample: Sample, rng: random.Random) -> None:
    es = sample.lang == "es"
    words = EMAIL_ES if es else EMAIL_EN
    sample.scam = rng.random() < 0.85
    if sample.scam:
        brand, key = rng.choice(words["brands"])
        shown, e164 = _phone(rng, sample.lang)
        domain = _domain(rng, key, sample.lang)
        invoice = str(rng.randint(10_000_000, 99_999_999))
        subject = words["subject"].format(brand=brand, invoice=invoice)
        sender = f"{brand} <{rng.choice(['billing', 'support', 'noreply'])}@{domain}>"
        body = [line.format(brand=brand, phone=shown) for line in words["body"]]
        # as many lines as the screen has room for at this scaling, the number kept
        body = {1.0: body, 1.25: body, 1.5: body[:5], 2.0: [body[0], body[3], body[4]]}[
            sample.scale]
        sample.phones = [e164]
    else:
        domain = f"{rng.choice(['oakfield', 'riverside', 'hillview'])}-garden-club.org"
        subject = "Fotos del jardín" if es else "Photos from the garden"
        sender = f"Jo Martin <jo@{domain}>"
        body = [line.format(domain=domain) for line in (EMAIL_SAFE_ES if es else EMAIL_SAFE_EN)]
    sample.domains = [domain]
    labels = words["labels"]
    to_line = "you@example.net"
    date = "28/11/2026 9:14" if es else "Nov 28, 2026, 9:14 AM"
    sample.spec.update({"subject": subject, "sender": sender, "to": to_line, "date": date,
                        "body": body, "folders": words["folders"], "labels": labels,
                        "size": 13 + rng.randint(0, 3),
                        "accent": rng.choice(["#1a73e8", "#0f6cbd", "#6b2fa0"])})
    sample.lines = [*words["folders"], subject, f"{labels[0]} {sender}", f"{labels[1]} {to_line}",
                    f"{labels[2]} {date}", *body]


def make_set(count: int, seed: int = 17) -> list[Sample]:
    return [make_sample(i, seed) for i in range(count)]


# ---------------------------------------------------------------------------------------
# Drawing them


def render(sample: Sample) -> Any:
    """The picture as a QImage (a photo of the screen when `sample.photo`)."""
    from PySide6.QtGui import QImage

    if sample.kind == "sms":
        size = (round(PHONE_SCREEN[0] * sample.scale * 1.5),
                round(PHONE_SCREEN[1] * sample.scale * 1.5))
        logical = (size[0] / (sample.scale * 1.5), size[1] / (sample.scale * 1.5))
        zoom = sample.scale * 1.5  # phones draw at 1.5-3x: their screens are dense
    else:
        size = SCREEN
        zoom = sample.scale
        logical = (SCREEN[0] / zoom, SCREEN[1] / zoom)
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    painter = _painter(image, zoom)
    {"popup": _draw_popup, "sms": _draw_sms, "email": _draw_email}[sample.kind](
        painter, sample, logical)
    painter.end()
    if sample.photo:
        image = photograph(image, random.Random(sample.spec["seed"] + "-photo"))
    return image


def _painter(image: Any, zoom: float) -> Any:
    from PySide6.QtGui import QPainter

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.scale(zoom, zoom)
    return painter


def _font(sample: Sample, px: float, bold: bool = False) -> Any:
    from PySide6.QtGui import QFont

    font = QFont(sample.font)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _text(painter: Any, x: float, y: float, w: float, h: float, text: str, flags: Any = None,
          wrap: bool = False) -> float:
    """Draw `text` in the box; returns the height used."""
    from PySide6.QtCore import QRectF, Qt

    align = flags if flags is not None else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    option = int(align.value if hasattr(align, "value") else align)
    if wrap:
        option |= int(Qt.TextFlag.TextWordWrap.value)
    bound = painter.boundingRect(QRectF(x, y, w, h), option, text)
    painter.drawText(QRectF(x, y, w, max(h, bound.height())), option, text)
    return float(bound.height())


def _draw_popup(painter: Any, sample: Sample, logical: tuple[float, float]) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor

    spec = sample.spec
    w, h = logical
    page_bg, page_fg, box_bg, box_fg, bar = (QColor(c) for c in spec["theme"])
    size = spec["size"]
    # the browser's own bar, with the address
    painter.fillRect(QRectF(0, 0, w, 38), QColor("#dee1e6"))
    painter.fillRect(QRectF(90, 6, w - 180, 26), QColor("#ffffff"))
    painter.setPen(QColor("#202124"))
    painter.setFont(_font(sample, 13))
    _text(painter, 100, 10, w - 200, 20, spec["url"])
    painter.fillRect(QRectF(0, 38, w, h - 38), page_bg)
    painter.setPen(page_fg)
    painter.setFont(_font(sample, size + 8, bold=True))
    y = 46 + _text(painter, 20, 46, w - 40, 40, spec["page_title"], Qt.AlignmentFlag.AlignHCenter)
    # the dialog, measured before it is drawn
    bw = min(640.0, w - 40)
    bx = (w - bw) / 2
    by = y + 8
    wrap = int(Qt.TextFlag.TextWordWrap.value)
    parts = [(_font(sample, size), line, 2) for line in spec["body"]]
    parts.append((_font(sample, size + 2, bold=True), spec["call"], 14))
    heights = []
    for font, line, gap in parts:
        painter.setFont(font)
        heights.append(painter.boundingRect(QRectF(0, 0, bw - 40, 1000), wrap, line).height() + gap)
    bh = 44 + sum(heights) + 8 + 28 + 14
    painter.fillRect(QRectF(bx, by, bw, bh), box_bg)
    painter.fillRect(QRectF(bx, by, bw, 30), bar)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(_font(sample, size, bold=True))
    _text(painter, bx + 10, by + 6, bw - 20, 20, spec["dialog_title"])
    painter.setPen(box_fg)
    ty = by + 44
    for (font, line, _gap), height in zip(parts, heights, strict=True):
        painter.setFont(font)
        _text(painter, bx + 20, ty, bw - 40, 20, line, wrap=True)
        ty += height + (8 if line is spec["body"][-1] else 0)
    painter.setFont(_font(sample, size))
    for i, label in enumerate(spec["buttons"]):
        rx = bx + bw - 20 - (2 - i) * 110
        painter.fillRect(QRectF(rx, ty, 100, 28), QColor("#e1e1e1" if i == 0 else "#0067b8"))
        painter.setPen(QColor("#000000" if i == 0 else "#ffffff"))
        _text(painter, rx, ty + 5, 100, 20, label, Qt.AlignmentFlag.AlignHCenter)
    painter.setPen(page_fg)
    painter.setFont(_font(sample, size + 4, bold=True))
    footer_y = by + bh + 10
    needed = painter.boundingRect(QRectF(20, 0, w - 40, 1000), wrap, spec["footer"]).height()
    if footer_y + needed > h:
        raise ValueError(f"{sample.name}: the pop-up does not fit its screen")
    _text(painter, 20, footer_y, w - 40, 30, spec["footer"], Qt.AlignmentFlag.AlignHCenter,
          wrap=True)


def _draw_sms(painter: Any, sample: Sample, logical: tuple[float, float]) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPainterPath

    spec = sample.spec
    w, h = logical
    dark = spec["dark"]
    bg, fg = (QColor("#000000"), QColor("#ffffff")) if dark else (QColor("#ffffff"),
                                                                  QColor("#000000"))
    painter.fillRect(QRectF(0, 0, w, h), bg)
    painter.setPen(fg)
    painter.setFont(_font(sample, 15, bold=True))
    _text(painter, 24, 14, 80, 20, spec["time"])
    painter.fillRect(QRectF(0, 48, w, 90), QColor("#1c1c1e" if dark else "#f6f6f6"))
    painter.setBrush(QColor("#8e8e93"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(w / 2 - 24, 56, 48, 48))
    painter.setPen(fg)
    painter.setFont(_font(sample, 13))
    _text(painter, 0, 110, w, 20, spec["sender"], Qt.AlignmentFlag.AlignHCenter)
    painter.setPen(QColor("#8e8e93"))
    painter.setFont(_font(sample, 12))
    _text(painter, 0, 160, w, 20, spec["day"], Qt.AlignmentFlag.AlignHCenter)
    size = spec["size"]
    painter.setFont(_font(sample, size))
    bubble_w = w * 0.72
    rect = painter.boundingRect(QRectF(0, 0, bubble_w - 28, 2000),
                                int(Qt.TextFlag.TextWordWrap.value), spec["message"])
    path = QPainterPath()
    path.addRoundedRect(QRectF(14, 190, bubble_w, rect.height() + 20), 18, 18)
    painter.fillPath(path, QColor("#262628" if dark else "#e9e9eb"))
    painter.setPen(fg)
    _text(painter, 28, 200, bubble_w - 28, rect.height(), spec["message"], wrap=True)


def _draw_email(painter: Any, sample: Sample, logical: tuple[float, float]) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor

    spec = sample.spec
    w, h = logical
    size = spec["size"]
    painter.fillRect(QRectF(0, 0, w, h), QColor("#ffffff"))
    painter.fillRect(QRectF(0, 0, w, 48), QColor(spec["accent"]))
    painter.fillRect(QRectF(0, 48, 170, h - 48), QColor("#f2f4f7"))
    painter.setPen(QColor("#303030"))
    painter.setFont(_font(sample, size))
    y = 64.0
    for folder in spec["folders"]:
        y += _text(painter, 20, y, 140, 20, folder) + 12
    x = 200.0
    body_w = w - x - 30
    painter.setPen(QColor("#111111"))
    painter.setFont(_font(sample, size + 6, bold=True))
    y = 66 + _text(painter, x, 66, body_w, 30, spec["subject"], wrap=True) + 12
    painter.setFont(_font(sample, size))
    labels = spec["labels"]
    for label, value in zip(labels, (spec["sender"], spec["to"], spec["date"]), strict=True):
        painter.setPen(QColor("#5f6368"))
        y += _text(painter, x, y, body_w, 20, f"{label} {value}", wrap=True) + 4
    y += 18
    painter.setPen(QColor("#202124"))
    for line in spec["body"]:
        y += _text(painter, x, y, body_w, 20, line, wrap=True) + 6
    if y > h:
        raise ValueError(f"{sample.name}: the email does not fit its screen")


def photograph(image: Any, rng: random.Random) -> Any:
    """A phone's photo of the screen showing `image`: seen at a slant (perspective and a
    few degrees of rotation), with a dark bezel around it, softer, darker, noisier, and
    saved as a JPEG would be."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF, QTransform

    w, h = image.width(), image.height()
    out = QImage(w, h, QImage.Format.Format_RGB32)
    out.fill(QColor("#1a1a1a"))
    margin = 0.04
    jitter = 0.025

    def corner(x: float, y: float) -> QPointF:
        return QPointF((x + rng.uniform(-jitter, jitter)) * w,
                       (y + rng.uniform(-jitter, jitter)) * h)

    quad = QPolygonF([corner(margin, margin), corner(1 - margin, margin),
                      corner(1 - margin, 1 - margin), corner(margin, 1 - margin)])
    source = QPolygonF([QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)])
    transform = QTransform()
    QTransform.quadToQuad(source, quad, transform)
    angle = rng.uniform(-4.0, 4.0)
    rotation = QTransform().translate(w / 2, h / 2).rotate(angle).translate(-w / 2, -h / 2)
    # blur: down to 55-75 %, then back up, smoothly
    soft = rng.uniform(0.55, 0.75)
    small = image.scaled(round(w * soft), round(h * soft), mode=_smooth())
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setTransform(QTransform().scale(1 / soft, 1 / soft) * transform * rotation)
    painter.drawImage(QPointF(0, 0), small)
    painter.resetTransform()
    # light: darker, a little warm, and a glare
    painter.fillRect(QRectF(0, 0, w, h), QColor(0, 0, 20, rng.randint(20, 60)))
    painter.setOpacity(0.08)
    painter.drawImage(QRectF(0, 0, w, h), _noise(rng))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    out.save(buffer, "JPEG", rng.randint(60, 85))
    buffer.close()
    photo = QImage()
    photo.loadFromData(data, "JPEG")
    return photo


def _smooth() -> Any:
    from PySide6.QtCore import Qt

    return Qt.TransformationMode.SmoothTransformation


def _noise(rng: random.Random, size: int = 256) -> Any:
    from PySide6.QtGui import QImage

    pixels = bytes(rng.getrandbits(8) for _ in range(size * size))
    tile = QImage(pixels, size, size, size, QImage.Format.Format_Grayscale8)
    return tile.copy()


def save(sample: Sample, folder: Path) -> Path:
    """Write the picture (PNG, or JPEG for photos) and return its path."""
    path = folder / f"{sample.name}.{'jpg' if sample.photo else 'png'}"
    if not render(sample).save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def truth(sample: Sample) -> dict[str, Any]:
    record = asdict(sample)
    record.pop("spec")
    record["text"] = sample.text
    record["channel"] = sample.channel
    return record


def main(argv: list[str]) -> int:
    import argparse
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need it
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "truth.jsonl").open("w", encoding="utf-8") as handle:
        for sample in make_set(args.count, args.seed):
            record = truth(sample)
            record["file"] = save(sample, args.out).name
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{args.count} pictures in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
