"""The notebooks run top to bottom without a cell error, on the kernel of this interpreter."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

from ipykernel.kernelspec import write_kernel_spec  # noqa: E402
from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402
from jupyter_client.manager import KernelManager  # noqa: E402

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
TIMEOUT = 120  # seconds per cell


@pytest.fixture(scope="session")
def kernel_specs(tmp_path_factory: pytest.TempPathFactory) -> KernelSpecManager:
    """A private ``python3`` kernelspec that starts ``sys.executable``.

    Whatever kernelspecs the machine (or a fresh venv) has, the notebook then runs on
    the interpreter that runs the tests, where ``pipeline`` is importable.
    """
    kernels = tmp_path_factory.mktemp("kernels")
    write_kernel_spec(kernels / "python3")
    return KernelSpecManager(kernel_dirs=[str(kernels)])


@pytest.mark.parametrize("name", ["evaluation.ipynb"])
def test_notebook_runs_without_errors(name: str, kernel_specs: KernelSpecManager, tmp_path: Path):
    path = NOTEBOOKS / name
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), (
        f"{name} is committed with outputs; clear them"
    )
    km = KernelManager(kernel_name="python3", kernel_spec_manager=kernel_specs)
    assert km.kernel_spec.argv[0] == sys.executable
    client = nbclient.NotebookClient(
        nb, km=km, timeout=TIMEOUT, allow_errors=False,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert any("image/png" in o.get("data", {}) for o in outputs), "no chart was drawn"
