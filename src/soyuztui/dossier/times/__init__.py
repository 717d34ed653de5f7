"""Reading times as news English writes them."""
