"""The command line: ``main`` parses, ``context`` holds what every command shares,
``commands/`` has one module per capability."""
