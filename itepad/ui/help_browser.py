"""The user guide inside the app: its Markdown pages shown in a window of their own.

Pages are converted with the markdown package (the same one the reports use; its `toc`
extension gives each heading the id that `page.md#heading` links go to). The viewer stays on
this computer: it follows relative links between the docs' own pages, hands web and mail
links to the desktop, and refuses everything else (file://, javascript:, pages outside docs/).
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
from PySide6.QtCore import QByteArray, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QImage,
    QKeySequence,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStyle,
    QWidget,
)

from itepad.resources import find_data_dir
from itepad.ui.markdown_editor import SafePreview
from itepad.ui.settings import settings

GUIDE_SOURCE = "docs/user-guide"  # in the checkout and the bundle
GUIDE_INSTALLED = "docs/user-guide"  # under <prefix>/share/itepad
INDEX = "index.md"
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})
IMAGE_MARGIN = 24  # screenshots are scaled to the page width less this: no sideways scrolling
REFIT_DELAY_MS = 300  # after a resize, images are fitted again once the resizing pauses
GEOMETRY_KEY = "user_guide/geometry"  # QSettings: the window's size and place
SPLITTER_KEY = "user_guide/splitter"

STYLE = """
h1 { font-size: x-large; margin-bottom: 8px; }
h2 { font-size: large; margin-top: 18px; }
h3 { font-size: medium; margin-top: 12px; }
code, pre { font-family: monospace; }
th { text-align: left; }
td, th { padding: 3px 6px; }
blockquote { margin-left: 12px; font-style: italic; }
"""


def guide_index() -> Path | None:
    """The guide's first page, None when the guide is not installed."""
    folder = find_data_dir(GUIDE_SOURCE, GUIDE_INSTALLED)
    index = folder / INDEX if folder is not None else None
    return index if index is not None and index.is_file() else None


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))
        elif tag == "img" and values.get("src"):
            self.images.append(str(values["src"]))


def render_page(path: Path) -> tuple[str, str]:
    """(title, HTML) of a Markdown page; the title is its first heading."""
    converter = markdown.Markdown(extensions=["toc", "tables", "fenced_code", "sane_lists"])
    body = converter.convert(path.read_text(encoding="utf-8"))
    tokens: list[dict[str, Any]] = getattr(converter, "toc_tokens", [])
    title = str(tokens[0]["name"]) if tokens else path.stem
    return title, body


def page_links(path: Path) -> tuple[list[str], list[str]]:
    """(link targets, image sources) of a page, as written."""
    parser = _Links()
    parser.feed(render_page(path)[1])
    return parser.links, parser.images


def contents(index: Path) -> list[tuple[str, Path]]:
    """(title, page) of the index and of each guide page it links to, in its order."""
    index = index.resolve()
    pages = [index]
    for link in page_links(index)[0]:
        target = (index.parent / QUrl(link).path()).resolve()
        if (
            not QUrl(link).scheme()
            and target.suffix == ".md"
            and target.parent == index.parent.resolve()
            and target not in pages
        ):
            pages.append(target)
    return [(render_page(page)[0], page) for page in pages]


class GuideBrowser(SafePreview):
    """Shows the docs' Markdown pages; follows only links that stay among them."""

    link_refused = Signal(QUrl)

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root.resolve()  # the docs folder: no page outside it is shown
        self.document().setDefaultStyleSheet(STYLE)
        self.anchorClicked.connect(self.follow)
        self._fitted_width = 0
        self._refit = QTimer(self, singleShot=True, interval=REFIT_DELAY_MS)
        self._refit.timeout.connect(self._fit_images)

    def open_page(self, url: QUrl) -> None:
        self.setSource(url, QTextDocument.ResourceType.HtmlResource)

    def follow(self, url: QUrl) -> None:
        """What a click on a link does."""
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
            return
        target = self.source().resolved(url)
        if url.scheme() or not self._is_page(target):
            self.link_refused.emit(url)
            return
        self.open_page(target)

    def _is_page(self, url: QUrl) -> bool:
        path = Path(url.toLocalFile()).resolve()
        return (
            url.isLocalFile()
            and path.suffix == ".md"
            and path.is_file()
            and path.is_relative_to(self.root)
        )

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if type == QTextDocument.ResourceType.HtmlResource and self._is_page(url):
            title, body = render_page(Path(url.toLocalFile()))
            return f"<html><head><title>{title}</title></head><body>{body}</body></html>"
        if type == QTextDocument.ResourceType.ImageResource and url.isLocalFile():
            return self._image(Path(url.toLocalFile()))
        return super().loadResource(type, url)

    def _image(self, path: Path) -> QImage:
        image = QImage(str(path))
        width = self._fitted_width = self._image_width()
        if image.width() > width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return image

    def _image_width(self) -> int:
        return max(200, self.viewport().width() - IMAGE_MARGIN)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit.start()

    def _fit_images(self) -> None:
        """Load the page's images again at the new width, keeping the reader's place."""
        if self._fitted_width == self._image_width() or self.source().isEmpty():
            return
        self._fitted_width = self._image_width()
        scrolled = self.verticalScrollBar()
        share = scrolled.value() / max(1, scrolled.maximum())
        self.reload()
        scrolled.setValue(round(share * scrolled.maximum()))


class GuideWindow(QMainWindow):
    """The user guide: contents on the left, the page on the right, back/forward/home above."""

    def __init__(self, index: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Not a reason to keep the app running once the main window is closed.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.index = index
        self.browser = GuideBrowser(index.parent.parent)
        self.browser.setAccessibleName(self.tr("User guide page"))
        self.browser.link_refused.connect(self._refused)
        self.browser.highlighted.connect(self._hovered)
        self.browser.sourceChanged.connect(self._page_changed)
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Contents"))
        for title, page in contents(index):
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, str(page))
            self.contents.addItem(item)
        self.contents.itemActivated.connect(self._contents_chosen)
        self.contents.itemClicked.connect(self._contents_chosen)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.contents)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self._toolbar()
        self._restore_layout()
        self.browser.open_page(QUrl.fromLocalFile(str(index)))

    def _toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Navigation"))
        bar.setObjectName("guide_navigation")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        icon = self.style().standardIcon
        self.back = bar.addAction(icon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("Back"))
        self.back.triggered.connect(self.browser.backward)
        self.back.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.forward = bar.addAction(
            icon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("Forward")
        )
        self.forward.triggered.connect(self.browser.forward)
        self.forward.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward.setEnabled(False)
        self.browser.forwardAvailable.connect(self.forward.setEnabled)
        self.home = bar.addAction(icon(QStyle.StandardPixmap.SP_DirHomeIcon), self.tr("Contents"))
        self.home.triggered.connect(self.browser.home)
        self.home.setShortcut(QKeySequence("Alt+Home"))
        for action in (self.back, self.forward, self.home):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({keys})")
        close = bar.addAction(self.tr("Close"), self.close)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.setVisible(False)  # the key only: the window's frame has a close button

    def _restore_layout(self) -> None:
        store = settings()
        geometry = store.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1140, 800)
        state = store.value(SPLITTER_KEY)
        if not (isinstance(state, QByteArray) and self.splitter.restoreState(state)):
            self.splitter.setSizes([240, 900])

    def closeEvent(self, event: QCloseEvent) -> None:
        store = settings()
        store.setValue(GEOMETRY_KEY, self.saveGeometry())
        store.setValue(SPLITTER_KEY, self.splitter.saveState())
        super().closeEvent(event)

    def _page_changed(self, url: QUrl) -> None:
        title = self.browser.documentTitle()
        self.setWindowTitle(self.tr("itepad user guide: {page}").format(page=title))
        shown = str(Path(url.toLocalFile()).resolve())
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == shown:
                self.contents.setCurrentItem(item)
                return
        self.contents.clearSelection()

    def _contents_chosen(self, item: QListWidgetItem) -> None:
        page = str(item.data(Qt.ItemDataRole.UserRole))
        if page != str(Path(self.browser.source().toLocalFile()).resolve()):
            self.browser.open_page(QUrl.fromLocalFile(page))

    def _refused(self, url: QUrl) -> None:
        self.statusBar().showMessage(
            self.tr("Not opened: {link} is not a page of the guide or a web address.").format(
                link=url.toDisplayString()
            ),
            8000,
        )

    def _hovered(self, url: QUrl) -> None:
        self.statusBar().showMessage(url.toDisplayString() if not url.isEmpty() else "")
