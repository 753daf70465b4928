"""The project's exceptions.

Every error a user can meet carries an English source message marked for translation
(context ``errors``) and its arguments, never client data. The ui shows
``QCoreApplication.translate(err.context, err.message)`` filled with ``err.message_args``;
the command line prints ``str(err)``.
"""

from tjdesk.i18n import fill


class TJDeskError(Exception):
    context = "errors"

    def __init__(self, message: str, *message_args: object) -> None:
        super().__init__(fill(message, *message_args))
        self.message = message
        self.message_args = message_args


class VaultError(TJDeskError):
    """The vault cannot be opened or used; files on disk are left as they were."""


class AccessDenied(TJDeskError):
    """The signed-in user may not do this (need-to-know)."""


class InvalidInput(TJDeskError):
    """A form, file, argument or line that cannot be accepted as given."""


class DeviceSpecError(TJDeskError):
    """A device spec string that names no driver, no port, or a bad option."""
