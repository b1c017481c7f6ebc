"""Fan Companion: an offline desktop companion for fans who gift on live streams."""

__version__ = "0.1.0"
APP_NAME = "Fan Companion"
APP_ID = "fan-companion"
