"""ordinance-kit: drafts local surveillance oversight ordinances from a clause library."""
__version__ = "0.1.0"
