"""Reading the inputs: articles (decoded, sanitized) and the mission file (TOML, validated)."""
