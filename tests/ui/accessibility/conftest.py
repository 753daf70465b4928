"""The accessibility tests use the same screens as the language tests."""

from tests.ui.i18n.screens import (  # noqa: F401 - pytest finds fixtures by name
    alarm,
    app_style,
    english_afterwards,
    made,
    template_vault,
)
