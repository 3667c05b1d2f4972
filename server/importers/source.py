"""Uniform read access to an export given as a folder or a .zip archive.

Official exports are unzipped by hand, re-zipped, nested one folder deep
("Basic_LinkedInDataExport_11-20-2026/messages.csv") or renamed by the
user's OS, so members are found by their path *suffix*, case-insensitively,
wherever they sit.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .records import ExportFormatError, ExportTooLarge

# Errors that mean "the bytes of this archive member are damaged".
_CORRUPT_MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError)

# The most one file of an export may unpack to (INCHDEEP_MAX_IMPORT_MEMBER_BYTES): far above a real archive's
# direct-messages.js or messages.csv, far below what a 512 MB upload of compressed zeros would unpack to.
DEFAULT_MAX_MEMBER_BYTES = 1 << 30


class _CappedReader(io.RawIOBase):
    """Counts the bytes of a member as they are decompressed and stops once there are more than ``cap``: the zip's
    own size field is the packer's word, and the check must come before the bytes are used, not after."""

    def __init__(self, stream: IO[bytes], cap: int, label: str) -> None:
        self.stream, self.cap, self.label, self.count = stream, cap, label, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # noqa: ANN001
        data = self.stream.read(len(buffer))
        self.count += len(data)
        if self.count > self.cap:
            raise ExportTooLarge(self.label, None, f"unpacks to more than {self.cap:,} bytes, the most one file of an "
                                                   "export may hold (INCHDEEP_MAX_IMPORT_MEMBER_BYTES)")
        buffer[: len(data)] = data
        return len(data)


def _is_junk(member: str) -> bool:
    """macOS adds resource-fork copies when zipping; they are never real data."""
    parts = member.split("/")
    return "__MACOSX" in parts or parts[-1].startswith("._")


class ExportSource:
    """A folder or zip whose files can be located by name and opened as streams."""

    def __init__(self, path: str | os.PathLike, max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES):
        self.path = Path(path)
        self.max_member_bytes = max_member_bytes
        self._zip: zipfile.ZipFile | None = None
        if self.path.is_dir():
            self._members = sorted(
                p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file()
            )
        elif self.path.is_file():
            try:
                self._zip = zipfile.ZipFile(self.path)
            except zipfile.BadZipFile as exc:
                raise ExportFormatError(None, None, f"not a readable zip archive (truncated or corrupt?): {exc}") from exc
            except OSError as exc:  # its text would name the file's path on this machine
                raise ExportFormatError(None, None, f"cannot be read: {exc.strerror}") from exc
            self._members = sorted(i.filename for i in self._zip.infolist() if not i.is_dir())
        else:
            raise ExportFormatError(None, None, "no such file or folder")
        self._members = [m for m in self._members if not _is_junk(m)]

    # -- lifecycle -----------------------------------------------------------
    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()

    def __enter__(self) -> ExportSource:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -- lookup --------------------------------------------------------------
    @property
    def members(self) -> list[str]:
        return list(self._members)

    def find(self, suffix: str) -> str | None:
        """The shallowest member whose path ends with ``suffix`` (a file name or
        "data/account.js"), compared case-insensitively on whole path segments."""
        matches = self.find_all(lambda m: m == suffix.lower() or m.endswith("/" + suffix.lower()))
        return matches[0] if matches else None

    def find_all(self, predicate) -> list[str]:
        """Members whose lower-cased path satisfies ``predicate``, shallowest first."""
        hits = [m for m in self._members if predicate(m.lower())]
        return sorted(hits, key=lambda m: (m.count("/"), m))

    # -- reading -------------------------------------------------------------
    @contextmanager
    def open_binary(self, member: str) -> Iterator[IO[bytes]]:
        if self._zip is not None:
            try:
                stream = self._zip.open(member)
            except _CORRUPT_MEMBER_ERRORS as exc:
                raise ExportFormatError(member_label(member), None, f"corrupt archive member: {exc}") from exc
        else:
            stream = open(self.path / member, "rb")
        with stream, io.BufferedReader(_CappedReader(stream, self.max_member_bytes, member_label(member))) as capped:
            yield capped

    @contextmanager
    def open_text(self, member: str) -> Iterator[IO[str]]:
        """A streaming text view: UTF-8 with or without BOM; undecodable bytes
        become U+FFFD instead of aborting a 100,000-row import. ``newline=""``
        is what the csv module needs to keep quoted newlines intact."""
        with self.open_binary(member) as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")


@contextmanager
def reading(member: str) -> Iterator[None]:
    """Turn damage discovered mid-read of an archive member into ExportFormatError."""
    try:
        yield
    except _CORRUPT_MEMBER_ERRORS as exc:
        raise ExportFormatError(member_label(member), None, f"corrupt or truncated data: {exc}") from exc


def member_label(member: str) -> str:
    """The file name users recognise ("messages.csv"), without the export's folders."""
    return member.rsplit("/", 1)[-1]
