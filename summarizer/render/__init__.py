"""Renderers: a summary (or batch records, or a check's result) in, text out — Markdown, the review page, the
comparison table, the batch dashboard, the check page. They import data modules only; they run no engine."""
