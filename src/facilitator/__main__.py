"""`python -m facilitator` is the same as the `facilitator` command."""

from facilitator.cli import main

if __name__ == "__main__":
    main()
