"""inchdeep: explainable triage for LinkedIn and X inboxes."""

__version__ = "0.1.0"
