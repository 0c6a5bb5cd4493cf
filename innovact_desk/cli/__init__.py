"""The command line: one module per group of commands, sharing cli.common; cli.app parses and dispatches."""
