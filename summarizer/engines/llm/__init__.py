"""The LLM engine (``engine``, with one chunk's requests in ``conversation``, one report's state in ``job`` and the
chunk plan and dry-run estimate in ``budget``): configuration (``config``), the OpenAI-compatible client with its
retries (``client``), the prompt (``prompt``), the answer's schema (``schema``), grounding the answer in the source
(``ground``) and token counts (``tokens``). Import ``summarizer.engines.llm.engine`` for the engine itself; this
package stays light so that reading the configuration does not import instructor and openai."""
