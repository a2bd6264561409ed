"""Services shared by the CLI and the reader, with no Textual: analysis (cache or compute),
session state (the last article), and the annotation session (connection and error policy)."""
