"""Writers of a PageResult: JSON (banmian.page/1), Markdown, JSON Lines."""
