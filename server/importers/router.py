from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, File, Form, Request, UploadFile

from server.deps import CurrentUser, SessionDep, SettingsDep, TriageDep
from server.errors import Invalid
from server.importers.service import ExportFormatError, import_export

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
    with tempfile.TemporaryDirectory(prefix="inchdeep-upload-") as tmp:
        # The client's file name is only a label in messages: never a path on disk (it may be longer than the file
        # system allows or hold a NUL), and clipped to stay readable.
        name = (Path(file.filename or "").name or "export.zip")[:100]
        target = Path(tmp) / "export.zip"
        with target.open("wb") as out:
            shutil.copyfileobj(file.file, out, length=1024 * 1024)
        try:
            summary = import_export(session, user.id, platform, target, triage, request.app.state.templates,
                                    store_text=settings.store_text)
        except ExportFormatError as exc:
            request.app.state.templates.forget(user.id)
            raise Invalid(f"{name}: {exc}") from None
    return {"import": summary.as_dict()}
