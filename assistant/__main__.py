"""`python -m assistant` runs the command-line tool."""

from assistant.cli.app import main

if __name__ == "__main__":
    main()
