"""Market data and storage: price bars from several sources, trading calendars, the listing directory, the article store."""
