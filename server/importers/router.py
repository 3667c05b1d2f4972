from __future__ import annotations

import shutil
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Request, UploadFile

from server.deps import CurrentUser, SessionDep, SettingsDep, TriageDep
from server.errors import Invalid, PayloadTooLarge
from server.importers.service import ExportFormatError, ExportTooLarge, import_export
from server.importers.staging import staging_directory

router = APIRouter(prefix="/v1", tags=["imports"])


@router.post("/imports", status_code=201)
def post_import(
    request: Request,
    session: SessionDep,
    user: CurrentUser,
    triage: TriageDep,
    settings: SettingsDep,
    platform: Annotated[Literal["linkedin", "x"], Form()],
    file: Annotated[UploadFile, File(description="The export as a .zip")],
) -> dict:
    """Import an official export (multipart upload): all or nothing, and importing twice adds nothing."""
    with staging_directory() as tmp:
        # The client's file name is only a label in messages: never a path on disk (it may be longer than the file
        # system allows or hold a NUL), and clipped to stay readable.
        name = (Path(file.filename or "").name or "export.zip")[:100]
        target = Path(tmp) / "export.zip"
        with target.open("wb") as out:
            shutil.copyfileobj(file.file, out, length=1024 * 1024)
        try:
            summary = import_export(session, user.id, platform, target, triage, request.app.state.templates,
                                    store_text=settings.store_text, max_member_bytes=settings.max_import_member_bytes)
        except ExportFormatError as exc:
            request.app.state.templates.forget(user.id)
            # Named by the client's own file name only: the error never mentions where the upload sits on disk.
            raise (PayloadTooLarge if isinstance(exc, ExportTooLarge) else Invalid)(f"{name}: {exc}") from None
    return {"import": summary.as_dict()}
