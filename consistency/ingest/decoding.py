"""Decode a file's bytes as text: UTF-8, UTF-16 or UTF-32 with a BOM, or cp1252, or say why not."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

UTF8 = "UTF-8"
MIXED = "mixed encodings: UTF-8 text with bytes of another encoding; save it as UTF-8"
UNDECODABLE = "undecodable: not UTF-8, UTF-16 or cp1252 text"
# Text with more control characters than this share is a binary file that happens to decode.
MAX_CONTROL_SHARE = 0.3
# A cp1252 guess must read as prose: at least this share of letters, digits, spaces, punctuation.
MIN_TEXTLIKE_SHARE = 0.9
# Unicode control characters (category Cc) except tab, line feed, vertical tab, form feed, CR.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# In UTF-8 the controls up to \x7f are their own bytes, and no other character has such a
# byte; the rest (\x80-\x9f) are \xc2 and a byte \x80-\x9f. Every byte but the first kind.
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not _CONTROLS.match(chr(b)) or b >= 0x80)
_UTF8_C1_CONTROL = re.compile(rb"\xc2[\x80-\x9f]")
_TEXTLIKE = re.compile(r"[\w\s.,;:!?'\"()\[\]/&%$£€@#*+=<>~-]|[‘’“”–—…•«»°§©®™]")
# A UTF-8 multi-byte character: a lead byte and its continuation bytes.
_UTF8_CHAR = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# Signatures of common non-text files, so the reason names what the file is.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive, or a Word or OpenDocument file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x7fELF", "a program"),
)


class NotText(ValueError):
    """A file's bytes are not article text; the message says why, in one line."""


@dataclass(frozen=True)
class Decoded:
    """A file's text and the encoding it was read in."""

    text: str
    encoding: str


def control_share(text: str) -> float:
    """Measure the share of control characters other than line breaks and tabs."""
    if not text:
        return 0.0
    # Counted in the UTF-8 bytes: deleting bytes and finding a two-byte pattern run in C
    # over the whole text, several times faster than matching a class at every character.
    data = text.encode("utf-8", "surrogatepass")
    controls = len(data.translate(None, _NOT_CONTROL_BYTES)) + len(_UTF8_C1_CONTROL.findall(data))
    return controls / len(text)


def _signature(data: bytes) -> str | None:
    """Name the kind of a non-text file from its first bytes, or return None."""
    return next((kind for magic, kind in _SIGNATURES if data.startswith(magic)), None)


def _checked(text: str) -> str:
    """Return decoded text, or raise NotText when it is no article text."""
    if control_share(text) > MAX_CONTROL_SHARE:
        raise NotText("binary file (mostly control characters)")
    # The same test as `not text.strip()`, without copying the text.
    if not text or text.isspace():
        raise NotText("only whitespace")
    return text


def _with_bom(data: bytes) -> Decoded | None:
    """Decode text that starts with a UTF-16 or UTF-32 byte-order mark; None without one."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(_checked(data.decode(codec)), label)
            except UnicodeDecodeError:
                reason = f"undecodable: starts as {label} text but is not valid {label}"
                raise NotText(reason) from None
    return None


def _is_mixed(data: bytes) -> bool:
    """Tell whether bad bytes sit among real UTF-8 characters: two encodings in one file."""
    utf8_bytes = sum(len(m) for m in _UTF8_CHAR.findall(data))
    other_bytes = sum(1 for b in data if b >= 0x80) - utf8_bytes
    return utf8_bytes > 0 and utf8_bytes >= other_bytes


def _textlike_share(text: str) -> float:
    """Measure the share of letters, digits, spaces and punctuation in `text`."""
    return len(_TEXTLIKE.findall(text)) / len(text) if text else 0.0


def _cp1252(data: bytes) -> Decoded:
    """Decode bytes that are not UTF-8 as cp1252 (Windows Western), when they read as text."""
    undecodable = NotText(UNDECODABLE)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise undecodable from None
    if control_share(text) > 0 or _textlike_share(text) < MIN_TEXTLIKE_SHARE:
        raise undecodable
    return Decoded(_checked(text), "cp1252")


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes as article text; raise NotText with the reason when they are not."""
    if not data:
        raise NotText("empty file")
    kind = _signature(data)
    if kind is not None:
        raise NotText(f"binary file ({kind})")
    decoded = _with_bom(data)
    if decoded is not None:
        return decoded
    if b"\x00" in data:
        raise NotText("binary file (contains NUL bytes)")
    try:
        return Decoded(_checked(data.decode("utf-8-sig")), UTF8)
    except UnicodeDecodeError:
        pass
    if _is_mixed(data):
        raise NotText(MIXED)
    return _cp1252(data)
