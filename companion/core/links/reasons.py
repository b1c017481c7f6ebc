"""Every reason the link checker gives, as whole sentences with named values.

Kept together so a translator sees them side by side, and marked for lupdate (see
``companion.core.said``): the window shows them in the fan's language.
"""

from __future__ import annotations

from companion.core.said import QT_TRANSLATE_NOOP

EMPTY = QT_TRANSLATE_NOOP("core", "The address is empty.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "core",
    "The address is {length} characters long; real purchase pages are far shorter, and an "
    "address that long is hiding something.",
)
HIDDEN = QT_TRANSLATE_NOOP("core", "It contains spaces or invisible control characters.")
BACKSLASH = QT_TRANSLATE_NOOP(
    "core",
    "It contains a backslash, a trick that makes browsers open a different site than the one "
    "you read.",
)
BAIT = QT_TRANSLATE_NOOP(
    "core", 'It uses the bait words "{words}": no platform gives away its currency.'
)
UNLISTED = QT_TRANSLATE_NOOP(
    "core", "{site} is not one of the official sites of any platform in the list."
)
TOO_MANY_HOPS = QT_TRANSLATE_NOOP("core", "It forwards through too many sites to follow.")
FORWARDS = QT_TRANSLATE_NOOP(
    "core",
    "{page} only forwards to another address, so the link is judged by where it leads: {target}.",
)
FORWARDS_NOWHERE = QT_TRANSLATE_NOOP(
    "core",
    "{page} only forwards to another address, so the link is judged by where it leads: an "
    "address that is not valid.",
)
LIST_CHANGED = QT_TRANSLATE_NOOP(
    "core",
    "The app's list of official sites was changed after it shipped, so no link can be "
    "confirmed. Reinstall Fan Companion to restore it.",
)
OFFICIAL_PAGE = QT_TRANSLATE_NOOP(
    "core", "{page} is an official {platform} purchase or help page, opened over https."
)
OFFICIAL_PAYMENT = QT_TRANSLATE_NOOP(
    "core", "{page} is an official {platform} payment page, opened over https."
)
OTHER_PAGE = QT_TRANSLATE_NOOP(
    "core",
    "{site} belongs to {owner}, but {path} is not one of its purchase or help pages (it may be "
    "a channel, a profile or another page).",
)
NOT_SAFE_AS_WRITTEN = QT_TRANSLATE_NOOP(
    "core", "{site} belongs to {owner}, but the link is not safe as written."
)
ANYONE_CAN_MAKE = QT_TRANSLATE_NOOP(
    "core",
    "{page} is a page anyone can make on {owner} (a profile, channel, bot or shared document); "
    "{owner} does not vouch for what it says.",
)
NAMES_ON_USER_PAGE = QT_TRANSLATE_NOOP(
    "core",
    "'{word}' names {platform} on a page anyone can make: {platform} does not sell through "
    "other people's pages.",
)
AT_DISGUISE = QT_TRANSLATE_NOOP(
    "core", "Everything before '@' is a disguise: this link really opens {site}."
)
BAD_PORT_NUMBER = QT_TRANSLATE_NOOP("core", "The port number after ':' is not valid.")
ODD_PORT = QT_TRANSLATE_NOOP("core", "It uses the unusual port {port}; official pages never do.")
NO_SITE = QT_TRANSLATE_NOOP("core", "It has no site name.")
BARE_IP = QT_TRANSLATE_NOOP(
    "core", "It points at a bare IP address ({address}) instead of a named site."
)
PUBLIC_SUFFIX = QT_TRANSLATE_NOOP("core", "{site} is a public suffix, not a site anyone owns.")
SHORTENER = QT_TRANSLATE_NOOP("core", "{site} is a link shortener: the real destination is hidden.")
INTERNATIONAL = QT_TRANSLATE_NOOP(
    "core", "{site} uses international letters that can imitate ordinary ones."
)
LOOKALIKE = QT_TRANSLATE_NOOP(
    "core", "'{label}' imitates '{brand}' with look-alike letters, on {site}."
)
TYPO = QT_TRANSLATE_NOOP(
    "core", "'{label}' is one letter away from '{brand}' ({platform}): a typo-squatting site."
)
USES_NAME = QT_TRANSLATE_NOOP(
    "core", "It uses the name {platform} but the site is {site}, which {platform} does not own."
)
BORROWS_NAME = QT_TRANSLATE_NOOP(
    "core", "'{label}' borrows the name {platform}, but the site is {site}."
)
RUNS_CODE = QT_TRANSLATE_NOOP(
    "core",
    "It is a '{scheme}:' link, which runs code or opens local data instead of a website. Never "
    "open it.",
)
NO_HTTPS_PREFIX = QT_TRANSLATE_NOOP(
    "core", "It does not start with https://, so it is not a secure web page."
)
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP("core", "It is not a valid web address ({detail}).")
PLAIN_HTTP = QT_TRANSLATE_NOOP(
    "core",
    "It uses '{scheme}:' instead of https:, so anyone on the network could change the page.",
)
EMPTY_LABEL = QT_TRANSLATE_NOOP(
    "core", "'{site}' is not a valid site name (empty part between dots)."
)
BAD_CHARACTERS = QT_TRANSLATE_NOOP(
    "core", "'{site}' contains characters not allowed in site names."
)
BAD_IDN = QT_TRANSLATE_NOOP(
    "core", "'{site}' is not a valid international site name ({detail}); real sites never are."
)
