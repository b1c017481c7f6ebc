"""Amounts in minor units, currencies, and the exchange rates the fan keeps."""
