"""Execute notebooks with Jupyter's own executor (nbclient) and the project's tslab kernel.

Usage: python3 execute_notebooks.py OUT_DIR NOTEBOOK [NOTEBOOK ...]

Each notebook is executed in its own folder (so relative paths work as in JupyterLab), cell by
cell, so that a failure names the notebook, the cell number and the message. The executed copy
goes to OUT_DIR/notebooks/ (OUT_DIR/notebooks/exercices/ for exercise copies), an HTML rendering
to OUT_DIR/site/; the source is never rewritten. ORACCLE_NOTEBOOK_JOBS notebooks run at once
(default 2). Exit code 1 when any notebook failed.

Two modes, chosen by the notebook's folder:
- a solution notebook fails on any error and on any check (`verifier(...)`) that is not right;
- an exercise copy (notebooks/exercices/) may leave its scaffolds unfilled: a check reporting
  "à compléter" and a run-time error inside a cell tagged "exercise" are counted and reported,
  not failed. A compile (type) error still fails: scaffolds must type-check.
"""

import html
import json
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError
from nbconvert import HTMLExporter

ANSI = re.compile(r"\x1b\[[0-9;]*m")
EXTERNAL_SCRIPT = re.compile(r"<script[^>]*\ssrc=\"(?:https?|file):[^\"]*\"[^>]*>\s*</script>", re.IGNORECASE)
EXTERNAL_LINK = re.compile(r"<link[^>]*\shref=\"(?:https?|file):[^\"]*\"[^>]*>", re.IGNORECASE)
NOTEBOOK_LINK = re.compile(r'href="(\d\d-[^"/]+)\.ipynb"')
HEADING = re.compile(r"^#\s+(.+)$", re.MULTILINE)
# Written by verifier() (src/course/verifier.ts, VERIFICATION_MIME) beside its French message.
VERIFICATION_MIME = "application/vnd.oraccle.verification+json"


def is_exercise_copy(path):
    return os.path.basename(os.path.dirname(os.path.abspath(path))) == "exercices"


def verifications(cell):
    for output in cell.get("outputs", []):
        data = output.get("data", {})
        if VERIFICATION_MIME in data:
            yield data[VERIFICATION_MIME]


def notebook_title(notebook, fallback):
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = HEADING.search(cell.source)
            if match:
                return match.group(1).strip()
    return fallback


def offline_html(notebook, fallback_title):
    exporter = HTMLExporter(template_name="lab")
    resources = {"metadata": {"name": notebook_title(notebook, fallback_title)}}
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    # The exported page must open offline (inside CASD): drop external scripts (require.js,
    # MathJax from a CDN or a system path) that the notebooks do not need; figures carry their
    # own embedded plotly.js.
    body = EXTERNAL_SCRIPT.sub("", body)
    body = EXTERNAL_LINK.sub("", body)
    # Navigation links point at notebooks; in the site they point at the rendered pages.
    body = NOTEBOOK_LINK.sub(r'href="\1.html"', body)
    return body.replace('href="README.md"', 'href="index.html"')


def execute(path, out_dir, timeout):
    """Runs one notebook; returns (ok, seconds, messages) — messages are printed by the caller."""
    exercise_mode = is_exercise_copy(path)
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        kernel_name="tslab",
        timeout=timeout,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
    )
    started = time.time()
    code_cells = 0
    counts = {"juste": 0, "faux": 0, "a-completer": 0, "erreur": 0}
    with client.setup_kernel():
        for index, cell in enumerate(notebook.cells):
            if cell.cell_type != "code":
                continue
            code_cells += 1
            try:
                # Numbered like an interactive run, so the HTML shows In [1], In [2]…
                client.execute_cell(cell, index, execution_count=code_cells)
            except CellTimeoutError:
                return fail(path, index, code_cells, f"timed out after {timeout} s", started)
            except CellExecutionError as error:
                # tslab reports a compile (type) error with an empty name and value.
                compile_error = not (error.ename or "").strip() and ANSI.sub("", error.evalue or "").strip() in ("", "<Error>")
                tags = cell.get("metadata", {}).get("tags", [])
                if exercise_mode and "exercise" in tags and not compile_error:
                    counts["erreur"] += 1
                    continue
                return fail(path, index, code_cells, failure_message(cell, error), started)
            for verification in verifications(cell):
                status = verification.get("statut", "faux")
                counts[status] = counts.get(status, 0) + 1
                if status != "juste" and not (exercise_mode and status == "a-completer"):
                    name = verification.get("nom", "?")
                    return fail(path, index, code_cells, f"check « {name} » is {status}", started)
    name = os.path.splitext(os.path.basename(path))[0]
    sub = "exercices" if exercise_mode else ""
    os.makedirs(os.path.join(out_dir, "notebooks", sub), exist_ok=True)
    os.makedirs(os.path.join(out_dir, "site", sub), exist_ok=True)
    nbformat.write(notebook, os.path.join(out_dir, "notebooks", sub, name + ".ipynb"))
    with open(os.path.join(out_dir, "site", sub, name + ".html"), "w", encoding="utf-8") as handle:
        handle.write(offline_html(notebook, name))
    seconds = time.time() - started
    checks = ", ".join(f"{n} {label}" for label, n in (
        ("right", counts["juste"]), ("to fill in", counts["a-completer"]), ("exercise errors", counts["erreur"])) if n)
    return True, seconds, f"ok   {path} ({code_cells} code cells, {seconds:.1f} s{'; checks: ' + checks if checks else ''})", counts


def failure_message(cell, error):
    # tslab reports compile (type) errors on stderr and leaves the error's name and value empty.
    parts = [f"{error.ename}: {ANSI.sub('', error.evalue)}".strip(" :")]
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            parts.append(ANSI.sub("", output.get("text", "")).strip())
    return "\n     ".join(part for part in parts if part and part != "<Error>") or "unknown error"


def fail(path, index, code_cell_number, message, started):
    text = f"FAIL {path}: cell {index + 1} (code cell {code_cell_number}) failed:\n     {message}"
    return False, time.time() - started, text, {}


def write_index(out_dir, paths):
    # Every page of the site, not only this run's: running one notebook keeps the others listed.
    site = os.path.join(out_dir, "site")
    sources = {os.path.splitext(os.path.basename(path))[0]: path for path in paths}
    notebooks_dir = os.path.dirname(os.path.abspath(paths[0])) if paths else "."
    rows = []
    for page in sorted(os.listdir(site)):
        name, extension = os.path.splitext(page)
        if extension != ".html" or not re.match(r"^\d\d-", name):
            continue
        source = sources.get(name, os.path.join(notebooks_dir, name + ".ipynb"))
        if not os.path.exists(source):
            continue
        title = notebook_title(nbformat.read(source, as_version=4), name)
        rows.append(f'<li><a href="{html.escape(name)}.html">{html.escape(title)}</a></li>')
    page = (
        '<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        "<title>Cours Oraccle — culture des données</title>\n"
        "<style>body{font-family:system-ui,sans-serif;max-width:800px;margin:2rem auto;padding:0 1rem;line-height:1.6}</style>\n"
        "</head>\n<body>\n<h1>Cours Oraccle — culture des données</h1>\n"
        "<p>Carnets exécutés (données synthétiques). Suivez-les dans l'ordre.</p>\n<ol start=\"0\">\n"
        + "\n".join(rows)
        + "\n</ol>\n</body>\n</html>\n"
    )
    with open(os.path.join(out_dir, "site", "index.html"), "w", encoding="utf-8") as handle:
        handle.write(page)


def run_one(arguments):
    path, out_dir, timeout = arguments
    return path, execute(path, out_dir, timeout)


def main():
    out_dir, paths = sys.argv[1], sys.argv[2:]
    timeout = int(os.environ.get("ORACCLE_CELL_TIMEOUT", "300"))
    jobs = max(1, int(os.environ.get("ORACCLE_NOTEBOOK_JOBS", "2")))
    os.makedirs(out_dir, exist_ok=True)
    started = time.time()
    timings = {}
    failed = []
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        for path, (ok, seconds, message, counts) in pool.map(run_one, [(p, out_dir, timeout) for p in paths]):
            print(message, file=sys.stdout if ok else sys.stderr, flush=True)
            timings[path] = {"seconds": round(seconds, 1), "ok": ok, "checks": counts}
            if not ok:
                failed.append(path)
    with open(os.path.join(out_dir, "notebook-timings.json"), "w", encoding="utf-8") as handle:
        json.dump({"wall_seconds": round(time.time() - started, 1), "jobs": jobs, "notebooks": timings}, handle, indent=1)
    if failed:
        sys.exit(1)
    solutions = [p for p in paths if not is_exercise_copy(p)]
    if solutions:
        write_index(out_dir, solutions)


if __name__ == "__main__":
    main()
