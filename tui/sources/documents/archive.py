"""Zip-based formats (EPUB, DOCX): opened with limits, since a small zip can unpack to gigabytes."""

from __future__ import annotations

import io
import zipfile
import zlib

from tui.sources.documents.document import DocumentError

# What a damaged zip raises while a member is unpacked (bad CRC, bad deflate data, a mangled
# header, a compression method zipfile does not know).
DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError,
           RuntimeError)  # RuntimeError: a member flagged as password-encrypted

MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024


def open_zip(data: bytes, where: str, kind: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except DAMAGED:
        raise DocumentError(f"{where}: the {kind} file is damaged or truncated "
                            "(its zip archive cannot be read)") from None
    if (any(i.file_size > MAX_MEMBER_BYTES for i in infos)
            or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES):
        raise DocumentError(f"{where}: the {kind} file unpacks to too much data to be a document")
    return archive


def read_member(archive: zipfile.ZipFile, name: str, where: str, kind: str) -> bytes:
    try:
        return archive.read(name)
    except KeyError:
        raise DocumentError(f"{where}: the {kind} file is incomplete ({name} is missing)") from None
    except DAMAGED:
        raise DocumentError(f"{where}: the {kind} file is damaged ({name} cannot be unpacked)") from None
