"""Services shared by the CLI and the reader, with no Textual: analysis (cache or compute),
session state (the last article), the annotation session (connection and error policy), and the
library across articles (``library_service``)."""
