"""Processing face: every capability as a stateless algorithm (provider id ``cultural_district``)."""
