from tui.cli import console

if __name__ == "__main__":  # not when a worker process (``analyze --jobs``) imports this module
    raise SystemExit(console())
