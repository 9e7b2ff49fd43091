"""`kipmon serve`: the reviewer's workspace over the store (log-in, the report live, verdicts,
follow-up of notices, the monev mandiri workbook), and `kipmon users` for its accounts."""
