# PyInstaller runtime hook: PyInstaller's own pyi_rth_pyside6, except that Qt is not loaded at
# start-up. (This file runs only inside the frozen program, before the app: it is packaging,
# so sys._MEIPASS is fine here; the app itself never uses it.)
#
# Why: the stock hook imports PySide6.QtCore at the start of *every* run, to register an
# embedded qt.conf. That made `tjdesk alarm serve` (started at every login, and meant to stay
# headless and small) and every command-line tool load Qt: about 0.2 s of CPU and tens of MB
# per start that the same commands from a virtual environment never pay. Here the qt.conf is
# registered right after the first import of PySide6.QtCore instead, which is before any
# QCoreApplication exists, so Qt sees the same thing as with the stock hook.
# The spec removes the stock hook and adds this one (packaging/tjdesk.spec).


def _pyi_rthook():
    import importlib.abc
    import os
    import sys

    from _pyi_rth_utils import prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")

    if sys.platform.startswith("win"):
        qt_path = os.path.join(sys._MEIPASS, "PySide6")
    else:
        qt_path = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
    if sys.platform == "darwin":
        prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")

    class _RegisterQtConfAfterLoad:
        def __init__(self, loader):
            self._loader = loader

        def create_module(self, spec):
            return self._loader.create_module(spec)

        def exec_module(self, module):
            self._loader.exec_module(module)
            qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

    class _QtCoreWatcher(importlib.abc.MetaPathFinder):
        """Finds nothing itself: wraps the loader of PySide6.QtCore, once."""

        def find_spec(self, name, path, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            for finder in sys.meta_path:
                find = getattr(finder, "find_spec", None)
                spec = find(name, path, target) if find else None
                if spec is not None:
                    if spec.loader is not None:
                        spec.loader = _RegisterQtConfAfterLoad(spec.loader)
                    return spec
            return None

    sys.meta_path.insert(0, _QtCoreWatcher())


_pyi_rthook()
del _pyi_rthook
