"""How fields are shown, edited, parsed and validated: one registry for every table."""
