"""Price sources, one module per outside system, each implementing ``prices.PriceSource``."""
