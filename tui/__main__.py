from tui.cli import main

if __name__ == "__main__":  # not when a worker process (``analyze --jobs``) imports this module
    raise SystemExit(main())
