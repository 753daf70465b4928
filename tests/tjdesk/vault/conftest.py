from tests.helpers.vaults import made_vault  # noqa: F401
