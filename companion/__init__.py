"""Fan Companion: an offline desktop companion for fans who gift on live streams."""

__version__ = "0.1.0"
APP_NAME = "Fan Companion"
APP_ID = "fan-companion"
# The freedesktop/AppStream id: resources/linux/<DESKTOP_ID>.desktop and .metainfo.xml.
DESKTOP_ID = "io.github.fan_companion"
