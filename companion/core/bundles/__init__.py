"""Bundles: the catalog of platform bundles and gifts, their value, and the cheapest mix."""
