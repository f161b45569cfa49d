"""Background work: results and errors come back on the GUI thread, or not at all."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from itepad.ui.worker import run_in_background


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    owner = QObject()
    ran_in: list[threading.Thread] = []
    delivered_in: list[threading.Thread] = []

    def work() -> int:
        ran_in.append(threading.current_thread())
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        delivered_in.append(threading.current_thread())
        results.append(value)

    run_in_background(work, owner, done, lambda exc: None)
    qtbot.waitUntil(lambda: bool(results))
    assert results == [42]
    assert ran_in[0] is not threading.main_thread()
    assert delivered_in[0] is threading.main_thread()


def test_exception_arrives_as_failure(qtbot: QtBot) -> None:
    owner = QObject()
    errors: list[Exception] = []

    def work() -> None:
        raise ValueError("broken")

    run_in_background(work, owner, lambda value: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError)


def test_outcome_is_dropped_when_the_owner_is_gone(qtbot: QtBot) -> None:
    owner = QObject()
    release = threading.Event()
    results: list[object] = []
    run_in_background(lambda: release.wait(5), owner, results.append, results.append)
    owner.deleteLater()
    qtbot.wait(10)  # the owner (and the task with it) is deleted while the work runs
    release.set()
    QThreadPool.globalInstance().waitForDone()
    qtbot.wait(50)
    assert results == []
