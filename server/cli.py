"""The `inchdeep` command line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from server.config import Settings

app = typer.Typer(help="inchdeep: cut the noise out of LinkedIn and X inboxes.", no_args_is_help=True, add_completion=False)
user_app = typer.Typer(help="Manage users and their API tokens.", no_args_is_help=True)
app.add_typer(user_app, name="user")
console = Console()
err = Console(stderr=True)

DatabaseOpt = Annotated[Optional[str], typer.Option("--database-url", help="SQLAlchemy URL (default: INCHDEEP_DATABASE_URL or SQLite in the data dir).")]


def _settings(database_url: str | None = None, **overrides) -> Settings:  # noqa: ANN003
    values = {k: v for k, v in overrides.items() if v is not None}
    if database_url:
        values["database_url"] = database_url
    return Settings(**values)


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def _session_factory(settings: Settings):  # noqa: ANN202
    from server.db import make_engine, make_session_factory
    from server.migrate import upgrade

    upgrade(settings.database_url)
    return make_session_factory(make_engine(settings.database_url))


def _save_token(settings: Settings, name: str, token: str) -> Path:
    """Keep the first-run token in a file only the owner can read, so the extension can be set up later too."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    path = settings.data_dir / f"token-{name}.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(token + "\n")
    os.chmod(path, 0o600)
    return path


@app.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="Interface to listen on (default 127.0.0.1).")] = None,
    port: Annotated[Optional[int], typer.Option(help="Port (default 8000).")] = None,
    database_url: DatabaseOpt = None,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Migrate the database, then run the API."""
    import uvicorn

    from server.auth.service import create_user, user_count
    from server.db import session_scope

    settings = _settings(database_url, host=host, port=port)
    _prepare_model(settings)
    factory = _session_factory(settings)
    with session_scope(factory) as session:
        if user_count(session) == 0:
            _, token = create_user(session, "local")
            path = _save_token(settings, "local", token)
            console.print(f"Created the user [bold]local[/]. Its API token (also saved to {path}):")
            console.print(token, soft_wrap=True, highlight=False)
    console.print(f"inchdeep listening on http://{settings.host}:{settings.port} (database: {_redact(settings.database_url)})",
                  soft_wrap=True, highlight=False)
    if workers > 1:
        os.environ["INCHDEEP_DATABASE_URL"] = settings.database_url
        uvicorn.run("server.main:create_app", factory=True, host=settings.host, port=settings.port, workers=workers, log_level="warning")
    else:
        from server.main import create_app

        uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")


def _redact(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


@user_app.command("create")
def user_create(name: str, database_url: DatabaseOpt = None,
                timezone: Annotated[str, typer.Option(help="IANA time zone for weekly reports.")] = "UTC") -> None:
    """Create a user; prints its API token alone on the last line."""
    from server.auth.service import create_user
    from server.db import session_scope
    from server.errors import AppError

    factory = _session_factory(_settings(database_url))
    try:
        with session_scope(factory) as session:
            _, token = create_user(session, name, timezone)
    except AppError as exc:
        _fail(exc.message)
    print(f"Created user {name}. API token (shown once):")
    print(token)


def _prepare_model(settings: Settings) -> None:
    """Before workers start: the first start on a machine builds the model's ONNX copy, once, in one place."""
    from server.triage.embedder import ModelMissing, resolve_model_path
    from server.triage.onnx_export import cached_model_path

    if not settings.use_model or settings.model_runtime != "onnx":
        return
    try:
        if not cached_model_path(resolve_model_path(settings.model_path), settings.model_cache_path(),
                                 quantize=settings.model_quantize, tuning=settings.tuning_path()).is_file():
            console.print("Building the model's ONNX copy (once per machine, a few seconds)…")
        path = settings.prepare_model()
    except ModelMissing as exc:
        _fail(str(exc))
    console.print(f"model: {path}", soft_wrap=True, highlight=False)


@app.command("prepare-model")
def prepare_model_command() -> None:
    """Build the ONNX copy of the bundled model now (`serve` does it on first start otherwise)."""
    _prepare_model(Settings())


@app.command("eval")
def eval_command(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="Contract-format JSONL with labels.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    predictions: Annotated[Optional[Path], typer.Option("--predictions", help="Write one line per incoming message.")] = None,
    baseline: Annotated[bool, typer.Option("--baseline/--no-baseline", help="Also score the signal-only baseline.")] = True,
) -> None:
    """Replay FILE into a fresh temporary database as one inbox and score the labelled incoming messages."""
    from server.evaluation import EvalFileError, evaluate, write_predictions
    from server.triage.engine import TriageEngine
    from server.triage.factory import build_engine

    settings = Settings()
    engine = build_engine(settings)
    try:
        result = evaluate(file, engine)
        base = evaluate(file, TriageEngine(pitch_window_days=settings.pitch_window_days)) if baseline and engine.model else None
    except EvalFileError as exc:
        _fail(str(exc))
    if predictions:
        write_predictions(result.predictions, predictions)
    if as_json:
        out = result.as_dict()
        if base:
            out["baseline"] = base.as_dict()
        print(json.dumps(out))
        return
    _print_eval(result, base)


def _print_eval(result, base) -> None:  # noqa: ANN001
    table = Table(title=f"inchdeep eval — {result.model_version}")
    table.add_column("label")
    for col in ("precision", "recall", "f1", "support"):
        table.add_column(col, justify="right")
    if base:
        table.add_column("baseline f1", justify="right")
    for label, m in result.per_label.items():
        row = [label, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", str(m["support"])]
        if base:
            row.append(f"{base.per_label[label]['f1']:.3f}")
        table.add_row(*row)
    console.print(table)
    pac = result.pitch_after_connect
    lines = [
        f"macro-F1 {result.macro_f1:.3f}" + (f"   (signal-only baseline {base.macro_f1:.3f})" if base else ""),
        f"genuine kept {result.genuine_recall:.3f}" + (f"   (baseline {base.genuine_recall:.3f})" if base else ""),
        f"noise caught {result.noise_caught:.3f}" + (f"   (baseline {base.noise_caught:.3f})" if base else ""),
        f"pitch_after_connect precision {pac['precision']:.3f} recall {pac['recall']:.3f} F1 {pac['f1']:.3f}"
        + (f"   (baseline F1 {base.pitch_after_connect['f1']:.3f})" if base else ""),
        f"{result.messages_per_second:.0f} messages/s",
    ]
    for line in lines:
        console.print(line)


@app.command("train")
def train_command(
    corpus: Annotated[Path, typer.Option(help="Labelled contract-format JSONL to learn from.")] = Path("data/corpus/train.jsonl"),
    out: Annotated[Optional[Path], typer.Option(help="Where to write the artifact (default: the shipped one).")] = None,
    finetune: Annotated[bool, typer.Option("--finetune/--no-finetune",
                                           help="Tune the text model's top layers (minutes); without it, a head over the frozen model.")] = True,
    epochs: Annotated[Optional[int], typer.Option(help="Tuning epochs (default: the recipe's).")] = None,
) -> None:
    """Rebuild the model artifacts from the labelled corpus in the repository."""
    from dataclasses import replace

    from server.triage.embedder import ModelMissing, resolve_model_path
    from server.triage.finetune import TuningRecipe
    from server.triage.model import ARTIFACT_DIR
    from server.triage.training import CORPUS_DIR, train, train_frozen

    if not corpus.exists() and not corpus.is_absolute():
        corpus = CORPUS_DIR / corpus.name
    if not corpus.is_file():
        _fail(f"no corpus at {corpus}")
    target = out or ARTIFACT_DIR
    settings = Settings(artifact_path=str(target))
    try:
        if finetune:
            recipe = TuningRecipe() if epochs is None else replace(TuningRecipe(), epochs=epochs)
            embedding = {"runtime": settings.model_runtime, "max_tokens": recipe.max_tokens, "quantized": settings.model_quantize}
            meta = train(corpus, target, resolve_model_path(settings.model_path), recipe, embedding_settings=embedding,
                         progress=lambda line: console.print(line, highlight=False))
        else:
            stale = target / "encoder.npz"
            if stale.is_file():
                stale.unlink()  # a head over the frozen model: no tuned layers
            settings = Settings(artifact_path=str(target))
            meta = train_frozen(corpus, target, settings.load_embedder(), embedding_settings=settings.embedding_settings())
    except ModelMissing as exc:
        _fail(str(exc))
    console.print(f"trained [bold]{meta['version']}[/] on {meta['examples']} messages from {corpus.name}: "
                  f"out of family, genuine kept {meta['cv_genuine_recall']:.3f}, noise caught {meta['cv_noise_caught']:.3f}, "
                  f"macro-F1 {meta['cv_macro_f1']:.3f} (text weight {meta['text_weight']:.2f}, genuine bias {meta['genuine_bias']}, "
                  f"text-only margin {meta['text_only_margin']})", highlight=False)
    console.print(f"artifact written to {target}", highlight=False)


@app.command("import")
def import_command(
    platform: Annotated[str, typer.Argument(help="linkedin or x")],
    path: Annotated[Path, typer.Argument(exists=True, help="The export: a folder or a .zip.")],
    user: Annotated[str, typer.Option("--user", help="Whose inbox to import into.")] = "local",
    database_url: DatabaseOpt = None,
) -> None:
    """Import an official LinkedIn or X data export (all or nothing; importing twice adds nothing)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from sqlalchemy import select

    from server.auth.models import User
    from server.db import session_scope
    from server.importers.service import ExportFormatError, import_export
    from server.inbox.service import TemplateCache
    from server.triage.factory import build_engine

    if platform not in ("linkedin", "x"):
        _fail(f"unknown platform {platform!r}: use linkedin or x")
    settings = _settings(database_url)
    factory = _session_factory(settings)
    engine = build_engine(settings)
    templates = TemplateCache()
    columns = (TextColumn("importing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    try:
        with session_scope(factory) as session, Progress(*columns, console=err, transient=True) as bar:
            owner = session.scalar(select(User).where(User.name == user))
            if owner is None:
                _fail(f"no user named {user!r} (create one with `inchdeep user create {user}`)")
            task = bar.add_task("import", total=None)
            summary = import_export(session, owner.id, platform, path, engine, templates, store_text=settings.store_text,
                                    progress=lambda done, total: bar.update(task, completed=done, total=total),
                                    max_member_bytes=settings.max_import_member_bytes)
    except ExportFormatError as exc:
        _fail(f"{path}: {exc} (nothing was imported)")
    s = summary.as_dict()
    console.print(f"{s['messages_added']} messages added ({s['already_present']} already present), {s['threads']} new threads, "
                  f"{s['parties']} new people; {s['skipped']} skipped", highlight=False)
    for reason, count in s["skipped_by_reason"].items():
        console.print(f"  skipped {count}: {reason}", highlight=False)


@app.command("report")
def report_command(
    week: Annotated[Optional[str], typer.Option(help="ISO week like 2026-W46, in the user's time zone (default: this week).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="text (rich tables), json, html or csv.")] = "text",
    out: Annotated[Optional[Path], typer.Option("--out", help="Write to this file instead of printing.")] = None,
    user: Annotated[Optional[str], typer.Option("--user", help="Whose inbox (default: the only user).")] = None,
    database_url: DatabaseOpt = None,
) -> None:
    """The weekly noise report: rich tables by default, or json / html / csv."""
    from sqlalchemy import select

    from server.auth.models import User
    from server.db import session_scope, utcnow
    from server.errors import AppError
    from server.reports import render
    from server.reports.service import weekly_report
    from server.reports.weeks import IsoWeek

    if fmt not in render.RENDERERS:
        _fail(f"unknown format {fmt!r}: use text, json, html or csv")
    factory = _session_factory(_settings(database_url))
    try:
        with session_scope(factory) as session:
            if user:
                owner = session.scalar(select(User).where(User.name == user))
            else:
                owners = session.scalars(select(User).limit(2)).all()
                owner = owners[0] if len(owners) == 1 else None
                if len(owners) > 1:
                    _fail("several users exist: choose one with --user NAME")
            if owner is None:
                _fail(f"no user named {user!r}" if user else "no user yet: create one with `inchdeep user create NAME`")
            report = weekly_report(session, owner, IsoWeek.parse(week) if week else None, utcnow())
    except AppError as exc:
        _fail(exc.message)
    if out:
        out.write_text(render.RENDERERS[fmt](report), encoding="utf-8")
        err.print(f"wrote the {fmt} report for {report.week} to {out}", highlight=False)
    elif fmt == "text":
        console.print(render.to_rich(report))
    else:
        sys.stdout.write(render.RENDERERS[fmt](report))


def main() -> None:
    app()


if __name__ == "__main__":
    sys.exit(main())
