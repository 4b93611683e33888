"""The pages of the panel. Each module has a `register()` that defines its routes; main.py calls
`register_all()` (the NiceGUI test fixture re-runs main.py for every test and clears the routes)."""


def register_all() -> None:
    import importlib
    for name in ('login', 'home', 'process_page', 'table_page', 'downloads', 'settings'):
        try:
            module = importlib.import_module(f'pages.{name}')
        except ModuleNotFoundError:
            continue  # TEMP

        module.register()
