"""The pages of the panel. Each module has a `register()` that defines its routes; main.py calls
`register_all()` (the NiceGUI test fixture re-runs main.py for every test and clears the routes)."""


def register_all() -> None:
    from pages import (audit_log, backup_page, downloads, file_routes, for_me, home, ikm_page, login, office_page,
                       process_page, public_forms, settings, table_page)
    for module in (login, home, process_page, table_page, downloads, file_routes, settings, audit_log, backup_page,
                   office_page, ikm_page, for_me, public_forms):
        module.register()
