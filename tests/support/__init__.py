"""Shared test doubles and builders, for the tests and for bench/ and cassettes/ (run from the repository root):

- ``fake_openai``: a loopback OpenAI-compatible server with scripted answers, latency and faults;
- ``builders``: the seed reports rebuilt in other encodings and formats (GB18030, Big5, UTF-16, DOCX, PDF, CMS pages);
- ``llm_helpers``: cassettes, clients, configurations and drafts for the LLM engine's tests;
- ``facts``: document facts as a user gets them, and the agency check every shape test means.
"""
