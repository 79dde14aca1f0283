"""Bytes to text: UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, and legacy single-byte text
(cp1252, Latin-1 ...) recognised by charset-normalizer; anything else is named as binary or of an unknown
encoding. `decode_bytes` never raises: it returns the text, or the fixed reason it is not text.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

# Failure reasons (fixed strings, counted per reason by the callers)
EMPTY = "empty"
BINARY = "binary"
NOT_UTF8 = "not in a known text encoding"  # neither UTF-8, UTF-16/32 with a BOM, nor a single-byte code page

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SNIFF_BYTES = 8192


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec used: "utf-8", "utf-16", "cp1252", ...


def bom_encoding(raw: bytes) -> str | None:
    """The codec a byte-order mark at the start of `raw` names, or None."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return encoding
    return None


def decode_bytes(raw: bytes) -> Decoded | str:
    """The text in `raw`, or one of the reasons EMPTY, BINARY, NOT_UTF8."""
    encoding = bom_encoding(raw)
    if encoding is not None:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            return NOT_UTF8
        return Decoded(text, encoding) if text.strip() else EMPTY
    if not raw.strip():
        return EMPTY
    if b"\x00" in raw[:_SNIFF_BYTES]:
        return BINARY  # UTF-16 without a BOM is not guessed: name it rather than risk nonsense
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _legacy(raw)


def _legacy(raw: bytes) -> Decoded | str:
    """Single-byte text (cp1252 and its kin), where charset-normalizer finds a coherent reading; of the
    single-byte codecs that fit, cp1252 is preferred (short English texts fit several equally well)."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    if best is None or best.encoding in ("utf_8", "ascii") or best.encoding.startswith(("utf_16", "utf_32")):
        return NOT_UTF8
    latin = best.encoding.startswith(("cp125", "iso8859", "latin", "mac_", "cp850", "cp437"))
    for encoding in (("cp1252",) if latin else ()) + (best.encoding,):  # Windows-1252 first, where it fits
        try:
            return Decoded(raw.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return NOT_UTF8
