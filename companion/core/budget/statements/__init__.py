"""Spending the fan did not type: bank and card statements (OFX, QFX, QIF) and the platforms'
own data exports (TikTok, Twitch), read into :class:`StatementLine` records, previewed against
the ledger (recognised, duplicate, skipped) and saved through the money rules."""
