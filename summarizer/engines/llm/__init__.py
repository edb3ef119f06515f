"""The LLM engine (``engine``): configuration (``config``), the OpenAI-compatible client with its retries
(``client``), the prompt (``prompt``), the answer's schema (``schema``), grounding the answer in the source
(``ground``) and token counts (``tokens``). Import ``summarizer.engines.llm.engine`` for the engine itself; this
package stays light so that reading the configuration does not import instructor and openai."""
