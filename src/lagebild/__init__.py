"""lagebild: news articles in, a structured, sourced, geocoded record of what happened out."""

__version__ = "0.1.0"
SCHEMA = "lagebild/1"
