"""A PDF preview window: pages rendered with PDFium (pypdfium2), page by page, with zoom,
"Save as…" and "Print…".

Qt's own PDF module is not part of PySide6-Essentials, so pages are rendered by pypdfium2 into
QImages. A page is rendered in a worker (PDFium calls go one at a time, behind a lock) and shown
when it is done; printing paints each page, rendered at the printer's resolution, onto the
printer. The file is read into memory, so the window never keeps it open or locked.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QCoreApplication, QSizeF, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QImage,
    QKeySequence,
    QPageSize,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from itepad.atomic import atomic_write_path
from itepad.ui.settings import settings
from itepad.ui.worker import run_in_background

FOLDER_KEY = "reports/folder"  # QSettings: where the last PDF was saved
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
PRINT_DPI_LIMIT = 300  # finer than this only makes printing slower
POINTS_PER_INCH = 72


class PdfPages:
    """A PDF's pages as images; safe to use from several threads, one call at a time."""

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._document = pypdfium2.PdfDocument(Path(path).read_bytes())
        self.count = len(self._document)

    def size(self, index: int) -> tuple[float, float]:
        """Width and height of page `index` in points."""
        with self._lock:
            width, height = self._document[index].get_size()
        return float(width), float(height)

    def render(self, index: int, dpi: float) -> QImage:
        """Page `index` at `dpi` dots per inch, on white; a null image once closed."""
        with self._lock:
            if self._document.raw is None:
                return QImage()
            bitmap = self._document[index].render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            )
            return image.copy()  # own the pixels: the bitmap's buffer goes with it

    def close(self) -> None:
        """Free PDFium's copy of the document (after a render still running)."""
        with self._lock:
            self._document.close()


def print_pages(pages: PdfPages, printer: QPrinter, progress: QProgressDialog | None = None) -> int:
    """Paint the pages the printer asks for (all, or its page range) onto it; how many printed.

    Each page fills the paper as in the PDF (its own margins are in it). A cancelled `progress`
    stops after the page being printed.
    """
    first, last = 1, pages.count
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = max(printer.fromPage(), 1), min(printer.toPage(), pages.count)
    width, height = pages.size(first - 1)
    printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
    printer.setFullPage(True)
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("PdfPreview", "The printer could not start."))
    printed = 0
    try:
        for number in range(first, last + 1):
            if progress is not None:
                if progress.wasCanceled():
                    break
                progress.setValue(number - first)
            if printed:
                printer.newPage()
            image = pages.render(number - 1, dpi)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreviewWindow(QMainWindow):
    """Shows one PDF; `temporary` files are deleted when the window closes."""

    def __init__(
        self,
        path: Path,
        title: str,
        *,
        suggested_name: str = "",
        temporary: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.path = Path(path)
        self._suggested_name = suggested_name or self.path.name
        self._temporary = temporary
        self.pages = PdfPages(self.path)
        self.current = 0
        self.zoom = 1.0
        self._request = 0  # only the latest render is shown
        self.rendered: tuple[int, float] | None = None  # page and zoom on screen

        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setBackgroundRole(QPalette.ColorRole.Dark)  # the page stands out from its margin
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(scroll)

        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(self.pages.count, 1))
        self.page_box.setSuffix(self.tr(" of {count}").format(count=self.pages.count))
        self.page_box.setToolTip(self.tr("Page"))
        self.page_box.valueChanged.connect(lambda value: self.show_page(value - 1))

        bar = self.addToolBar(self.tr("Preview"))
        bar.setMovable(False)
        self.save_action = self._action(self.tr("Save as…"), QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(lambda: self.save_as())
        self.print_action = self._action(self.tr("Print…"), QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda: self.print_document())
        self.previous_action = self._action(
            self.tr("Previous page"), QKeySequence.StandardKey.MoveToPreviousPage
        )
        self.previous_action.triggered.connect(lambda: self.show_page(self.current - 1))
        self.next_action = self._action(
            self.tr("Next page"), QKeySequence.StandardKey.MoveToNextPage
        )
        self.next_action.triggered.connect(lambda: self.show_page(self.current + 1))
        self.zoom_out_action = self._action(self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.step_zoom(-1))
        self.zoom_in_action = self._action(self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: self.step_zoom(1))
        self.zoom_label = QLabel()
        close = self._action(self.tr("Close"), QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        for action in (self.save_action, self.print_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.previous_action)
        bar.addWidget(self.page_box)
        bar.addAction(self.next_action)
        bar.addSeparator()
        bar.addAction(self.zoom_out_action)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.zoom_in_action)
        self.addAction(close)
        self.resize(760, 900)
        self.zoom = self._fitting_zoom(self.width() - 40)  # room for the scroll bar and a margin
        self.show_page(0)

    def _fitting_zoom(self, width: int) -> float:
        """The zoom at which a page is `width` pixels wide, 100% at most."""
        if not self.pages.count:
            return 1.0
        page_width = self.pages.size(0)[0] / POINTS_PER_INCH * self.logicalDpiX()
        return min(1.0, width / page_width)

    def _action(self, text: str, key: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setToolTip(f"{text.rstrip('…')} ({QKeySequence(key).toString()})")
        return action

    # --- pages and zoom ------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        if not 0 <= index < self.pages.count:
            return
        self.current = index
        self.page_box.blockSignals(True)
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(index > 0)
        self.next_action.setEnabled(index < self.pages.count - 1)
        self._render()

    def step_zoom(self, steps: int) -> None:
        position = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.zoom)) + steps
        self.zoom = ZOOMS[min(max(position, 0), len(ZOOMS) - 1)]
        self._render()

    def _render(self) -> None:
        self.zoom_out_action.setEnabled(self.zoom > ZOOMS[0])
        self.zoom_in_action.setEnabled(self.zoom < ZOOMS[-1])
        self.zoom_label.setText(f" {round(self.zoom * 100)}% ")
        self._request += 1
        request, page, zoom, pages = self._request, self.current, self.zoom, self.pages
        ratio = self.devicePixelRatioF()
        dpi = self.logicalDpiX() * zoom * ratio

        def shown(image: QImage) -> None:
            if request != self._request or image.isNull():
                return
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.image.setPixmap(pixmap)
            self.rendered = (page, zoom)

        run_in_background(lambda: pages.render(page, dpi), self, shown, self._failed)

    def _failed(self, exc: Exception) -> None:
        raise exc  # a page PDFium cannot draw is a bug in the report, not the user's to fix

    # --- save and print ------------------------------------------------------------------------

    def save_as(self) -> Path | None:
        store = settings()
        folder = Path(str(store.value(FOLDER_KEY) or Path.home()))
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save PDF as"),
            str(folder / self._suggested_name),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            with atomic_write_path(target) as temporary:
                shutil.copyfile(self.path, temporary)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The PDF was not saved to {path}: {reason}").format(
                    path=target, reason=exc.strerror or exc
                ),
            )
            return None
        store.setValue(FOLDER_KEY, str(target.parent))
        self.statusBar().showMessage(self.tr("Saved to {path}").format(path=target), 10_000)
        return target

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.pages.count)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.pages.count)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        progress = QProgressDialog(
            self.tr("Printing…"), self.tr("Cancel"), 0, self.pages.count, self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        try:
            printed = print_pages(self.pages, printer, progress)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        finally:
            progress.close()
        self.statusBar().showMessage(
            self.tr("Sent {count} pages to the printer").format(count=printed), 10_000
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._request += 1  # a render still running is dropped
        super().closeEvent(event)
        self.pages.close()
        if self._temporary:
            self.path.unlink(missing_ok=True)
